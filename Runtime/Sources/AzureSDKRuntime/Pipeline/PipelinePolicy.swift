import Foundation
import HTTPTypes

/// A step of your own in every request a client sends: add a header, record timings, answer from a cache or a
/// test double. Give policies to `ClientOptions.perCallPolicies` (once per logical call, around the retries) or
/// `ClientOptions.perTryPolicies` (around each try, after signing).
///
/// Like AzureCore's pipeline policies and swift-openapi-runtime's middlewares. A policy calls `next` to pass the
/// request on (changed or not) and returns its response (changed or not), or returns a response of its own
/// without calling `next`. Policies run in array order, the first outermost.
///
/// ```swift
/// struct TenantHeader: PipelinePolicy {
///     func send(
///         _ request: HTTPRequest, body: Data?,
///         next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
///     ) async throws -> (HTTPResponse, Data) {
///         var request = request
///         request.headerFields[HTTPField.Name("x-tenant")!] = "contoso"
///         return try await next(request, body)
///     }
/// }
/// let options = ClientOptions(perCallPolicies: [TenantHeader()])
/// ```
///
/// Per-try policies see the signed request: changing its body, `Host` or `x-ms-date` there breaks the HMAC signature
/// (add headers in a per-call policy instead; the signature does not cover other headers). Per-call policies see the
/// final response after retries, whatever its status; an unexpected status still becomes `ServiceError` after them.
public protocol PipelinePolicy: Sendable {
    /// Handles one request: pass it to `next`, or answer it yourself.
    func send(
        _ request: HTTPRequest, body: Data?,
        next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data)
}

@_spi(Generated)
extension HTTPPipeline {
    /// Runs `request` through `policies` (first outermost), ending in `terminal`.
    static func run(
        _ policies: ArraySlice<any PipelinePolicy>, _ request: HTTPRequest, body: Data?,
        terminal: @escaping @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        guard let first = policies.first else { return try await terminal(request, body) }
        let rest = policies.dropFirst()
        return try await first.send(request, body: body) { request, body in
            try await run(rest, request, body: body, terminal: terminal)
        }
    }
}
