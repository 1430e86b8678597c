import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// A new api-version may rename operationIds and path parameters (`Fixtures/Renamed-2030-01-01.yaml` calls create
/// `Users_Provision` and the identity `{communicationUserId}`). The emulator matches operations by method and path
/// shape, so such a version must keep the real semantics, not fall back to canned answers, with no code change.
@Suite struct RenamedOperationTests {
    /// The renamed version, served beside the built-in ones, with its log captured.
    static func withRenamedVersion<T: Sendable>(
        log: CapturedLog = CapturedLog(), _ body: (RunningEmulator, WireClient) async throws -> T
    ) async throws -> T {
        try await EmulatorHarness.withDescription(Fixture.renamed, apiVersion: Fixture.renamedVersion, log: log, body)
    }

    @Test func createGetIssueRevokeDeleteKeepTheirSemantics() async throws {
        let log = CapturedLog()
        try await Self.withRenamedVersion(log: log) { emulator, renamed in
            let created = try await renamed.createIdentity(
                #"{"customId":"renamed@contoso.com","createTokenWithScopes":["chat"],"expiresInMinutes":60}"#)
            let id = try #require(created["identity"]?["id"]?.stringValue)
            #expect(id.hasPrefix("8:acs:\(EmulatorConfiguration.defaultResourceID)_"), "a real identity id, not an example's")
            #expect(created["identity"]?["customId"]?.stringValue == "renamed@contoso.com")
            let firstToken = try #require(created["accessToken"]?["token"]?.stringValue)
            #expect(await emulator.store.isTokenValid(firstToken))

            // `/identities/{communicationUserId}` reaches the same identity.
            let fetched = try await renamed.get(IdentityPaths.identity(id))
            #expect(fetched.status == 200, "\(fetched)")
            #expect(try fetched.json()["id"]?.stringValue == id)
            #expect(try fetched.json()["lastTokenIssuedAt"]?.dateValue != nil)

            let issued = try await renamed.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["voip"],"expiresInMinutes":120}"#)
            #expect(issued.status == 200, "\(issued)")
            let secondToken = try #require(try issued.json()["token"]?.stringValue)
            let expiresOn = try #require(try issued.json()["expiresOn"]?.dateValue)
            #expect(abs(expiresOn.timeIntervalSinceNow - 7200) < 60)
            #expect(await emulator.store.isTokenValid(secondToken))

            let revoked = try await renamed.post(IdentityPaths.revokeAccessTokens(id))
            #expect(revoked.status == 204, "\(revoked)")
            #expect(await emulator.store.isTokenValid(secondToken) == false)

            let deleted = try await renamed.delete(IdentityPaths.identity(id))
            #expect(deleted.status == 204, "\(deleted)")
            let gone = try await renamed.get(IdentityPaths.identity(id))
            #expect(gone.status == 404)
            #expect(gone.error?["code"]?.stringValue == "IdentityNotFound")
            #expect(gone.error?["message"]?.stringValue == "Identity '\(id)' was not found.")

            // Each request reached the renamed operation, and none was answered from the description.
            let reached = await emulator.recordedExchanges().map(\.operationID)
            #expect(Array(reached.prefix(5)) == ["Users_Provision", "Users_Read", "Tokens_Mint", "Tokens_RevokeAll", "Users_Remove"])
            #expect(log.lines(containing: "has no emulated semantics").isEmpty, "\(log.lines)")
        }
    }

    /// The renamed version is one more way into the same service: identities created through it are those of the
    /// built-in versions, and the other way round.
    @Test func renamedAndBuiltInVersionsShareIdentities() async throws {
        try await Self.withRenamedVersion { emulator, renamed in
            let viaRenamed = try await renamed.createIdentityID(#"{"customId":"shared@contoso.com"}"#)
            let viaPreview = try await renamed.withAPIVersion("2025-03-02-preview").createIdentityID(#"{"customId":"shared@contoso.com"}"#)
            #expect(viaRenamed == viaPreview, "the same customId maps to the same identity in every version that has customId")

            let viaStable = try await renamed.withAPIVersion("2023-10-01").createIdentityID()
            let fetched = try await renamed.get(IdentityPaths.identity(viaStable))
            #expect(fetched.status == 200, "\(fetched)")
            #expect(try fetched.json()["id"]?.stringValue == viaStable)
            #expect(await emulator.store.identityCount == 2)
            #expect(fetched.header("api-supported-versions") == "2022-10-01, 2023-08-01, 2023-10-01, 2025-03-02-preview, 2030-01-01")
        }
    }

    /// A renamed version's errors are the known operations' errors, in the service's words.
    @Test func renamedIssueValidatesLikeTheKnownOperation() async throws {
        try await Self.withRenamedVersion { _, renamed in
            let id = try await renamed.createIdentityID("{}")
            let refused = try await renamed.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["chat"],"expiresInMinutes":5}"#)
            #expect(refused.status == 400)
            #expect(refused.error?["target"]?.stringValue == "ExpiresInMinutes")
        }
    }

    /// The description declares the create body required: a create without one is refused before it runs.
    @Test func requiredCreateBodyIsRequired() async throws {
        try await Self.withRenamedVersion { emulator, renamed in
            let refused = try await renamed.post(IdentityPaths.identities)
            #expect(refused.status == 400, "\(refused)")
            #expect(refused.error?["message"]?.stringValue == "A non-empty request body is required.")
            #expect(await emulator.store.identityCount == 0)
        }
    }
}
