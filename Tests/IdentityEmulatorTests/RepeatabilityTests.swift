import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// Repeatable requests (`Repeatability-Request-ID` / `Repeatability-First-Sent`) where a version declares the
/// headers: the built-in 2023-08-01 and `Fixtures/Repeatable-2030-04-01.yaml`. A client that lost an answer can
/// send the request again and must get the first answer back without the operation running twice; versions that
/// do not declare the headers must ignore them.
@Suite struct RepeatabilityTests {
    /// The versions that declare the headers on create, delete and issue.
    static let repeatableVersions = ["2023-08-01", Fixture.repeatableVersion]

    static func withRepeatableFixture<T: Sendable>(_ body: (RunningEmulator, WireClient) async throws -> T) async throws -> T {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.repeatable] }, body)
    }

    /// Fresh repeatability headers: a new request id, first sent now (IMF-fixdate).
    static func repeatabilityHeaders(id: String = UUID().uuidString.lowercased(), firstSent: Date = Date()) -> [String: String?] {
        ["Repeatability-Request-ID": id, "Repeatability-First-Sent": RFC1123Date.string(from: firstSent)]
    }

    @Test(arguments: repeatableVersions)
    func repeatedCreateGetsTheFirstAnswerAndCreatesOnce(apiVersion: String) async throws {
        try await Self.withRepeatableFixture { emulator, wire in
            let client = wire.withAPIVersion(apiVersion)
            let headers = Self.repeatabilityHeaders()
            let body = #"{"createTokenWithScopes":["chat"]}"#
            let first = try await client.post(IdentityPaths.identities, json: body, headers: headers)
            #expect(first.status == 201, "\(first)")
            #expect(first.header("Repeatability-Result") == "accepted")
            let repeated = try await client.post(IdentityPaths.identities, json: body, headers: headers)
            #expect(repeated.status == 201, "\(repeated)")
            #expect(repeated.header("Repeatability-Result") == "accepted")
            #expect(try repeated.json()["identity"]?["id"] == first.json()["identity"]?["id"])
            #expect(repeated.body == first.body, "the same token too: the first answer, not a new one")
            #expect(await emulator.store.identityCount == 1)

            // Another request id is another request.
            let other = try await client.post(IdentityPaths.identities, json: body, headers: Self.repeatabilityHeaders())
            #expect(other.status == 201, "\(other)")
            #expect(try other.json()["identity"]?["id"] != first.json()["identity"]?["id"])
            #expect(await emulator.store.identityCount == 2)
        }
    }

    /// The same id with another first-sent time is another request (the pair identifies it).
    @Test(arguments: repeatableVersions)
    func anotherFirstSentIsAnotherRequest(apiVersion: String) async throws {
        try await Self.withRepeatableFixture { emulator, wire in
            let client = wire.withAPIVersion(apiVersion)
            let id = UUID().uuidString
            let first = try await client.post(IdentityPaths.identities, headers: Self.repeatabilityHeaders(id: id, firstSent: Date()))
            let later = try await client.post(
                IdentityPaths.identities, headers: Self.repeatabilityHeaders(id: id, firstSent: Date().addingTimeInterval(-60)))
            #expect(first.status == 201 && later.status == 201)
            #expect(await emulator.store.identityCount == 2)
        }
    }

    /// A repeated delete is answered 204 again, not 404: it is not run a second time.
    @Test(arguments: repeatableVersions)
    func repeatedDeleteIsAnsweredAsTheFirstTime(apiVersion: String) async throws {
        try await Self.withRepeatableFixture { emulator, wire in
            let client = wire.withAPIVersion(apiVersion)
            let id = try await client.createIdentityID()
            let headers = Self.repeatabilityHeaders()
            let first = try await client.delete(IdentityPaths.identity(id), headers: headers)
            let repeated = try await client.delete(IdentityPaths.identity(id), headers: headers)
            #expect(first.status == 204, "\(first)")
            #expect(repeated.status == 204, "\(repeated)")
            #expect(repeated.header("Repeatability-Result") == "accepted")
            // Without the headers the delete runs, and the identity is gone.
            let unrepeated = try await client.delete(IdentityPaths.identity(id))
            #expect(unrepeated.status == 404)
            #expect(await emulator.store.identityCount == 0)
        }
    }

    /// A request id needs a valid IMF-fixdate first-sent time; otherwise the request is refused, not run.
    @Test(arguments: repeatableVersions, [
        nil, "2025-03-02T08:05:09Z", "Sun, 02 Mar 2025 08:05:09", "yesterday",
    ] as [String?])
    func requestIDWithoutValidFirstSentIsRejected(apiVersion: String, firstSent: String?) async throws {
        try await Self.withRepeatableFixture { emulator, wire in
            let refused = try await wire.withAPIVersion(apiVersion).post(
                IdentityPaths.identities, headers: ["Repeatability-Request-ID": UUID().uuidString, "Repeatability-First-Sent": firstSent])
            #expect(refused.status == 400, "\(refused)")
            #expect(refused.header("Repeatability-Result") == "rejected")
            #expect(refused.error?["code"]?.stringValue == "ValidationError")
            #expect(refused.error?["target"]?.stringValue == "Repeatability-First-Sent")
            #expect(await emulator.store.identityCount == 0)
        }
    }

    /// 2023-10-01 dropped the headers again, and the fixture's get never had them: both ignore them entirely
    /// (a request id with a bad first-sent is not even refused), and say nothing about repeatability.
    @Test func versionsWithoutTheHeadersIgnoreThem() async throws {
        try await Self.withRepeatableFixture { emulator, wire in
            let stable = wire.withAPIVersion("2023-10-01")
            let headers = Self.repeatabilityHeaders()
            let first = try await stable.post(IdentityPaths.identities, headers: headers)
            let second = try await stable.post(IdentityPaths.identities, headers: headers)
            #expect(first.status == 201 && second.status == 201)
            #expect(try first.json()["identity"]?["id"] != second.json()["identity"]?["id"])
            #expect(first.header("Repeatability-Result") == nil)
            #expect(await emulator.store.identityCount == 2)
            let badDate = try await stable.post(
                IdentityPaths.identities, headers: ["Repeatability-Request-ID": UUID().uuidString, "Repeatability-First-Sent": "soon"])
            #expect(badDate.status == 201, "\(badDate)")
            #expect(badDate.header("Repeatability-Result") == nil)

            let id = try #require(try first.json()["identity"]?["id"]?.stringValue)
            let fetched = try await wire.withAPIVersion(Fixture.repeatableVersion).get(
                IdentityPaths.identity(id), headers: ["Repeatability-Request-ID": UUID().uuidString, "Repeatability-First-Sent": "soon"])
            #expect(fetched.status == 200, "\(fetched)")
            #expect(fetched.header("Repeatability-Result") == nil)
        }
    }

    /// A repeated issue gives back the first token rather than a second one.
    @Test(arguments: repeatableVersions)
    func repeatedIssueGivesTheSameToken(apiVersion: String) async throws {
        try await Self.withRepeatableFixture { _, wire in
            let client = wire.withAPIVersion(apiVersion)
            let id = try await client.createIdentityID()
            let headers = Self.repeatabilityHeaders()
            let body = #"{"scopes":["chat"]}"#
            let first = try await client.post(IdentityPaths.issueAccessToken(id), json: body, headers: headers)
            let repeated = try await client.post(IdentityPaths.issueAccessToken(id), json: body, headers: headers)
            #expect(first.status == 200 && repeated.status == 200, "\(first) \(repeated)")
            // `expiresOn` has 100 ns ticks: a second issue would differ in it even within the same second.
            #expect(repeated.body == first.body)
            // Without the headers the request is executed, not answered from the cache.
            let unrepeated = try await client.post(IdentityPaths.issueAccessToken(id), json: body)
            #expect(unrepeated.status == 200 && unrepeated.header("Repeatability-Result") == nil)
        }
    }

    /// A client that times out and retries sends the repeat while the first is still being executed: it must wait
    /// for the first answer, not execute again.
    @Test(arguments: repeatableVersions)
    func concurrentRepeatsExecuteOnce(apiVersion: String) async throws {
        try await Self.withRepeatableFixture { emulator, wire in
            let client = wire.withAPIVersion(apiVersion)
            let headers = Self.repeatabilityHeaders()
            let replies = try await withThrowingTaskGroup(of: WireResponse.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await client.post(IdentityPaths.identities, json: "{}", headers: headers) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(replies.allSatisfy { $0.status == 201 })
            #expect(Set(replies.map(\.body)).count == 1)
            #expect(await emulator.store.identityCount == 1)
        }
    }
}
