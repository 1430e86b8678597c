import SDKGenIR

/// Builds the contexts of models, enums and aliases.
struct ModelContextBuilder {
    let api: APIDescription
    let types: TypeMapper

    /// Models that contain themselves through non-collection properties need `@Indirect` storage.
    private var directReferences: [String: Set<String>] {
        var edges: [String: Set<String>] = [:]
        for schema in api.schemas {
            guard case .object(let object) = schema.kind else { continue }
            for property in object.properties {
                if case .named(let target) = property.type.nonNullable { edges[schema.name, default: []].insert(target) }
            }
        }
        return edges
    }

    func model(_ schema: Schema, _ object: ObjectSchema) -> ModelContext {
        let edges = directReferences
        var used: Set<String> = []
        let properties = object.properties.map { property -> PropertyContext in
            let name = SwiftNaming.unique(SwiftNaming.memberName(property.clientName ?? property.name), in: &used)
            var indirect = false
            if case .named(let target) = property.type.nonNullable {
                indirect = Self.reaches(from: target, to: schema.name, edges: edges)
            }
            let swiftType = types.swiftType(property.type, required: property.isRequired)
            return PropertyContext(
                swiftName: SwiftNaming.escaped(name),
                wireName: SwiftLiterals.escapedString(property.name),
                swiftType: swiftType,
                isOptional: swiftType.hasSuffix("?"),
                docLines: DocLines.from(property.description, Self.facts(property)),
                isIndirect: indirect)
        }
        return ModelContext(
            typeName: types.swiftType(.named(schema.name)), docLines: DocLines.from(schema.description),
            properties: properties, hasProperties: !properties.isEmpty)
    }

    func enumeration(_ schema: Schema, _ enumeration: EnumSchema) -> EnumContext {
        var used: Set<String> = []
        let cases = enumeration.values.map { value in
            EnumCaseContext(
                caseName: SwiftNaming.escaped(SwiftNaming.unique(SwiftNaming.memberName(value.name ?? value.value), in: &used)),
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

    private static func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int64(number)) : String(number)
    }

    private static func reaches(from start: String, to goal: String, edges: [String: Set<String>]) -> Bool {
        var stack = [start]
        var visited: Set<String> = []
        while let node = stack.popLast() {
            if node == goal { return true }
            guard visited.insert(node).inserted else { continue }
            stack.append(contentsOf: (edges[node] ?? []).sorted())
        }
        return false
    }
}
