import Foundation
import HTTPTypes
import Testing

@testable import AzureSDKRuntime

@Suite("BearerTokenCredential")
struct BearerTokenCredentialTests {
    private func authorize(_ credential: BearerTokenCredential) async throws -> String? {
        var request = HTTPRequest(method: .get, scheme: "https", authority: "x", path: "/")
        try await credential.authorize(&request, body: Data())
        return request.headerFields[.authorization]
    }

    @Test("sets Bearer, caches, and asks for the default ACS scope")
    func cachesToken() async throws {
        let source = ScriptedTokenSource(lifetime: 3600)
        let credential = BearerTokenCredential(credential: source)
        #expect(try await authorize(credential) == "Bearer token-1")
        #expect(try await authorize(credential) == "Bearer token-1")
        #expect(source.calls == 1)
        #expect(source.lastScopes == ["https://communication.azure.com//.default"])
    }

    @Test("refreshes 5 minutes before expiry")
    func refreshesBeforeExpiry() async throws {
        let clock = ManualClock(now: Date(timeIntervalSince1970: 1_000_000))
        let source = ScriptedTokenSource(lifetime: 3600, clock: clock)
        let credential = BearerTokenCredential(credential: source, scopes: ["s"], refreshMargin: .seconds(300), clock: { clock.now })

        #expect(try await authorize(credential) == "Bearer token-1")
        clock.advance(by: 3600 - 301)
        #expect(try await authorize(credential) == "Bearer token-1")
        clock.advance(by: 2)
        #expect(try await authorize(credential) == "Bearer token-2")
        #expect(source.calls == 2)
    }

    @Test("one refresh in flight however many callers wait")
    func singleRefreshInFlight() async throws {
        let source = ScriptedTokenSource(lifetime: 3600, delay: .milliseconds(100))
        let credential = BearerTokenCredential(credential: source)
        let results = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<50 { group.addTask { try await self.authorize(credential) } }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(results.count == 50)
        #expect(Set(results) == ["Bearer token-1"])
        #expect(source.calls == 1)
    }

    @Test("a failed refresh is thrown, and the next call tries again")
    func failedRefresh() async throws {
        let source = ScriptedTokenSource(lifetime: 3600, failFirst: true)
        let credential = BearerTokenCredential(credential: source)
        await #expect(throws: TokenSourceError.self) { try await authorize(credential) }
        #expect(try await authorize(credential) == "Bearer token-2")
    }
}

struct TokenSourceError: Error {}

/// A clock tests move by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(now: Date) { current = now }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Issues `token-1`, `token-2`, … valid for `lifetime` seconds, counting calls.
final class ScriptedTokenSource: TokenCredential, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var scopes: [String] = []
    private let lifetime: TimeInterval
    private let delay: Duration
    private let clock: ManualClock?
    private let failFirst: Bool

    init(lifetime: TimeInterval, clock: ManualClock? = nil, delay: Duration = .zero, failFirst: Bool = false) {
        self.lifetime = lifetime
        self.clock = clock
        self.delay = delay
        self.failFirst = failFirst
    }

    var calls: Int { lock.withLock { count } }
    var lastScopes: [String] { lock.withLock { scopes } }

    func token(for scopes: [String]) async throws -> AccessToken {
        let number = lock.withLock {
            count += 1
            self.scopes = scopes
            return count
        }
        if delay > .zero { try await Task.sleep(for: delay) }
        if failFirst && number == 1 { throw TokenSourceError() }
        let now = clock?.now ?? Date()
        return AccessToken(token: "token-\(number)", expiresOn: now.addingTimeInterval(lifetime))
    }
}
