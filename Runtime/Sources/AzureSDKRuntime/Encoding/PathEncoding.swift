import Foundation

/// Encodes values substituted into URL path templates such as `/identities/{id}`.
///
/// Identifiers like `8:acs:…` or names with spaces and slashes must stay one segment, so
/// everything but RFC 3986 unreserved characters is escaped (`:` becomes `%3A`).
/// Values other than strings are written as in headers (`HeaderValue`: numbers as in JSON, UUIDs in lower case,
/// base64 bytes), never through string interpolation, which would spell a `Date` or a `UUID` its own way.
@_spi(Generated)
public enum PathEncoding {
    /// Percent-encodes `value` for use as exactly one path segment.
    public static func segment(_ value: String) -> String {
        PercentEncoding.encode(value)
    }

    /// Percent-encodes the text of `value` (see `HeaderValue`) for use as exactly one path segment.
    public static func segment(_ value: some HeaderValue) -> String {
        PercentEncoding.encode(value.headerValue)
    }

    /// An array as one segment: each element percent-encoded, joined with a literal comma (`csv`, the only
    /// collection format paths take), so a comma inside an element stays distinguishable as `%2C`.
    public static func segment<Element: HeaderValue>(_ values: [Element]) -> String {
        values.map { PercentEncoding.encode($0.headerValue) }.joined(separator: ",")
    }

    /// `date` in `format`, percent-encoded for use as exactly one path segment.
    public static func segment(_ date: Date, format: DateWireFormat) -> String {
        PercentEncoding.encode(format.string(from: date))
    }

    /// Dates in `format`, each percent-encoded, joined with a literal comma.
    public static func segment(_ dates: [Date], format: DateWireFormat) -> String {
        dates.map { PercentEncoding.encode(format.string(from: $0)) }.joined(separator: ",")
    }

    /// The text of `value` as it is (`x-ms-skip-url-encoding`: the caller gives what goes on the wire).
    public static func unencoded(_ value: some HeaderValue) -> String {
        value.headerValue
    }

    /// `date` in `format`, not percent-encoded (`x-ms-skip-url-encoding`).
    public static func unencoded(_ date: Date, format: DateWireFormat) -> String {
        format.string(from: date)
    }
}
