import Foundation
import HTTPTypes

/// Authorizes requests with `Authorization: Bearer <token>` from a `TokenCredential`.
///
/// Tokens are cached and refreshed 5 minutes before they expire, with a single refresh in flight
/// however many requests wait, so a burst of calls costs one token request, not hundreds.
public final class BearerTokenCredential: RequestCredential {
    /// The default scope for Azure Communication Services.
    public static let defaultScopes = ["https://communication.azure.com//.default"]

    private let cache: TokenCache

    /// Wraps `credential`, requesting tokens for `scopes`.
    public convenience init(credential: any TokenCredential, scopes: [String] = BearerTokenCredential.defaultScopes) {
        self.init(credential: credential, scopes: scopes, refreshMargin: .seconds(300), clock: { Date() })
    }

    /// Like `init(credential:scopes:)` with a custom refresh margin and clock, for tests.
    public init(
        credential: any TokenCredential, scopes: [String], refreshMargin: Duration,
        clock: @escaping @Sendable () -> Date
    ) {
        cache = TokenCache(credential: credential, scopes: scopes, refreshMargin: refreshMargin, clock: clock)
    }

    /// Sets the bearer `Authorization` header with a cached or freshly fetched token.
    ///
    /// - Throws: `InsecureTransportError` for a plain-http request to a host that is not loopback.
    public func authorize(_ request: inout HTTPRequest, body: Data) async throws {
        try InsecureTransportError.check(request)
        let token = try await cache.token()
        request.headerFields[.authorization] = "Bearer " + token.token
    }
}
