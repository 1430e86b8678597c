/// The type of a property, parameter or body.
///
/// Encoded as `{"kind": "...", ...}` so the IR's JSON stays readable.
public indirect enum TypeReference: Sendable, Hashable {
    /// A string; `format` as declared (`date-time`, `uuid`, `url`, `byte`, …).
    case string(format: String?)
    /// An integer; `format` `int32` or `int64`, if declared.
    case integer(format: String?)
    /// A floating-point number.
    case number(format: String?)
    /// A boolean.
    case boolean
    /// An array of `element`.
    case array(TypeReference)
    /// A JSON object with arbitrary keys and `value` values (`additionalProperties`).
    case map(TypeReference)
    /// A named schema.
    case named(String)
    /// A value that may also be JSON `null` (`x-nullable`, `nullable`, `type: [T, "null"]`).
    case nullable(TypeReference)
    /// Any JSON value (free-form object, or no type given).
    case any

    /// The type with any `nullable` wrapper removed.
    public var nonNullable: TypeReference {
        if case .nullable(let inner) = self { return inner.nonNullable }
        return self
    }

    /// Whether the value may be JSON `null`.
    public var isNullable: Bool {
        if case .nullable = self { return true }
        return false
    }
}

extension TypeReference: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, format, element, name
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "string": self = .string(format: try container.decodeIfPresent(String.self, forKey: .format))
        case "integer": self = .integer(format: try container.decodeIfPresent(String.self, forKey: .format))
        case "number": self = .number(format: try container.decodeIfPresent(String.self, forKey: .format))
        case "boolean": self = .boolean
        case "array": self = .array(try container.decode(TypeReference.self, forKey: .element))
        case "map": self = .map(try container.decode(TypeReference.self, forKey: .element))
        case "named": self = .named(try container.decode(String.self, forKey: .name))
        case "nullable": self = .nullable(try container.decode(TypeReference.self, forKey: .element))
        case "any": self = .any
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown type kind '\(kind)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .string(let format):
            try container.encode("string", forKey: .kind)
            try container.encodeIfPresent(format, forKey: .format)
        case .integer(let format):
            try container.encode("integer", forKey: .kind)
            try container.encodeIfPresent(format, forKey: .format)
        case .number(let format):
            try container.encode("number", forKey: .kind)
            try container.encodeIfPresent(format, forKey: .format)
        case .boolean:
            try container.encode("boolean", forKey: .kind)
        case .array(let element):
            try container.encode("array", forKey: .kind)
            try container.encode(element, forKey: .element)
        case .map(let element):
            try container.encode("map", forKey: .kind)
            try container.encode(element, forKey: .element)
        case .named(let name):
            try container.encode("named", forKey: .kind)
            try container.encode(name, forKey: .name)
        case .nullable(let inner):
            try container.encode("nullable", forKey: .kind)
            try container.encode(inner, forKey: .element)
        case .any:
            try container.encode("any", forKey: .kind)
        }
    }
}
