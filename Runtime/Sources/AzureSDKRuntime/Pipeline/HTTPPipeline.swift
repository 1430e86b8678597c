import Foundation
import HTTPTypes
import Logging

/// Sends the requests of one generated client: builds the URL, adds standard headers, signs,
/// retries, logs and turns unexpected statuses into `ServiceError`.
///
/// Policies run in this order:
/// 1. Build the URL: endpoint (with its base path) + request path + query, and `api-version`
///    (first in the query) unless disabled or already present.
/// 2. Once per logical call: `x-ms-client-request-id` (a new UUID, the same on every retry),
///    `x-ms-return-client-request-id: true`, `User-Agent`, `Accept: application/json` (unless set),
///    and the request's own headers including `Content-Type` from `setJSONBody`.
/// 3. Per try: `credential.authorize` (so signatures carry a fresh `x-ms-date`), a debug log line,
///    the transport call (bounded by `perTryTimeout`), a debug log line for the response.
/// 4. An expected status returns; otherwise a retryable status or transport error sleeps
///    (Retry-After / retry-after-ms / x-ms-retry-after-ms, else exponential backoff with full
///    jitter) and tries again, up to `maxRetries`; anything else throws `ServiceError`.
/// The whole call is bounded by `overallTimeout`. Logs never contain headers or bodies.
@_spi(Generated)
public final class HTTPPipeline: Sendable {
    /// The service endpoint requests are relative to.
    public let endpoint: URL
    /// The API version sent as `api-version`: `options.apiVersion ?? defaultAPIVersion`.
    public let apiVersion: String

    let credential: any RequestCredential
    let transport: any HTTPTransport
    let options: ClientOptions
    let userAgent: String
    /// `apiVersion` percent-encoded for the query, once rather than per request.
    let encodedAPIVersion: String
    let endpointParts: EndpointParts?
    let retryPolicy: RetryPolicy
    let sleep: @Sendable (Duration) async throws -> Void

    /// Creates the pipeline a generated client uses for all its operations.
    public convenience init(
        endpoint: URL, credential: any RequestCredential, options: ClientOptions,
        defaultAPIVersion: String, sdkName: String, sdkVersion: String
    ) {
        self.init(
            endpoint: endpoint, credential: credential, options: options, defaultAPIVersion: defaultAPIVersion,
            sdkName: sdkName, sdkVersion: sdkVersion, sleep: { try await Task.sleep(for: $0) })
    }

    /// The designated initializer; `sleep` is injectable so tests can observe retry delays.
    init(
        endpoint: URL, credential: any RequestCredential, options: ClientOptions, defaultAPIVersion: String,
        sdkName: String, sdkVersion: String, sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.endpoint = endpoint
        self.apiVersion = options.apiVersion ?? defaultAPIVersion
        self.encodedAPIVersion = PercentEncoding.encode(options.apiVersion ?? defaultAPIVersion)
        self.credential = credential
        self.transport = options.transport ?? URLSessionTransport()
        self.options = options
        self.userAgent = UserAgent.make(applicationID: options.applicationID, sdkName: sdkName, sdkVersion: sdkVersion)
        self.endpointParts = EndpointParts(endpoint)
        self.retryPolicy = RetryPolicy(options: options.retry)
        self.sleep = sleep
    }

    /// Sends one logical call. Status not in `expecting` → throws ServiceError.
    ///
    /// - Throws: `ServiceError` for an unexpected status (after retries), the transport's error,
    ///   `PipelineTimeoutError`, `CancellationError`, or whatever the credential throws.
    public func send(_ request: PipelineRequest, expecting: Set<Int>) async throws -> PipelineResponse {
        let prepared = try prepare(request)
        let response = try await Timeout.run(options.overallTimeout, kind: .overall) {
            guard !self.options.perCallPolicies.isEmpty else {
                return try await self.sendWithRetries(prepared, body: request.body, expecting: expecting)
            }
            let (head, body) = try await Self.run(self.options.perCallPolicies[...], prepared, body: request.body) { request, body in
                let response = try await self.sendWithRetries(request, body: body, expecting: expecting)
                return (HTTPResponse(status: .init(code: response.status), headerFields: response.headerFields), response.body)
            }
            return PipelineResponse(status: head.status.code, headerFields: head.headerFields, body: body)
        }
        guard expecting.contains(response.status) else { throw ServiceError(response: response) }
        return response
    }

    /// x-ms-pageable operations whose first request is not a GET (a PATCH or POST that changes something): sends
    /// it once, now, and returns the items with that first page held; further pages are GETs to nextLink as you
    /// iterate. Iterating again starts from the held first page, so the request is never sent twice.
    public func pagedItemsSendingFirstRequest<Item: Decodable & Sendable>(
        _ request: PipelineRequest, expecting: Set<Int>, itemsKey: String, nextLinkKey: String?,
        itemType: Item.Type = Item.self
    ) async throws -> PagedItems<Item> {
        let keys = PageKeys(itemsKey: itemsKey, nextLinkKey: nextLinkKey)
        let firstPage = try PageDecoder.decode(try await send(request, expecting: expecting), keys: keys, as: Item.self)
        return PagedItems(pages: PagedPages { nextLink in
            guard let nextLink else { return firstPage }
            let response = try await self.send(request.following(nextLink: nextLink), expecting: expecting)
            return try PageDecoder.decode(response, keys: keys, as: Item.self)
        })
    }

    /// x-ms-pageable operations: the first request, then GETs to nextLink (absolute or relative to the endpoint), same credential & policies.
    ///
    /// Nothing is sent until the sequence is iterated; each iteration starts from the first page.
    public func pagedItems<Item: Decodable & Sendable>(
        _ request: PipelineRequest, expecting: Set<Int>, itemsKey: String, nextLinkKey: String?,
        itemType: Item.Type = Item.self
    ) -> PagedItems<Item> {
        let keys = PageKeys(itemsKey: itemsKey, nextLinkKey: nextLinkKey)
        return PagedItems(pages: PagedPages { nextLink in
            let pageRequest = nextLink.map { request.following(nextLink: $0) } ?? request
            let response = try await self.send(pageRequest, expecting: expecting)
            return try PageDecoder.decode(response, keys: keys, as: Item.self)
        })
    }
}
