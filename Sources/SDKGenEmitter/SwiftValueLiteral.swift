import SDKGenIR

/// Writes an example value as the Swift expression a person would type: `Model(name: "x", scopes: [.chat])`,
/// for usage examples in generated documentation (and the tests that compile them).
///
/// Returns nil when the value has no plain literal form (dates, free-form JSON, maps of models, values
/// outside a closed enum): callers then leave that example out rather than show decoding boilerplate.
struct SwiftValueLiteral {
    let api: APIDescription
    let types: TypeMapper

    /// Deeper values are not written out: a usage example stays readable.
    static let depthLimit = 6

    /// The expression for `value` of `type`, or nil.
    func expression(_ value: JSONValue, as type: TypeReference, depth: Int = 0) -> String? {
        guard depth < Self.depthLimit else { return nil }
        switch (type, value) {
        case (.nullable, .null):
            return "nil"
        case (.nullable(let inner), _):
            return expression(value, as: inner, depth: depth)
        case (.string(let format), .string(let text)):
            // A UUID has a plain form a person would type; dates and bytes would need parsing code in the example.
            if format == "uuid" { return Self.isUUID(text) ? "UUID(uuidString: \"\(text)\")!" : nil }
            guard types.swiftType(.string(format: format)) == "String" else { return nil }
            return "\"" + SwiftLiterals.escapedString(text) + "\""
        case (.integer, .integer), (.integer, .number), (.number, .integer), (.number, .number):
            // Nil for a value the Swift type cannot hold: a literal of it would not compile (Int32 3000000000) or
            // would silently be another number (1e-400 as 0).
            return NumberFit.swiftLiteral(value, as: type)
        case (.boolean, .bool(let flag)):
            return flag ? "true" : "false"
        case (.array(let element), .array(let items)):
            let parts = items.map { expression($0, as: element, depth: depth + 1) }
            guard !parts.contains(where: { $0 == nil }) else { return nil }
            return "[" + parts.compactMap { $0 }.joined(separator: ", ") + "]"
        case (.map(let element), .object(let members)):
            guard !members.isEmpty else { return "[:]" }
            let parts = members.map { member in
                expression(member.value, as: element, depth: depth + 1).map { "\"\(SwiftLiterals.escapedString(member.key))\": \($0)" }
            }
            guard !parts.contains(where: { $0 == nil }) else { return nil }
            return "[" + parts.compactMap { $0 }.joined(separator: ", ") + "]"
        case (.named(let name), _):
            return named(name, value, depth: depth)
        default:
            return nil
        }
    }

    /// Whether `text` is a UUID Foundation reads (8-4-4-4-12 hexadecimal digits, any case).
    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    private func named(_ name: String, _ value: JSONValue, depth: Int) -> String? {
        guard let schema = api.schema(named: name) else { return nil }
        let typeName = types.swiftType(.named(name))
        switch schema.kind {
        case .alias(let aliased):
            return expression(value, as: aliased, depth: depth + 1)
        case .union:
            return nil  // which alternative a value is, is the decoder's business
        case .enumeration(let enumeration):
            guard case .string(let text) = value else { return nil }
            if let index = enumeration.values.firstIndex(where: { $0.value == text }) {
                return "." + ModelContextBuilder.caseNames(of: enumeration)[index]
            }
            return enumeration.isExtensible ? "\(typeName)(rawValue: \"\(SwiftLiterals.escapedString(text))\")" : nil
        case .object(let object):
            // A polymorphic base is an enum of its subtypes, not a struct with these members.
            guard case .object(let members) = value, object.discriminator == nil else { return nil }
            let names = ModelContextBuilder.propertyNames(of: object)
            var arguments: [String] = []
            for (property, swiftName) in zip(object.properties, names) {
                guard let member = members.first(where: { $0.key == property.name })?.value else {
                    if property.isRequired { return nil }
                    continue
                }
                if member == .null, !property.isRequired { continue }
                guard let text = expression(member, as: property.type, depth: depth + 1) else { return nil }
                arguments.append("\(SwiftNaming.argumentLabel(swiftName.replacingOccurrences(of: "`", with: ""))): \(text)")
            }
            // Members the model does not declare would be lost: such an example is not shown.
            guard members.allSatisfy({ member in object.properties.contains { $0.name == member.key } }) else { return nil }
            return "\(typeName)(" + arguments.joined(separator: ", ") + ")"
        }
    }
}
