import Foundation

/// How one scalar of a model property is written in JSON when the JSON coder's own rule is not the description's:
/// an IMF-fixdate or a Unix time instead of RFC 3339, a lower-case UUID instead of Foundation's upper case.
///
/// `JSONEncoder` has one date strategy per encoder and no hook for `UUID`, so the form is chosen per property, with
/// the `WireCoded` property wrapper, the same technique `Indirect` uses.
public protocol WireCoding {
    /// The Swift type of the scalar (`Date`, `UUID`).
    associatedtype Scalar: Codable & Hashable & Sendable

    /// Writes `value` into `encoder`'s single value container.
    static func encode(_ value: Scalar, to encoder: any Encoder) throws
    /// Reads a value from `decoder`'s single value container.
    static func decode(from decoder: any Decoder) throws -> Scalar
}

/// `format: date-time-rfc1123`: a JSON string holding an IMF-fixdate (`"Sun, 02 Mar 2025 08:05:09 GMT"`).
public enum IMFFixdateCoding: WireCoding {
    /// Writes the IMF-fixdate of `value` (fractions of a second are dropped: the format has none).
    public static func encode(_ value: Date, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(RFC1123Date.string(from: value))
    }

    /// Reads an IMF-fixdate; anything else is a `DecodingError` that quotes the text.
    public static func decode(from decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = RFC1123Date.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected an RFC 1123 date (IMF-fixdate), found \"\(text.prefix(64))\".")
        }
        return date
    }
}

/// `format: unixtime`: a JSON number of seconds since 1970-01-01T00:00:00Z (`1740902709`).
public enum UnixTimeCoding: WireCoding {
    /// Writes whole seconds, rounded down (see `UnixTimestamp.seconds(from:)`).
    public static func encode(_ value: Date, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(UnixTimestamp.seconds(from: value))
    }

    /// Reads an integer, or a number with a fraction (kept), of seconds.
    public static func decode(from decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        // Integers first: a Double would round seconds beyond 2^53, and most services send integers.
        if let seconds = try? container.decode(Int64.self) {
            return UnixTimestamp.date(fromSeconds: Double(seconds))
        }
        return UnixTimestamp.date(fromSeconds: try container.decode(Double.self))
    }
}

/// `format: uuid`: a JSON string, written in lower case; read in any case.
public enum LowercaseUUIDCoding: WireCoding {
    /// Writes the UUID in lower case, as Azure services and Python's `str(uuid)` do.
    public static func encode(_ value: UUID, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value.uuidString.lowercased())
    }

    /// Reads a UUID in upper, lower or mixed case.
    public static func decode(from decoder: any Decoder) throws -> UUID {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a UUID, found \"\(text.prefix(64))\".")
        }
        return uuid
    }
}

/// A property value made of `Scalar`s: the scalar itself, or optionals, arrays and string-keyed maps of it.
///
/// Lets one `WireCoded` wrapper serve `Date`, `Date?`, `[Date]`, `[String: Date]?` and so on.
public protocol WireCodable: Hashable, Sendable {
    /// The scalar the value is made of.
    associatedtype Scalar: Codable & Hashable & Sendable

    /// Reads the value, each scalar with `coding`.
    init<Coding: WireCoding>(from decoder: any Decoder, coding: Coding.Type) throws where Coding.Scalar == Scalar
    /// Writes the value, each scalar with `coding`.
    func encode<Coding: WireCoding>(to encoder: any Encoder, coding: Coding.Type) throws where Coding.Scalar == Scalar
}

/// A value that is its own scalar (a `Date`, a `UUID`): read and written whole with the coding.
public protocol WireScalar: WireCodable, Codable, Hashable, Sendable where Scalar == Self {}

extension WireScalar {
    /// Reads the value with `coding`.
    public init<Coding: WireCoding>(from decoder: any Decoder, coding: Coding.Type) throws where Coding.Scalar == Self {
        self = try Coding.decode(from: decoder)
    }

    /// Writes the value with `coding`.
    public func encode<Coding: WireCoding>(to encoder: any Encoder, coding: Coding.Type) throws where Coding.Scalar == Self {
        try Coding.encode(self, to: encoder)
    }
}

extension Date: WireScalar {}

extension UUID: WireScalar {}

extension Optional: WireCodable where Wrapped: WireCodable {
    /// The wrapped value's scalar.
    public typealias Scalar = Wrapped.Scalar

    /// JSON `null` is `nil`; anything else the wrapped value.
    public init<Coding: WireCoding>(from decoder: any Decoder, coding: Coding.Type) throws where Coding.Scalar == Scalar {
        if try decoder.singleValueContainer().decodeNil() {
            self = nil
        } else {
            self = try Wrapped(from: decoder, coding: coding)
        }
    }

    /// `nil` is JSON `null` (an absent key is the keyed containers' business, below).
    public func encode<Coding: WireCoding>(to encoder: any Encoder, coding: Coding.Type) throws where Coding.Scalar == Scalar {
        if let value = self {
            try value.encode(to: encoder, coding: coding)
        } else {
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}

/// One element of an array or map, decoded and encoded through `Coding`.
private struct WireCodedElement<Coding: WireCoding, Value: WireCodable>: Codable where Value.Scalar == Coding.Scalar {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    init(from decoder: any Decoder) throws {
        value = try Value(from: decoder, coding: Coding.self)
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder, coding: Coding.self)
    }
}

extension Array: WireCodable where Element: WireCodable {
    /// The elements' scalar.
    public typealias Scalar = Element.Scalar

    /// Reads a JSON array, each element with `coding`.
    public init<Coding: WireCoding>(from decoder: any Decoder, coding: Coding.Type) throws where Coding.Scalar == Scalar {
        self = try [WireCodedElement<Coding, Element>](from: decoder).map(\.value)
    }

    /// Writes a JSON array, each element with `coding`.
    public func encode<Coding: WireCoding>(to encoder: any Encoder, coding: Coding.Type) throws where Coding.Scalar == Scalar {
        try map { WireCodedElement<Coding, Element>($0) }.encode(to: encoder)
    }
}

extension Dictionary: WireCodable where Key == String, Value: WireCodable {
    /// The values' scalar.
    public typealias Scalar = Value.Scalar

    /// Reads a JSON object, each value with `coding`.
    public init<Coding: WireCoding>(from decoder: any Decoder, coding: Coding.Type) throws where Coding.Scalar == Scalar {
        self = try [String: WireCodedElement<Coding, Value>](from: decoder).mapValues(\.value)
    }

    /// Writes a JSON object, each value with `coding`.
    public func encode<Coding: WireCoding>(to encoder: any Encoder, coding: Coding.Type) throws where Coding.Scalar == Scalar {
        try mapValues { WireCodedElement<Coding, Value>($0) }.encode(to: encoder)
    }
}

/// A model property whose scalars (`Date`, `UUID`) are written in the description's form rather than the JSON
/// coder's: `@WireCoded<IMFFixdateCoding, Date?> public var lastModified: Date?`.
///
/// Invisible in Swift (the property keeps its plain type) and in JSON (the value is written in place). For
/// optional values the `KeyedDecodingContainer`/`KeyedEncodingContainer` overloads make synthesized `Codable`
/// treat an absent or `null` key as `nil` and omit `nil`, as it does for plain optionals.
@propertyWrapper
public struct WireCoded<Coding: WireCoding, Value: WireCodable>: Codable, Hashable, Sendable where Value.Scalar == Coding.Scalar {
    /// The property's value.
    public var wrappedValue: Value

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    /// Reads the value with `Coding`.
    public init(from decoder: any Decoder) throws {
        wrappedValue = try Value(from: decoder, coding: Coding.self)
    }

    /// Writes the value with `Coding`.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder, coding: Coding.self)
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional wire-coded property, yielding `nil` when the key is absent or `null`.
    ///
    /// Synthesized `Codable` calls `decode(_:forKey:)` for property-wrapped properties, which would otherwise fail
    /// on a missing key; this more specific overload is picked instead.
    public func decode<Coding, Wrapped>(
        _ type: WireCoded<Coding, Wrapped?>.Type, forKey key: Key
    ) throws -> WireCoded<Coding, Wrapped?> {
        WireCoded(wrappedValue: try decodeIfPresent(WireCoded<Coding, Wrapped>.self, forKey: key)?.wrappedValue)
    }
}

extension KeyedEncodingContainer {
    /// Encodes an optional wire-coded property, omitting the key when the value is `nil`
    /// (matching how synthesized `Codable` treats plain optionals).
    public mutating func encode<Coding, Wrapped>(_ value: WireCoded<Coding, Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue.map { WireCoded<Coding, Wrapped>(wrappedValue: $0) }, forKey: key)
    }
}
