import Foundation
import HTTPTypes

/// A request as `StubTransport` saw it, decomposed for easy assertions.
public struct RecordedRequest: Sendable {
    /// The method, e.g. "POST".
    public let method: String
    /// The URL scheme.
    public let scheme: String?
    /// `host[:port]`.
    public let authority: String?
    /// The path with query exactly as sent.
    public let pathAndQuery: String
    /// The path without the query (still percent-encoded).
    public let path: String
    /// Query parameters, percent-decoded; a repeated name keeps its last value.
    public let query: [String: String]
    /// All request headers, including those the credential added.
    public let headerFields: HTTPFields
    /// The body bytes (empty when there was none).
    public let body: Data

    /// Records `request` and `body`.
    public init(_ request: HTTPRequest, body: Data?) {
        method = request.method.rawValue
        scheme = request.scheme
        authority = request.authority
        pathAndQuery = request.path ?? ""
        headerFields = request.headerFields
        self.body = body ?? Data()
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = parts.first.map(String.init) ?? ""
        var query: [String: String] = [:]
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let nameAndValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = String(nameAndValue[0]).removingPercentEncoding ?? String(nameAndValue[0])
                let value = nameAndValue.count > 1 ? String(nameAndValue[1]) : ""
                query[name] = value.removingPercentEncoding ?? value
            }
        }
        self.query = query
    }

    /// The value of header `name` (case-insensitive); several values are joined with ", ".
    public func header(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name) else { return nil }
        return headerFields[fieldName]
    }

    /// The body as UTF-8 text, for readable assertions.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
