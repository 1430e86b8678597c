/// A `Bool` that is left out of encoded JSON when false and read as false when absent.
///
/// Flags added to the IR after snapshots were written (`Generated/Docs/<Module>/api-snapshot.json`) must not make
/// those snapshots unreadable (the changelog diffs against them), and leaving false out keeps snapshots of
/// descriptions that never use the flag unchanged.
@propertyWrapper
public struct DefaultFalse: Codable, Sendable, Hashable {
    /// The flag.
    public var wrappedValue: Bool

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Bool) {
        self.wrappedValue = wrappedValue
    }

    /// Reads a plain JSON boolean.
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode(Bool.self)
    }

    /// Writes a plain JSON boolean.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// An absent key is false (synthesized `Decodable` picks this overload for `@DefaultFalse` properties).
    public func decode(_ type: DefaultFalse.Type, forKey key: Key) throws -> DefaultFalse {
        DefaultFalse(wrappedValue: try decodeIfPresent(Bool.self, forKey: key) ?? false)
    }
}

extension KeyedEncodingContainer {
    /// False is left out (synthesized `Encodable` picks this overload for `@DefaultFalse` properties).
    public mutating func encode(_ value: DefaultFalse, forKey key: Key) throws {
        if value.wrappedValue { try encode(true, forKey: key) }
    }
}
