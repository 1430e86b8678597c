import Foundation

/// A value that can be a URL query parameter.
///
/// A closed set of formats (JSON-like numbers and booleans, RFC 3339 dates, comma-joined
/// arrays) so every generated client serialises query parameters the same way.
public protocol QueryValue: Sendable {
    /// The value as it appears in the query, already percent-encoded.
    var percentEncodedQueryValue: String { get }
}

extension String: QueryValue {
    /// The string, percent-encoded (only RFC 3986 unreserved characters stay literal).
    public var percentEncodedQueryValue: String { PercentEncoding.encode(self) }
}

extension Int: QueryValue {
    /// The decimal digits.
    public var percentEncodedQueryValue: String { String(self) }
}

extension Int32: QueryValue {
    /// The decimal digits.
    public var percentEncodedQueryValue: String { String(self) }
}

extension Int64: QueryValue {
    /// The decimal digits.
    public var percentEncodedQueryValue: String { String(self) }
}

extension Double: QueryValue {
    /// As in JSON and headers (`HeaderValue`): whole numbers without a fraction (`2`), others in Swift's shortest
    /// round-tripping form (`1.5`, `1e+20`), percent-encoded; one number has one text in every place it is sent.
    public var percentEncodedQueryValue: String { PercentEncoding.encode(headerValue) }
}

extension Float: QueryValue {
    /// As in JSON and headers: whole numbers without a fraction, others in Swift's shortest form, percent-encoded.
    public var percentEncodedQueryValue: String { PercentEncoding.encode(headerValue) }
}

extension Data: QueryValue {
    /// Base64 (`format: byte`), percent-encoded (`+`, `/` and `=` are not left bare).
    public var percentEncodedQueryValue: String { PercentEncoding.encode(base64EncodedString()) }
}

extension Bool: QueryValue {
    /// `true` or `false`, as in JSON.
    public var percentEncodedQueryValue: String { self ? "true" : "false" }
}

extension Date: QueryValue {
    /// The date as `JSONCoding.string(from:)` writes it, percent-encoded (`:` becomes `%3A`).
    public var percentEncodedQueryValue: String { PercentEncoding.encode(JSONCoding.string(from: self)) }
}

extension Array: QueryValue where Element: QueryValue {
    /// Elements encoded one by one and joined with a literal comma (Swagger `collectionFormat: csv`),
    /// so a comma inside an element stays distinguishable as `%2C`.
    public var percentEncodedQueryValue: String { map(\.percentEncodedQueryValue).joined(separator: ",") }
}

extension ExtensibleEnum {
    /// The raw value, percent-encoded, known or not.
    public var percentEncodedQueryValue: String { PercentEncoding.encode(rawValue) }
}
