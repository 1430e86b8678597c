import Foundation
import HTTPTypes

/// A value a declared response header can be read as.
///
/// The reading counterpart of `HeaderValue`. Lenient on purpose: a header that does not parse is reported as
/// absent (nil) rather than failing a call whose body arrived fine; the text stays reachable on the raw response.
public protocol ResponseHeaderValue: Sendable {
    /// Parses the header's text; nil when it is not a value of this type.
    init?(responseHeader text: String)
}

extension String: ResponseHeaderValue {
    /// The text as it is.
    public init?(responseHeader text: String) { self = text }
}

extension Int: ResponseHeaderValue {
    /// Decimal digits (surrounding whitespace ignored).
    public init?(responseHeader text: String) { self.init(text.trimmingCharacters(in: .whitespaces)) }
}

extension Int32: ResponseHeaderValue {
    /// Decimal digits (surrounding whitespace ignored).
    public init?(responseHeader text: String) { self.init(text.trimmingCharacters(in: .whitespaces)) }
}

extension Int64: ResponseHeaderValue {
    /// Decimal digits (surrounding whitespace ignored).
    public init?(responseHeader text: String) { self.init(text.trimmingCharacters(in: .whitespaces)) }
}

extension Double: ResponseHeaderValue {
    /// A JSON-style number.
    public init?(responseHeader text: String) { self.init(text.trimmingCharacters(in: .whitespaces)) }
}

extension Float: ResponseHeaderValue {
    /// A JSON-style number.
    public init?(responseHeader text: String) { self.init(text.trimmingCharacters(in: .whitespaces)) }
}

extension Bool: ResponseHeaderValue {
    /// `true` or `false`, any case.
    public init?(responseHeader text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
}

extension Data: ResponseHeaderValue {
    /// Base64 (`format: byte`).
    public init?(responseHeader text: String) { self.init(base64Encoded: text.trimmingCharacters(in: .whitespaces)) }
}

extension Date: ResponseHeaderValue {
    /// RFC 3339 (`format: date-time`), an HTTP date (`Last-Modified`, `format: date-time-rfc1123`) or whole Unix
    /// seconds (`format: unixtime`): services send HTTP dates for standard headers whatever the description's format
    /// says, so every form is accepted.
    public init?(responseHeader text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let seconds = Int64(trimmed) {
            self = Date(timeIntervalSince1970: TimeInterval(seconds))
            return
        }
        guard let date = JSONCoding.date(from: trimmed) ?? RFC1123Date.date(from: trimmed) else { return nil }
        self = date
    }
}

extension UUID: ResponseHeaderValue {
    /// A UUID in any case.
    public init?(responseHeader text: String) {
        self.init(uuidString: text.trimmingCharacters(in: .whitespaces))
    }
}

extension Array: ResponseHeaderValue where Element: ResponseHeaderValue {
    /// Comma-separated elements (`collectionFormat: csv`); nil when any element does not parse.
    public init?(responseHeader text: String) {
        var elements: [Element] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            guard let element = Element(responseHeader: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            elements.append(element)
        }
        self = elements
    }
}

extension ExtensibleEnum {
    /// Any text: an unknown value is kept, as in bodies.
    public init?(responseHeader text: String) { self.init(rawValue: text) }
}

extension PipelineResponse {
    /// The value of response header `name` read as `type`; nil when absent or unparsable.
    public func header<T: ResponseHeaderValue>(_ name: String, as type: T.Type = T.self) -> T? {
        guard let field = HTTPField.Name(name), let text = headerFields[field] else { return nil }
        return T(responseHeader: text)
    }

    /// The value of response header `name` read as a closed enum by its raw value; nil when absent or unknown.
    public func enumHeader<T: RawRepresentable & Sendable>(_ name: String, as type: T.Type = T.self) -> T? where T.RawValue == String {
        guard let field = HTTPField.Name(name), let text = headerFields[field] else { return nil }
        return T(rawValue: text)
    }

    /// Every header whose name starts with `prefix` (case-insensitively; `x-ms-header-collection-prefix`, e.g.
    /// `x-ms-meta-`), keyed by the rest of its name as received; a name received twice has its values joined with
    /// `, ` (RFC 9110's combination). Empty when there is none.
    public func headers(withPrefix prefix: String) -> [String: String] {
        let lowered = prefix.lowercased()
        var result: [String: String] = [:]
        for field in headerFields where field.name.canonicalName.hasPrefix(lowered) {
            let key = String(field.name.rawName.dropFirst(prefix.count))
            guard !key.isEmpty else { continue }
            result[key] = result[key].map { $0 + ", " + field.value } ?? field.value
        }
        return result
    }

    /// The request id to quote to Azure support, as `ServiceError` reports it (`x-ms-client-request-id` echoed,
    /// else `x-ms-request-id`, else `MS-CV`).
    public var requestID: String? { ServiceError.requestID(in: headerFields) }
}
