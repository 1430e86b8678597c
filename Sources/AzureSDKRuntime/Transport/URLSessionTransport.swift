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

    /// A session that hands redirects back to the pipeline instead of following them.
    public static let defaultSession = URLSession(configuration: .default, delegate: RedirectBlocker(), delegateQueue: nil)

    /// Creates a transport on `defaultSession`, which does not follow redirects by itself.
    public init() {
        self.session = Self.defaultSession
    }

    /// Creates a transport on `session`. A session without a delegate follows redirects itself,
    /// with all headers: give it one that refuses them (as `defaultSession` does) to keep
    /// credentials from reaching another host.
    public init(session: URLSession) {
        self.session = session
    }

    /// Sends the request with `URLSession`, uploading `body` when there is one.
    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        if let body {
            let (data, response) = try await session.upload(for: request, from: body)
            return (response, data)
        }
        let (data, response) = try await session.data(for: request)
        return (response, data)
    }
}
