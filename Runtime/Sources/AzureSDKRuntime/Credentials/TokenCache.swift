import Foundation

/// Caches one access token and makes sure at most one refresh runs at a time.
///
/// An actor so concurrent requests share state safely; the refresh itself is a separate task so
/// that all callers await the same result and a cancelled caller does not cancel it for the others.
actor TokenCache {
    private let credential: any TokenCredential
    private let scopes: [String]
    private let refreshMargin: Duration
    private let clock: @Sendable () -> Date
    private var cached: AccessToken?
    private var refresh: Task<AccessToken, any Error>?

    init(credential: any TokenCredential, scopes: [String], refreshMargin: Duration, clock: @escaping @Sendable () -> Date) {
        self.credential = credential
        self.scopes = scopes
        self.refreshMargin = refreshMargin
        self.clock = clock
    }

    /// A token valid for at least `refreshMargin`, fetching a new one only when needed.
    /// If a refresh fails while the cached token has not yet expired, the cached one is used.
    func token() async throws -> AccessToken {
        let now = clock()
        let margin = RetryPolicy.seconds(refreshMargin)
        if let cached, cached.expiresOn.timeIntervalSince(now) > margin {
            return cached
        }
        let task: Task<AccessToken, any Error>
        if let refresh {
            task = refresh
        } else {
            let credential = credential
            let scopes = scopes
            task = Task { try await credential.token(for: scopes) }
            refresh = task
        }
        do {
            let token = try await task.value
            if refresh == task { refresh = nil }
            cached = token
            return token
        } catch {
            if refresh == task { refresh = nil }
            if let cached, cached.expiresOn > clock() { return cached }
            throw error
        }
    }
}
