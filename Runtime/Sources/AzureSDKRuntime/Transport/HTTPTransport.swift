import Foundation
import HTTPTypes

/// Sends one HTTP request and returns the whole response.
///
/// The pipeline owns retries, signing and logging; a transport only moves bytes, which keeps
/// it trivial to replace with a stub in tests or with another HTTP client in production.
public protocol HTTPTransport: Sendable {
    /// Sends `request` (complete: method, scheme, authority, path with query, headers) with `body`
    /// and returns the response head and the fully read body.
    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data)
}
