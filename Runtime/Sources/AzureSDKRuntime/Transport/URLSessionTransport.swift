import Foundation
import HTTPTypes
import HTTPTypesFoundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport: Foundation's `URLSession`, via the swift-http-types bridge.
///
/// Chosen as the default because it exists on every platform the SDK targets (Darwin and,
/// through FoundationNetworking, Linux) without another dependency.
public struct URLSessionTransport: HTTPTransport {
    /// The session that performs the requests; share one to reuse connections.
    public let session: URLSession
    /// Larger response bodies fail the call with `ResponseTooLargeError`.
    ///
    /// `URLSession` collects a body before handing it over, so the limit keeps a large body from
    /// reaching decoding and the caller, but the transfer itself is not stopped early: against
    /// servers that may send huge bodies, `AsyncHTTPClientTransport` stops reading at its limit.
    /// (Two ways around it were tried on Linux and measured worse: collecting through a session delegate
    /// — FoundationNetworking queues every chunk for the delegate without back-pressure — and cancelling
    /// from a task delegate when `Content-Length` is over the limit — the cancel lands after the body
    /// was already buffered.)
    public let maxResponseBytes: Int

    /// The default limit on response bodies: 64 MiB, far above any Identity response.
    public static let defaultMaxResponseBytes = 64 * 1024 * 1024

    /// A session that hands redirects back to the pipeline instead of following them.
    public static let defaultSession = URLSession(configuration: .default, delegate: RedirectBlocker(), delegateQueue: nil)

    /// Creates a transport on `defaultSession`, which does not follow redirects by itself.
    public init(maxResponseBytes: Int = Self.defaultMaxResponseBytes) {
        self.session = Self.defaultSession
        self.maxResponseBytes = maxResponseBytes
    }

    /// Creates a transport on `session`. A session without a delegate follows redirects itself,
    /// with all headers: give it one that refuses them (as `defaultSession` does) to keep
    /// credentials from reaching another host.
    public init(session: URLSession, maxResponseBytes: Int = Self.defaultMaxResponseBytes) {
        self.session = session
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends the request, the body (if any) as the request's `httpBody`.
    ///
    /// A data task with `httpBody` rather than an upload task: bodies here are small JSON
    /// documents already in memory, which is what `httpBody` is for.
    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        guard var urlRequest = URLRequest(httpRequest: request) else {
            throw URLError(.badURL)  // the request has no valid URL
        }
        urlRequest.httpBody = body
        let (data, urlResponse) = try await session.data(for: urlRequest)
        guard let response = (urlResponse as? HTTPURLResponse)?.httpResponse else {
            throw URLError(.badServerResponse)  // not an HTTP response
        }
        if data.count > maxResponseBytes {
            throw ResponseTooLargeError(limit: maxResponseBytes, announcedLength: response.headerFields[.contentLength].flatMap { Int($0) })
        }
        return (response, data)
    }
}
