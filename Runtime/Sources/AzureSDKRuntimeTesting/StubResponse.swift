import Foundation

/// A canned response for `StubTransport`.
public struct StubResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers by name.
    public var headers: [String: String]
    /// The response body.
    public var body: Data

    /// Creates a response from its parts.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a JSON body and `Content-Type: application/json` (overridable via `headers`).
    public static func json(_ status: Int, _ json: String, headers: [String: String] = [:]) -> StubResponse {
        var allHeaders = ["Content-Type": "application/json"]
        allHeaders.merge(headers) { _, new in new }
        return StubResponse(status: status, headers: allHeaders, body: Data(json.utf8))
    }

    /// A response without a body (e.g. 204 No Content).
    public static func empty(_ status: Int) -> StubResponse {
        StubResponse(status: status)
    }
}
