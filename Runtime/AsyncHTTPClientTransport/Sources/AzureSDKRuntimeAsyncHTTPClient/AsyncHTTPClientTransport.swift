import AsyncHTTPClient
import AzureSDKRuntime
import Foundation
import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1

/// A transport on AsyncHTTPClient (SwiftNIO), for servers that already run on NIO.
///
/// Opt-in as its own product, `AzureSDKRuntimeAsyncHTTPClient`, so that clients that do not want
/// SwiftNIO never compile it. Pass it as `ClientOptions(transport: AsyncHTTPClientTransport())`.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// A client that does not follow redirects: the pipeline decides, so credentials stay on their host.
    public static let defaultClient = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup,
        configuration: HTTPClient.Configuration(redirectConfiguration: .disallow),
        backgroundActivityLogger: Logger(label: "azure.sdk.async-http-client"))

    private let client: HTTPClient
    private let timeout: TimeAmount
    private let maxResponseBytes: Int

    /// Creates a transport.
    /// - Parameters:
    ///   - client: The client to send with; configure it with `redirectConfiguration: .disallow`.
    ///   - timeout: Upper bound for one request, as a last resort under the pipeline's own timeouts.
    ///   - maxResponseBytes: Larger bodies fail the call instead of filling memory.
    public init(client: HTTPClient = Self.defaultClient, timeout: Duration = .seconds(300), maxResponseBytes: Int = 64 * 1024 * 1024) {
        self.client = client
        self.timeout = .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)
        self.maxResponseBytes = maxResponseBytes
    }

    /// Sends the request and collects the whole body.
    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let url = "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")"
        var outgoing = HTTPClientRequest(url: url)
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headerFields {
            outgoing.headers.add(name: field.name.rawName, value: field.value)
        }
        if let body, !body.isEmpty {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let response = try await client.execute(outgoing, timeout: timeout)
        var fields = HTTPFields()
        for header in response.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        let buffer: ByteBuffer
        do {
            buffer = try await response.body.collect(upTo: maxResponseBytes)
        } catch is NIOTooManyBytesError {
            throw ResponseTooLargeError(limit: maxResponseBytes, announcedLength: response.headers.first(name: "content-length").flatMap { Int($0) })
        }
        return (HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields), Data(buffer.readableBytesView))
    }
}
