import SDKGenIR

/// Turns JSON Schema (as Swagger 2.0 and OpenAPI 3 use it) into IR types and named schemas.
///
/// Every schema reached through a `$ref` becomes a named schema, keyed by where it
/// is defined, so a schema `$ref`ed from many places (or from itself) is translated once.
/// Inline objects and enums get names from their context (`<Parent><Property>`).
final class SchemaTranslator {
    private let resolver: ReferenceResolver
    private let dialect: Dialect
    private let sink: DiagnosticSink
    private(set) var schemas: [String: Schema] = [:]
    private var nameByLocation: [String: String] = [:]

    init(resolver: ReferenceResolver, dialect: Dialect, sink: DiagnosticSink) {
        self.resolver = resolver
        self.dialect = dialect
        self.sink = sink
    }

    /// Translates a top-level definition (`definitions/X`, `components/schemas/X`).
    func translateDefinition(name: String, cursor: Cursor) throws {
        _ = try namedType(for: try resolver.dereference(cursor), suggestedName: name)
    }

    /// Replaces the named schema `name` (used for fix-ups such as merge-patch nullability).
    func replace(_ schema: Schema) {
        schemas[schema.name] = schema
    }

    /// The type of the schema at `cursor`; `nameHint` names it if it must become a named schema.
    func typeReference(_ cursor: Cursor, nameHint: String) throws -> TypeReference {
        ExtensionAudit.check(cursor, sink: sink)
        let type: TypeReference
        if cursor.has("$ref") {
            let target = try resolver.dereference(cursor)
            type = try namedType(for: target, suggestedName: target.tokens.last ?? nameHint)
            if try isNullable(target) { return .nullable(type) }
        } else {
            type = try inlineType(cursor, nameHint: nameHint)
        }
        return try isNullable(cursor) && !type.isNullable ? .nullable(type) : type
    }

    // MARK: - Named schemas

    private func namedType(for target: Cursor, suggestedName: String) throws -> TypeReference {
        if let name = nameByLocation[target.location] { return .named(name) }
        var preferred = suggestedName
        if try isEnum(target), let enumName = try target["x-ms-enum"]?.string("name") { preferred = enumName }
        let name = try uniqueName(preferred, for: target)
        if schemas[name] != nil {
            // An identical enum declared again inline (common in Azure files) is the same type.
            nameByLocation[target.location] = name
            return .named(name)
        }
        nameByLocation[target.location] = name
        // Reserve the name before translating, so recursive schemas refer back to it.
        schemas[name] = Schema(name: name, description: nil, kind: .alias(.any), location: target.location)
        let kind = try schemaKind(target, name: name)
        schemas[name] = Schema(name: name, description: try target.string("description"), kind: kind, location: target.location)
        return .named(name)
    }

    private func uniqueName(_ preferred: String, for target: Cursor) throws -> String {
        let base = preferred.isEmpty ? "Model" : preferred
        guard let existing = schemas[base] else { return base }
        if case .enumeration(let known) = existing.kind, try isEnum(target),
           try enumSchema(target).values.map(\.value) == known.values.map(\.value) {
            return base
        }
        var counter = 2
        while schemas["\(base)\(counter)"] != nil { counter += 1 }
        sink.warn(target.warning("a different schema is already named '\(base)'; this one is named '\(base)\(counter)'"))
        return "\(base)\(counter)"
    }

    private func schemaKind(_ cursor: Cursor, name: String) throws -> Schema.Kind {
        ExtensionAudit.check(cursor, sink: sink)
        if let union = try unionMembers(cursor) {
            let alternatives = try union.alternatives.enumerated().map { index, member in
                try typeReference(member, nameHint: name + "Option\(index + 1)")
            }
            if alternatives.count == 1 { return .alias(alternatives[0]) }
            return .union(UnionSchema(alternatives: alternatives, discriminator: try discriminator(cursor)))
        }
        if try isEnum(cursor) {
            return .enumeration(try enumSchema(cursor))
        }
        let type = try primaryType(cursor)
        let hasProperties = cursor.has("properties") || cursor.has("allOf")
        if hasProperties || type == "object" {
            if !hasProperties, let additional = try additionalPropertiesType(cursor, ownerName: name) {
                return .alias(.map(additional))
            }
            return .object(try objectSchema(cursor, name: name))
        }
        return .alias(try inlineType(cursor, nameHint: name))
    }

    // MARK: - Objects

    private func objectSchema(_ cursor: Cursor, name: String) throws -> ObjectSchema {
        var properties: [Property] = []
        var parents: [String] = []
        var required = Set(try cursor.strings("required"))
        let discriminator = try self.discriminator(cursor)
        for member in try cursor.array("allOf") {
            if member.has("$ref") {
                let target = try resolver.dereference(member)
                if case .named(let parentName) = try namedType(for: target, suggestedName: target.tokens.last ?? name) {
                    parents.append(parentName)
                }
                let inherited = try collectProperties(target, ownerName: name, visited: [cursor.location])
                required.formUnion(inherited.required)
                properties.append(contentsOf: inherited.properties)
            } else {
                let inline = try collectProperties(member, ownerName: name, visited: [cursor.location])
                required.formUnion(inline.required)
                properties.append(contentsOf: inline.properties)
            }
        }
        properties.append(contentsOf: try ownProperties(cursor, ownerName: name))
        // A later declaration of the same property (a child overriding a parent) wins.
        var seen: Set<String> = []
        properties = properties.reversed().filter { seen.insert($0.name).inserted }.reversed()
        for index in properties.indices where required.contains(properties[index].name) {
            properties[index].isRequired = true
        }
        let additional = try additionalPropertiesType(cursor, ownerName: name)
        if additional != nil && !properties.isEmpty {
            sink.warn(cursor.warning("'additionalProperties' next to 'properties' is not supported: extra keys of '\(name)' are not kept"))
        }
        // A member of a polymorphic family names itself with x-ms-discriminator-value, or by its name (Swagger).
        var discriminatorValue = try cursor.string("x-ms-discriminator-value")
        if discriminatorValue == nil, !parents.isEmpty { discriminatorValue = name }
        return ObjectSchema(
            properties: properties, additionalProperties: properties.isEmpty ? additional : nil, parents: parents,
            discriminator: discriminator, discriminatorValue: discriminatorValue)
    }

    /// The members of `oneOf` (or `anyOf`), without `{type: null}` ones (they make the value nullable); nil when the
    /// schema has neither. `anyOf` is read like `oneOf`: a value is decoded as the first alternative that fits.
    private func unionMembers(_ cursor: Cursor) throws -> (alternatives: [Cursor], hasNull: Bool)? {
        guard let key = ["oneOf", "anyOf"].first(where: { cursor.has($0) }) else { return nil }
        var alternatives: [Cursor] = []
        var hasNull = false
        for member in try cursor.array(key) {
            let resolved = try resolver.dereference(member)
            if (try? resolved.string("type")) == "null" { hasNull = true; continue }
            alternatives.append(member)
        }
        guard !alternatives.isEmpty else { throw cursor.error("'\(key)' needs at least one alternative other than null") }
        if cursor.has("properties") {
            sink.warn(cursor.warning("properties next to '\(key)' are not supported: the value is one of the alternatives only"))
        }
        return (alternatives, hasNull)
    }

    /// `discriminator: kind` (Swagger 2.0) or `discriminator: {propertyName: kind, mapping: {value: $ref}}` (OpenAPI 3).
    private func discriminator(_ cursor: Cursor) throws -> Discriminator? {
        guard let value = cursor["discriminator"] else { return nil }
        if case .string(let property) = value.value { return Discriminator(propertyName: property) }
        guard let property = try value.string("propertyName") else {
            throw value.error("expected a property name, or an object with 'propertyName'")
        }
        var mapping: [DiscriminatorMapping] = []
        for (key, target) in try value.objectMembers("mapping") {
            guard case .string(let reference) = target.value else { throw target.error("expected a $ref string") }
            let schemaName = reference.split(separator: "/").last.map(String.init) ?? reference
            mapping.append(DiscriminatorMapping(value: key, schema: schemaName))
        }
        return Discriminator(propertyName: property, mapping: mapping.sorted { $0.value < $1.value })
    }

    private func collectProperties(_ cursor: Cursor, ownerName: String, visited: [String]) throws -> (properties: [Property], required: Set<String>) {
        guard !visited.contains(cursor.location) else {
            throw cursor.error("'allOf' cycle: \(cursor.location) inherits from itself")
        }
        var properties: [Property] = []
        var required = Set(try cursor.strings("required"))
        for member in try cursor.array("allOf") {
            let target = try resolver.dereference(member)
            let inherited = try collectProperties(target, ownerName: ownerName, visited: visited + [cursor.location])
            properties.append(contentsOf: inherited.properties)
            required.formUnion(inherited.required)
        }
        properties.append(contentsOf: try ownProperties(cursor, ownerName: ownerName))
        return (properties, required)
    }

    private func ownProperties(_ cursor: Cursor, ownerName: String) throws -> [Property] {
        let required = Set(try cursor.strings("required"))
        return try cursor.objectMembers("properties").map { key, property in
            let type = try typeReference(property, nameHint: ownerName + Naming.pascalCase(key))
            return Property(
                name: key,
                clientName: try property.string("x-ms-client-name"),
                type: type,
                isRequired: required.contains(key),
                isReadOnly: try property.bool("readOnly"),
                description: try property.string("description"),
                defaultValue: defaultValue(property["default"], type: type),
                constraints: try constraints(property)
            )
        }
    }

    private func additionalPropertiesType(_ cursor: Cursor, ownerName: String) throws -> TypeReference? {
        guard let additional = cursor["additionalProperties"] else { return nil }
        switch additional.value {
        case .bool(false): return nil
        case .bool(true): return .any
        case .object(let members) where members.isEmpty: return .any
        default: return try typeReference(additional, nameHint: ownerName + "Value")
        }
    }

    // MARK: - Enums

    private func isEnum(_ cursor: Cursor) throws -> Bool {
        guard cursor.has("enum") else { return false }
        let type = try primaryType(cursor)
        return type == nil || type == "string"
    }

    private func enumSchema(_ cursor: Cursor) throws -> EnumSchema {
        let details = cursor["x-ms-enum"]
        var described: [String: (name: String?, description: String?)] = [:]
        for entry in try details?.array("values") ?? [] {
            guard let value = entry["value"]?.value else { continue }
            described[Self.enumText(value)] = (try entry.string("name"), try entry.string("description"))
        }
        var values: [EnumValue] = []
        for element in try cursor.array("enum") {
            if case .null = element.value { continue }  // `null` in an enum means "nullable", not a value
            let text = Self.enumText(element.value)
            guard !values.contains(where: { $0.value == text }) else { continue }
            values.append(EnumValue(value: text, name: described[text]?.name, description: described[text]?.description))
        }
        // Azure's rule: `modelAsString: true` keeps unknown values; without x-ms-enum a Swagger enum is closed.
        // OpenAPI 3 has no such marker; unknown values are kept so new service values never break decoding.
        let extensible: Bool
        if let details {
            extensible = try details.bool("modelAsString")
        } else {
            extensible = dialect != .swagger2
        }
        return EnumSchema(values: values, isExtensible: extensible)
    }

    private static func enumText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .number(let number): return number.text
        case .bool(let flag): return String(flag)
        default: return ""
        }
    }

    // MARK: - Inline types

    private func inlineType(_ cursor: Cursor, nameHint: String) throws -> TypeReference {
        let allOf = try cursor.array("allOf")
        if allOf.count == 1, !cursor.has("properties"), !cursor.has("additionalProperties") {
            // `allOf: [$ref]` is the usual way to put siblings (description, x-nullable) next to a $ref.
            return try typeReference(allOf[0], nameHint: nameHint)
        }
        if let union = try unionMembers(cursor) {
            // `oneOf: [T, {type: null}]` is a nullable T; anything else is a named union.
            let type: TypeReference
            if union.alternatives.count == 1 {
                type = try typeReference(union.alternatives[0], nameHint: nameHint)
            } else {
                type = try namedType(for: cursor, suggestedName: nameHint)
            }
            return union.hasNull ? .nullable(type) : type
        }
        if try isEnum(cursor) {
            return try namedType(for: cursor, suggestedName: nameHint)
        }
        let type = try primaryType(cursor)
        if cursor.has("enum"), type != nil, type != "string" {
            sink.warn(cursor.warning("an enum of \(type ?? "") values is generated as its underlying type, without the list of values"))
        }
        let format = try cursor.string("format")
        switch type {
        case "string": return .string(format: format)
        case "integer": return .integer(format: format)
        case "number": return .number(format: format)
        case "boolean": return .boolean
        case "array":
            guard let items = cursor["items"] else {
                sink.warn(cursor.warning("an array without 'items': elements are generated as free-form JSON"))
                return .array(.any)
            }
            return .array(try typeReference(items, nameHint: nameHint + "Item"))
        case "file":
            // Swagger 2.0's upload/download type: bytes, as OpenAPI 3 `type: string, format: binary`.
            return .string(format: "binary")
        case "object", nil:
            let properties = try cursor.objectMembers("properties")
            if !properties.isEmpty || !allOf.isEmpty {
                return try namedType(for: cursor, suggestedName: nameHint)
            }
            if let additional = try additionalPropertiesType(cursor, ownerName: nameHint) {
                return .map(additional)
            }
            return .any
        case let other?:
            throw (cursor["type"] ?? cursor).error("unknown type '\(other)', expected string, integer, number, boolean, array or object")
        }
    }

    /// The `type`, ignoring `"null"` in OpenAPI 3.1 type arrays.
    private func primaryType(_ cursor: Cursor) throws -> String? {
        guard let typeCursor = cursor["type"] else { return nil }
        switch typeCursor.value {
        case .string(let type): return type
        case .array(let values):
            guard values.allSatisfy({ $0.stringValue != nil }) else {
                throw typeCursor.error("expected a type name (a string) in every entry of 'type'")
            }
            let types = values.compactMap(\.stringValue).filter { $0 != "null" }
            if types.count > 1 {
                sink.warn(typeCursor.warning("several types \(types) are not supported: generated as free-form JSON"))
                return nil
            }
            return types.first
        default:
            throw typeCursor.error("expected a type name (a string), found \(typeCursor.value.kindName)")
        }
    }

    private func isNullable(_ cursor: Cursor) throws -> Bool {
        if try cursor.bool("x-nullable") { return true }
        switch dialect {
        case .swagger2: return false
        case .openAPI30: return try cursor.bool("nullable")
        case .openAPI31:
            if case .array(let values)? = cursor["type"]?.value { return values.contains(.string("null")) }
            return try cursor.bool("nullable")
        }
    }

    /// The `default` at `cursor`, with a located warning when it is a number the Swift type of `type` cannot hold
    /// (`18446744073709551615` for an `int64`): the emitter then keeps it in the doc comment and out of the code.
    func defaultValue(_ cursor: Cursor?, type: TypeReference) -> JSONValue? {
        guard let cursor else { return nil }
        if let problem = NumberFit.problem(cursor.value, as: type) {
            sink.warn(cursor.warning("default \(problem): it is documented, not used in code"))
        }
        return cursor.value
    }

    func constraints(_ cursor: Cursor) throws -> Constraints {
        Constraints(
            minimum: try cursor.number("minimum"),
            maximum: try cursor.number("maximum"),
            minLength: try cursor.count("minLength"),
            maxLength: try cursor.count("maxLength"),
            pattern: try cursor.string("pattern")
        )
    }
}
