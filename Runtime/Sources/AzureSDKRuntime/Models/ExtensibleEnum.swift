/// A string enum that keeps values it does not know (Azure's `x-ms-enum` with `modelAsString: true`).
///
/// Services add enum values without a new api-version; a closed Swift `enum` would fail to decode
/// them. Conforming types are structs with a `rawValue` and static members for the known values;
/// this protocol supplies the rest, so generated enums stay short.
public protocol ExtensibleEnum: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible, HeaderValue, QueryValue, ResponseHeaderValue where RawValue == String
{
    /// Wraps any value, known or not.
    init(rawValue: String)
}

extension ExtensibleEnum {
    /// Wraps a string literal: `let scope: TokenScope = "chat"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes any string, known or not.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the value exactly as received or given.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue }
}
