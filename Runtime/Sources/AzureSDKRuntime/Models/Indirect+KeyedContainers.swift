extension KeyedDecodingContainer {
    /// Decodes an optional boxed property, yielding `nil` when the key is absent or `null`.
    ///
    /// Synthesized `Codable` calls `decode(_:forKey:)` for property-wrapped properties, which would
    /// otherwise fail on a missing key; this more specific overload is picked instead.
    public func decode<T>(_ type: Indirect<T?>.Type, forKey key: Key) throws -> Indirect<T?> {
        Indirect(wrappedValue: try decodeIfPresent(T.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional boxed property, omitting the key when the value is `nil`
    /// (matching how synthesized `Codable` treats plain optionals).
    public mutating func encode<T>(_ value: Indirect<T?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}
