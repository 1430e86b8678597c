import Foundation

/// A value that can be a request header, written the way Azure services read it.
///
/// Like `QueryValue`, a closed set of formats so every generated client writes headers alike: numbers and
/// booleans as in JSON, dates as RFC 3339 (`format: date-time`), bytes as base64, extensible enums by their raw
/// value, UUIDs in lower case, arrays comma-joined. Dates in another form (`date-time-rfc1123`, `unixtime`, and
/// `Repeatability-First-Sent`) go through `setHeader(_:_:format:)`. The same text, percent-encoded, is what path
/// segments (`PathEncoding`) and the array forms of `addQuery` carry.
public protocol HeaderValue: Sendable {
    /// The header's text.
    var headerValue: String { get }
}

extension String: HeaderValue {
    /// The string as it is.
    public var headerValue: String { self }
}

extension Int: HeaderValue {
    /// The decimal digits.
    public var headerValue: String { String(self) }
}

extension Int32: HeaderValue {
    /// The decimal digits.
    public var headerValue: String { String(self) }
}

extension Int64: HeaderValue {
    /// The decimal digits.
    public var headerValue: String { String(self) }
}

extension Double: HeaderValue {
    /// As in JSON: whole numbers without a fraction (`2`), others in Swift's shortest round-tripping form.
    public var headerValue: String { Int64(exactly: self).map { String($0) } ?? String(self) }
}

extension Float: HeaderValue {
    /// As in JSON: whole numbers without a fraction, others in Swift's shortest round-tripping form.
    public var headerValue: String { Int64(exactly: self).map { String($0) } ?? String(self) }
}

extension Data: HeaderValue {
    /// Base64 (`format: byte`).
    public var headerValue: String { base64EncodedString() }
}

extension Bool: HeaderValue {
    /// `true` or `false`, as in JSON.
    public var headerValue: String { self ? "true" : "false" }
}

extension Date: HeaderValue {
    /// RFC 3339 in UTC, as `JSONCoding.string(from:)` writes dates.
    public var headerValue: String { JSONCoding.string(from: self) }
}

extension Array: HeaderValue where Element: HeaderValue {
    /// Elements joined with commas (Swagger `collectionFormat: csv`, the default).
    public var headerValue: String { map(\.headerValue).joined(separator: ",") }
}

@_spi(Generated)
extension PipelineRequest {
    /// Sets (replaces) header `name` when `value` is non-nil, written as `HeaderValue` describes.
    public mutating func setHeader(_ name: String, _ value: (some HeaderValue)?) {
        setHeader(name, value?.headerValue)
    }

    /// Sets (replaces) header `name` when `date` is non-nil, in `format`.
    public mutating func setHeader(_ name: String, _ date: Date?, format: DateWireFormat) {
        guard let date else { return }
        setHeader(name, format.string(from: date))
    }
}

extension ExtensibleEnum {
    /// The raw value, as sent on the wire.
    public var headerValue: String { rawValue }
}
