import SDKGenIR

/// Short descriptions of types for change messages, e.g. `string (date-time)`, `array of Scope`.
enum TypeWords {
    /// A type reference in words.
    static func describe(_ type: TypeReference) -> String {
        switch type {
        case .string(let format): return formatted("string", format)
        case .integer(let format): return formatted("integer", format)
        case .number(let format): return formatted("number", format)
        case .boolean: return "boolean"
        case .array(let element): return "array of \(describe(element))"
        case .map(let value): return "map of \(describe(value))"
        case .named(let name): return name
        case .nullable(let inner): return "nullable \(describe(inner))"
        case .any: return "any"
        }
    }

    /// A named schema in words: its name and kind.
    static func describe(_ schema: Schema) -> String {
        switch schema.kind {
        case .object: return "model \(schema.name)"
        case .enumeration: return "enum \(schema.name)"
        case .alias(let target): return describe(target)
        case .union(let union): return "one of " + union.alternatives.map(describe).joined(separator: ", ")
        }
    }

    private static func formatted(_ word: String, _ format: String?) -> String {
        format.map { "\(word) (\($0))" } ?? word
    }
}
