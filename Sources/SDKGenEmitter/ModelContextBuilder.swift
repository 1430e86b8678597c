import SDKGenIR

/// Builds the contexts of models, enums and aliases.
struct ModelContextBuilder {
    let api: APIDescription
    let types: TypeMapper
    /// The strongly connected component of each model in the graph of direct (non-collection)
    /// references: a property `A.b: B` needs `@Indirect` storage exactly when B is A's component.
    private let component: [String: Int]

    init(api: APIDescription, types: TypeMapper) {
        self.api = api
        self.types = types
        var edges: [String: [String]] = [:]
        for schema in api.schemas {
            guard case .object(let object) = schema.kind else { continue }
            for property in object.properties {
                if case .named(let target) = property.type.nonNullable { edges[schema.name, default: []].append(target) }
            }
        }
        self.component = Self.components(nodes: api.schemas.map(\.name), edges: edges)
    }

    /// Kosaraju's algorithm with explicit stacks: linear in the graph, no recursion depth limit.
    private static func components(nodes: [String], edges: [String: [String]]) -> [String: Int] {
        var reversed: [String: [String]] = [:]
        for (from, targets) in edges { for target in targets { reversed[target, default: []].append(from) } }
        var visited: Set<String> = []
        var order: [String] = []
        for start in nodes where !visited.contains(start) {
            visited.insert(start)
            var stack: [(node: String, next: Int)] = [(start, 0)]
            while let top = stack.last {
                let targets = edges[top.node] ?? []
                if top.next < targets.count {
                    stack[stack.count - 1].next += 1
                    let target = targets[top.next]
                    if visited.insert(target).inserted { stack.append((target, 0)) }
                } else {
                    order.append(top.node)
                    stack.removeLast()
                }
            }
        }
        var component: [String: Int] = [:]
        var count = 0
        for start in order.reversed() where component[start] == nil {
            var stack = [start]
            component[start] = count
            while let node = stack.popLast() {
                for source in reversed[node] ?? [] where component[source] == nil {
                    component[source] = count
                    stack.append(source)
                }
            }
            count += 1
        }
        return component
    }

    /// The Swift names of an object's properties, in order (escaped where they are keywords).
    static func propertyNames(of object: ObjectSchema) -> [String] {
        var used: Set<String> = []
        return object.properties.map { SwiftNaming.escaped(SwiftNaming.unique(SwiftNaming.memberName($0.clientName ?? $0.name), in: &used)) }
    }

    /// The Swift names of an enum's cases, in order (escaped where they are keywords).
    static func caseNames(of enumeration: EnumSchema) -> [String] {
        var used: Set<String> = []
        return enumeration.values.map { SwiftNaming.escaped(SwiftNaming.unique(SwiftNaming.memberName($0.name ?? $0.value), in: &used)) }
    }

    func model(_ schema: Schema, _ object: ObjectSchema) -> ModelContext {
        let names = Self.propertyNames(of: object)
        let properties = zip(object.properties, names).map { property, name -> PropertyContext in
            var indirect = false
            if case .named(let target) = property.type.nonNullable {
                indirect = target == schema.name || (component[target] != nil && component[target] == component[schema.name])
            }
            let swiftType = types.swiftType(property.type, required: property.isRequired)
            return PropertyContext(
                swiftName: name,
                wireName: SwiftLiterals.escapedString(property.name),
                swiftType: swiftType,
                isOptional: swiftType.hasSuffix("?"),
                docLines: DocLines.from(property.description, types.textFormatNote(property.type), Self.facts(property)),
                isIndirect: indirect,
                wireCoding: types.wireCoding(property.type))
        }
        return ModelContext(
            typeName: types.swiftType(.named(schema.name)), docLines: DocLines.from(schema.description),
            properties: properties,
            hasOptionalProperties: properties.contains(where: \.isOptional))
    }

    /// The known subtypes of each polymorphic base, by base name: its explicit mapping, then every schema that has
    /// the base among its ancestors and a discriminator value; sorted by value, each value once.
    static func polymorphicFamilies(_ api: APIDescription) -> [String: [(value: String, schema: String)]] {
        var objects: [String: ObjectSchema] = [:]
        for schema in api.schemas { if case .object(let object) = schema.kind { objects[schema.name] = object } }
        var families: [String: [String: String]] = [:]
        for (name, object) in objects {
            if let discriminator = object.discriminator {
                for entry in discriminator.mapping where objects[entry.schema] != nil { families[name, default: [:]][entry.value] = entry.schema }
            }
        }
        for (name, object) in objects.sorted(by: { $0.key < $1.key }) {
            guard let value = object.discriminatorValue else { continue }
            // Every ancestor with a discriminator (nested families), without looping on a cycle.
            var pending = object.parents, seen: Set<String> = [name]
            while let parent = pending.popLast() {
                guard seen.insert(parent).inserted, let ancestor = objects[parent] else { continue }
                // An explicit mapping entry for this schema wins over its own (or implied) value.
                if ancestor.discriminator != nil, families[parent]?[value] == nil,
                    !(families[parent]?.values.contains(name) ?? false)
                {
                    families[parent, default: [:]][value] = name
                }
                pending += ancestor.parents
            }
        }
        return families.filter { !$0.value.isEmpty }.mapValues { members in
            members.map { (value: $0.key, schema: $0.value) }.sorted { $0.value < $1.value }
        }
    }

    /// The enum of a polymorphic base with its known `members`.
    func polymorphic(_ schema: Schema, _ object: ObjectSchema, members: [(value: String, schema: String)]) -> PolymorphicContext {
        var used: Set<String> = ["unknown"]
        let cases = members.map { member in
            // `.none` and `.some` would read as Optional's cases wherever the enum is optional.
            var name = SwiftNaming.memberName(member.value)
            if name == "none" || name == "some" { name += "Kind" }
            return PolymorphicCase(
                caseName: SwiftNaming.escaped(SwiftNaming.unique(name, in: &used)),
                value: SwiftLiterals.escapedString(member.value), typeName: types.swiftType(.named(member.schema)))
        }
        return PolymorphicContext(
            typeName: types.swiftType(.named(schema.name)), docLines: DocLines.from(schema.description),
            discriminatorKey: SwiftLiterals.escapedString(object.discriminator?.propertyName ?? ""), cases: cases)
    }

    /// The enum of a `oneOf` / `anyOf`. Without a discriminator, values are tried against the alternatives in order:
    /// models with more required properties first (an all-optional model would accept any object), then the rest
    /// as the description lists them.
    func union(_ schema: Schema, _ union: UnionSchema) -> UnionContext {
        var used: Set<String> = ["unknown"]
        func requiredCount(_ type: TypeReference) -> Int {
            guard case .named(let name) = type.nonNullable, let target = api.schema(named: name), case .object(let object) = target.kind
            else { return -1 }
            return object.properties.filter(\.isRequired).count
        }
        let ordered = union.discriminator == nil
            ? union.alternatives.enumerated().sorted { (requiredCount($1.element), $0.offset) < (requiredCount($0.element), $1.offset) }.map(\.element)
            : union.alternatives
        let cases = ordered.map { type -> UnionCase in
            let typeName = types.swiftType(type.nonNullable)
            var name = SwiftNaming.memberName(typeName.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "List")
                .replacingOccurrences(of: ":", with: "").replacingOccurrences(of: " ", with: ""))
            if name == "none" || name == "some" { name += "Value" }
            var value: String?
            if let discriminator = union.discriminator, case .named(let target) = type.nonNullable {
                value = discriminator.mapping.first { $0.schema == target }?.value
                if value == nil, let alternative = api.schema(named: target), case .object(let object) = alternative.kind {
                    value = object.discriminatorValue ?? target
                } else if value == nil {
                    value = target
                }
            }
            return UnionCase(
                caseName: SwiftNaming.escaped(SwiftNaming.unique(name, in: &used)), typeName: typeName,
                value: value.map(SwiftLiterals.escapedString))
        }
        return UnionContext(
            typeName: types.swiftType(.named(schema.name)), docLines: DocLines.from(schema.description),
            discriminatorKey: union.discriminator.map { SwiftLiterals.escapedString($0.propertyName) }, cases: cases)
    }

    func enumeration(_ schema: Schema, _ enumeration: EnumSchema) -> EnumContext {
        let cases = zip(enumeration.values, Self.caseNames(of: enumeration)).map { value, caseName in
            EnumCaseContext(
                caseName: caseName,
                rawValue: SwiftLiterals.escapedString(value.value),
                docLines: DocLines.from(value.description))
        }
        return EnumContext(
            typeName: types.swiftType(.named(schema.name)), docLines: DocLines.from(schema.description),
            isExtensible: enumeration.isExtensible, cases: cases)
    }

    func alias(_ schema: Schema, _ type: TypeReference) -> AliasContext {
        AliasContext(
            typeName: types.swiftType(.named(schema.name)), docLines: DocLines.from(schema.description),
            aliasedType: types.swiftType(type))
    }

    /// Facts from the description worth a line in the doc comment.
    private static func facts(_ property: Property) -> String? {
        var facts: [String] = []
        if property.isReadOnly { facts.append("Set by the service; ignored in requests.") }
        if let value = property.defaultValue { facts.append("Default: `\(SwiftLiterals.json(value))`.") }
        if let minimum = property.constraints.minimum, let maximum = property.constraints.maximum {
            facts.append("Range: \(format(minimum))…\(format(maximum)).")
        } else if let minimum = property.constraints.minimum {
            facts.append("Minimum: \(format(minimum)).")
        } else if let maximum = property.constraints.maximum {
            facts.append("Maximum: \(format(maximum)).")
        }
        if let minLength = property.constraints.minLength { facts.append("Minimum length: \(minLength).") }
        if let maxLength = property.constraints.maxLength { facts.append("Maximum length: \(maxLength).") }
        return facts.isEmpty ? nil : facts.joined(separator: " ")
    }

    /// The number as the description wrote it: a bound beyond the Swift type's range still documents the API.
    private static func format(_ number: JSONNumber) -> String {
        number.text
    }
}
