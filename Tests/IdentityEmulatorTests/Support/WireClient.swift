@_spi(Generated) import AzureSDKRuntime
import Foundation
import HTTPTypes

/// Speaks the Identity API's HTTP to the emulator: JSON text in, status, headers and body out.
///
/// The emulator's tests must not go through the generated SDK. The SDK is an output that changes
/// with every api-version, and when the emulator and its tests share one generated model, a wrong
/// JSON name is written by one side and read back by the other without anyone noticing. Here the
/// tests write the JSON names themselves and read the ones the emulator wrote.
///
/// Requests still go through the runtime's `HTTPPipeline`, so they are signed (HMAC or bearer),
/// stamped with `x-ms-client-request-id`, retried and timed out exactly as a real client's are.
/// Every call gets its own pipeline over a `WireTransport`, which is how a final error answer comes
/// back whole (see `send`).
struct WireClient: Sendable {
    /// The api-version that serves every operation, the `/access/...` ones included.
    static let latestAPIVersion = "2025-03-02-preview"

    /// The statuses a call expects, as a generated operation's success statuses would be: anything
    /// else goes through the pipeline's retry rules (503s and dropped connections are tried again)
    /// before it comes back.
    static let successStatuses = Set(200..<300)

    /// Where requests go.
    let endpoint: URL
    /// How requests are authorized: `AccessKeyCredential`, `BearerTokenCredential` or `Unsigned`.
    let credential: any RequestCredential
    /// Retries, timeouts and transport; its `apiVersion` is ignored in favour of `apiVersion`.
    let options: ClientOptions
    /// Added as `api-version` to every request whose query does not name one already; nil sends
    /// none, to see how the emulator answers requests without it.
    var apiVersion: String?

    /// A client for `endpoint` that authorizes with `credential`.
    init(
        endpoint: URL, credential: any RequestCredential,
        options: ClientOptions = ClientOptions(retry: EmulatorHarness.fastRetries),
        apiVersion: String? = WireClient.latestAPIVersion
    ) {
        self.endpoint = endpoint
        self.credential = credential
        self.options = options
        self.apiVersion = apiVersion
    }

    /// A client that signs with the access key of `connectionString`, as connection-string clients do.
    init(
        connectionString: String, options: ClientOptions = ClientOptions(retry: EmulatorHarness.fastRetries),
        apiVersion: String? = WireClient.latestAPIVersion
    ) throws {
        let parsed = try ConnectionString(parsing: connectionString)
        self.init(
            endpoint: parsed.endpoint, credential: try AccessKeyCredential(accessKey: parsed.accessKey),
            options: options, apiVersion: apiVersion)
    }

    /// This client with another api-version (nil: none).
    func withAPIVersion(_ version: String?) -> WireClient {
        var copy = self
        copy.apiVersion = version
        return copy
    }

    /// Sends one call and returns the final answer, whatever its status.
    ///
    /// - Parameters:
    ///   - path: percent-encoded and endpoint-relative (`/identities/8%3Aacs%3A…`), or a whole
    ///     absolute link such as a `nextLink`.
    ///   - query: added after the path's own query, percent-encoded here. Naming `api-version`
    ///     replaces the client's.
    ///   - headers: set just before the request goes on the wire, after the pipeline added its
    ///     headers and signed; nil removes a header. That lets a test send what no real client
    ///     sends: its own `x-ms-client-request-id`, a body hash that does not match, no `x-ms-date`.
    ///   - json: the body, sent as written.
    ///   - contentType: its `Content-Type` (`application/merge-patch+json` for the bulk update).
    /// - Returns: the answer to the last try. `HTTPPipeline` throws `ServiceError` for an
    ///   unexpected status, which keeps no headers and at most 4 KiB of body, so the answer is
    ///   taken from this call's transport instead.
    /// - Throws: what the pipeline throws besides `ServiceError`: transport errors (after
    ///   retries), timeouts, `ResponseTooLargeError`.
    func send(
        _ method: HTTPRequest.Method, _ path: String, query: KeyValuePairs<String, String> = [:],
        headers: [String: String?] = [:], json: String? = nil, contentType: String = "application/json"
    ) async throws -> WireResponse {
        try await send(
            method, path, queryItems: query.map { (name: $0.key, value: $0.value) }, headers: headers, json: json,
            contentType: contentType)
    }

    /// `send` with query items made at run time (a `KeyValuePairs` can only be written as a literal), for
    /// requests built from a description's parameters.
    func send(
        _ method: HTTPRequest.Method, _ path: String, queryItems: [(name: String, value: String)],
        headers: [String: String?] = [:], json: String? = nil, contentType: String = "application/json"
    ) async throws -> WireResponse {
        var request = PipelineRequest(method: method, path: path)
        for (name, value) in queryItems { request.addQuery(name, value) }
        if let json { request.setBody(Data(json.utf8), contentType: contentType) }
        request.includesAPIVersion = apiVersion != nil

        let transport = WireTransport(base: options.transport ?? URLSessionTransport(), headerOverrides: headers)
        var callOptions = options
        callOptions.transport = transport
        callOptions.apiVersion = nil
        let pipeline = HTTPPipeline(
            endpoint: endpoint, credential: credential, options: callOptions, defaultAPIVersion: apiVersion ?? "",
            sdkName: "identity-emulator-wire-tests", sdkVersion: "1.0.0")
        do {
            let response = try await pipeline.send(request, expecting: Self.successStatuses)
            return WireResponse(status: response.status, headers: response.headerFields, body: response.body)
        } catch let error as ServiceError {
            guard let last = transport.lastResponse, last.status == error.statusCode else { throw error }
            return last
        }
    }

    /// `GET path`.
    func get(_ path: String, query: KeyValuePairs<String, String> = [:], headers: [String: String?] = [:]) async throws -> WireResponse {
        try await send(.get, path, query: query, headers: headers)
    }

    /// `POST path` with an optional JSON body.
    func post(_ path: String, json: String? = nil, headers: [String: String?] = [:]) async throws -> WireResponse {
        try await send(.post, path, headers: headers, json: json)
    }

    /// `PUT path` with a JSON body.
    func put(_ path: String, json: String, headers: [String: String?] = [:]) async throws -> WireResponse {
        try await send(.put, path, headers: headers, json: json)
    }

    /// `PATCH path` with a JSON body, by default a JSON merge-patch document.
    func patch(
        _ path: String, json: String, contentType: String = "application/merge-patch+json", headers: [String: String?] = [:]
    ) async throws -> WireResponse {
        try await send(.patch, path, headers: headers, json: json, contentType: contentType)
    }

    /// `DELETE path`.
    func delete(_ path: String, headers: [String: String?] = [:]) async throws -> WireResponse {
        try await send(.delete, path, headers: headers)
    }
}

/// Authorizes nothing: for the requests without credentials that the emulator must refuse.
struct Unsigned: RequestCredential {
    func authorize(_ request: inout HTTPRequest, body: Data) async throws {}
}

/// One answer from the emulator, as it came off the wire.
struct WireResponse: Sendable, CustomStringConvertible {
    /// The HTTP status code.
    let status: Int
    /// The response headers.
    let headers: HTTPFields
    /// The whole body (empty for 204).
    let body: Data

    /// The body as UTF-8 text, for comparing error bodies byte for byte.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The value of header `name` (case-insensitive).
    func header(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name) else { preconditionFailure("invalid header name \(name)") }
        return headers[fieldName]
    }

    /// The body parsed as JSON.
    /// - Throws: `NotJSON` when it is not JSON (an empty 204 body is not).
    func json() throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: body)
        } catch {
            throw NotJSON(response: description)
        }
    }

    /// `error` of the ACS error shape `{"error":{"code","message","target","details"}}`; nil when
    /// the body is not in that shape.
    var error: JSONValue? { (try? json())?["error"] }

    /// Status and size; for error statuses the body too. Success bodies stay out of test output
    /// because they carry access tokens.
    var description: String {
        let summary = "HTTP \(status), \(body.count) bytes"
        return status >= 400 ? summary + ": " + String(text.prefix(1000)) : summary
    }

    /// The body of a response was expected to be JSON.
    struct NotJSON: Error, CustomStringConvertible {
        let response: String
        var description: String { "the body is not JSON (\(response))" }
    }
}

/// The transport under one call's pipeline: applies the test's header overrides after the
/// pipeline has signed each try, and keeps the last answer, which `WireClient.send` returns when
/// the pipeline turns it into a `ServiceError`.
final class WireTransport: HTTPTransport, @unchecked Sendable {
    private let base: any HTTPTransport
    private let headerOverrides: [(name: HTTPField.Name, value: String?)]
    private let lock = NSLock()
    private var last: WireResponse?

    init(base: any HTTPTransport, headerOverrides: [String: String?]) {
        self.base = base
        self.headerOverrides = headerOverrides.map { name, value in
            guard let fieldName = HTTPField.Name(name) else { preconditionFailure("invalid header name \(name)") }
            return (fieldName, value)
        }
    }

    /// The answer to the latest try, if one came.
    var lastResponse: WireResponse? { lock.withLock { last } }

    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        var request = request
        for (name, value) in headerOverrides { request.headerFields[name] = value }
        let (response, data) = try await base.send(request, body: body)
        let answer = WireResponse(status: response.status.code, headers: response.headerFields, body: data)
        lock.withLock { last = answer }
        return (response, data)
    }
}

/// Reading JSON answers without a generated model.
extension JSONValue {
    /// Parses JSON text, for expected documents written in a test.
    init(parsing text: String) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    /// The member `name` of an object; nil when absent or when this is not an object.
    subscript(name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }

    /// The string, or nil when this is not a string.
    var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The number, or nil when this is not a number.
    var numberValue: Double? {
        guard case .number(let value) = self else { return nil }
        return value
    }

    /// The elements, or nil when this is not an array.
    var arrayValue: [JSONValue]? {
        guard case .array(let value) = self else { return nil }
        return value
    }

    /// The member names, or nil when this is not an object.
    var memberNames: Set<String>? {
        guard case .object(let members) = self else { return nil }
        return Set(members.keys)
    }

    /// A date-time string read as the runtime reads the service's dates
    /// (`2023-10-20T12:46:12.3585166+00:00`); nil when this is not one.
    var dateValue: Date? {
        stringValue.flatMap(JSONCoding.date(from:))
    }
}
