/// Reads a polymorphic value's discriminator (`kind`), so generated enums can decode the right subtype.
///
/// Generated code asks for it before decoding the subtype from the same decoder: a keyed container can be
/// requested more than once, so the value is read twice rather than copied.
public enum Discriminator {
    /// The string under `key` in the object `decoder` holds; nil when it is absent or not a string.
    public static func value(in decoder: any Decoder, key: String) throws -> String? {
        let container = try decoder.container(keyedBy: Key.self)
        return try? container.decodeIfPresent(String.self, forKey: Key(stringValue: key))
    }

    /// Writes `value` under `key` into the object `encoder` holds, after a subtype encoded its members: the case
    /// decides the kind, so `.cat(Cat(type: "dog"))` still goes out as a cat and comes back as one.
    public static func encode(_ value: String, in encoder: any Encoder, key: String) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(value, forKey: Key(stringValue: key))
    }

    /// Any JSON key.
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
