import Foundation
import HTTPTypes

/// One logical call as generated code describes it: method, endpoint-relative path, query,
/// headers and body. The pipeline turns it into a complete `HTTPRequest` for every try.
@_spi(Generated)
public struct PipelineRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The percent-encoded path, starting with "/", relative to the endpoint (which may itself
    /// have a base path). For next-page requests this may be a whole link including a query.
    public private(set) var path: String
    /// Query parameters in the order added, already percent-encoded.
    public private(set) var queryItems: [QueryItem] = []
    /// Headers set by the operation; the pipeline adds its own (request id, User-Agent, …).
    public private(set) var headerFields: HTTPFields = [:]
    /// The body bytes, or nil for no body.
    public private(set) var body: Data?
    /// Whether the pipeline adds `api-version=<version>` (unless the query already has one).
    /// True by default because nearly every Azure operation requires it.
    public var includesAPIVersion: Bool = true

    /// A percent-encoded query parameter.
    public struct QueryItem: Sendable, Hashable {
        /// The percent-encoded name.
        public var name: String
        /// The percent-encoded value.
        public var value: String
    }

    /// Starts a request for `path`, which must already be percent-encoded (see `PathEncoding`)
    /// and start with "/".
    public init(method: HTTPRequest.Method, path: String) {
        self.method = method
        self.path = path
    }

    /// Adds `name=value`, percent-encoding both.
    public mutating func addQuery(_ name: String, _ value: String) {
        queryItems.append(QueryItem(name: PercentEncoding.encode(name), value: PercentEncoding.encode(value)))
    }

    /// Adds `name=value` when `value` is non-nil, formatted as `QueryValue` describes.
    public mutating func addQuery(_ name: String, _ value: (some QueryValue)?) {
        guard let value else { return }
        queryItems.append(QueryItem(name: PercentEncoding.encode(name), value: value.percentEncodedQueryValue))
    }

    /// Adds `name` (percent-encoded here) with `value` exactly as given, which must already be percent-encoded or,
    /// for `x-ms-skip-url-encoding`, be what the caller wants on the wire.
    mutating func appendEncodedQuery(_ name: String, _ value: String) {
        queryItems.append(QueryItem(name: PercentEncoding.encode(name), value: value))
    }

    /// Sets (replaces) header `name` when `value` is non-nil.
    ///
    /// `name` must be a valid HTTP field name; generated code only passes names from the spec,
    /// so an invalid one is a programming error and traps.
    public mutating func setHeader(_ name: String, _ value: String?) {
        guard let value else { return }
        guard let fieldName = HTTPField.Name(name) else {
            preconditionFailure("Invalid HTTP header name: \(name)")
        }
        headerFields[fieldName] = value
    }

    /// Sets one header `prefix + key` per entry of `values` (`x-ms-header-collection-prefix`, e.g. `x-ms-meta-`),
    /// in key order so the request is the same on every run; nil or empty sets none.
    ///
    /// A key that makes an invalid HTTP field name traps, as `setHeader(_:_:)` does: the caller's keys are names.
    public mutating func setHeaders(prefix: String, _ values: [String: String]?) {
        guard let values else { return }
        for key in values.keys.sorted() { setHeader(prefix + key, values[key]) }
    }

    /// Encodes `value` with `JSONCoding`'s encoder as the body and sets `Content-Type`;
    /// nil leaves the request without a body.
    public mutating func setJSONBody<T: Encodable>(_ value: T?, contentType: String = "application/json") throws {
        guard let value else { return }
        setBody(try JSONCoding.sharedEncoder.encode(value), contentType: contentType)
    }

    /// Sets a text body (`text/plain` and other `text/*` media types) as UTF-8 with `Content-Type`; nil leaves the
    /// request without a body.
    public mutating func setTextBody(_ text: String?, contentType: String) {
        guard let text else { return }
        setBody(Data(text.utf8), contentType: contentType)
    }

    /// Sets a byte body (`application/octet-stream`, images, …) as it is, with `Content-Type`; nil leaves the
    /// request without a body.
    public mutating func setBinaryBody(_ data: Data?, contentType: String) {
        guard let data else { return }
        setBody(data, contentType: contentType)
    }

    /// Sets raw body bytes and, when given, `Content-Type` (for non-JSON or pre-encoded bodies).
    public mutating func setBody(_ data: Data?, contentType: String?) {
        body = data
        if let contentType { headerFields[.contentType] = contentType }
    }

    /// The request for the page at `nextLink` (absolute, or relative to the endpoint): a GET
    /// with this request's headers minus body-related ones, and api-version only if the link lacks it.
    func following(nextLink: String) -> PipelineRequest {
        var next = PipelineRequest(method: .get, path: nextLink)
        next.headerFields = headerFields
        // A page GET is a new request: not the first one repeated (a repeatability-aware service would answer it
        // with the cached first response), and not under the caller's id for that one.
        for name in [HTTPField.Name.contentType, .repeatabilityRequestID, .repeatabilityFirstSent, .xMsClientRequestID] {
            next.headerFields[name] = nil
        }
        next.includesAPIVersion = includesAPIVersion
        return next
    }
}
