import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// A version read from a description has that version's shapes (`Fixtures/Shapes-2030-03-01.yaml` has those of
/// 2022-10-01): a request member it does not declare is ignored, as the service of that version ignores it, and
/// answers carry only what it declares, whatever the emulator keeps for newer versions.
@Suite struct VersionShapeTests {
    static func withOldShapes<T: Sendable>(_ body: (RunningEmulator, WireClient) async throws -> T) async throws -> T {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.shapes] }) { emulator, wire in
            try await body(emulator, wire.withAPIVersion(Fixture.shapesVersion))
        }
    }

    /// Without `customId` in the version's create request, two creates with the same `customId` are two
    /// identities, neither mapped to it; the built-in preview, which has `customId`, maps them to one.
    @Test func customIdIsIgnoredWhereTheVersionDoesNotDeclareIt() async throws {
        try await Self.withOldShapes { emulator, old in
            let first = try await old.createIdentityID(#"{"customId":"same@contoso.com"}"#)
            let second = try await old.createIdentityID(#"{"customId":"same@contoso.com"}"#)
            #expect(first != second)
            #expect(await emulator.store.identityCount == 2)
            #expect(await emulator.store.identity(id: first)?.customId == nil)

            let preview = old.withAPIVersion("2025-03-02-preview")
            let mapped = try await preview.createIdentityID(#"{"customId":"same@contoso.com"}"#)
            #expect(try await preview.createIdentityID(#"{"customId":"same@contoso.com"}"#) == mapped)
            #expect(mapped != first && mapped != second)
            #expect(await emulator.store.identityCount == 3)

            // What reached the operation is the pruned body; the recorded request is the body as sent.
            let recorded = await emulator.recordedExchanges().first
            #expect(recorded.map { String(decoding: $0.requestBody, as: UTF8.self) } == #"{"customId":"same@contoso.com"}"#)
        }
    }

    /// The identity has `lastTokenIssuedAt` once a token is issued, and the built-in preview shows it; this
    /// version's identity is only an id, in the create answer and in get.
    @Test func answersCarryOnlyTheDeclaredProperties() async throws {
        try await Self.withOldShapes { _, old in
            let created = try await old.createIdentity(#"{"createTokenWithScopes":["chat"],"expiresInMinutes":60}"#)
            #expect(created.memberNames == ["identity", "accessToken"])
            #expect(created["identity"]?.memberNames == ["id"])
            #expect(created["accessToken"]?.memberNames == ["token", "expiresOn"])
            let id = try #require(created["identity"]?["id"]?.stringValue)

            let fetched = try await old.get(IdentityPaths.identity(id))
            #expect(fetched.status == 200, "\(fetched)")
            #expect(fetched.text == #"{"id":"\#(id)"}"#)

            let inPreview = try await old.withAPIVersion("2025-03-02-preview").get(IdentityPaths.identity(id))
            #expect(try inPreview.json().memberNames == ["id", "lastTokenIssuedAt"], "the state has it; only the old shape hides it")
        }
    }

    /// Errors are not shaped by the version's schemas: the error answer of a known operation keeps its `target`
    /// even though this fixture's `CommunicationError` does not declare one.
    @Test func errorAnswersKeepTheServiceShape() async throws {
        try await Self.withOldShapes { _, old in
            let id = try await old.createIdentityID()
            let refused = try await old.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["chat"],"expiresInMinutes":30}"#)
            #expect(refused.status == 400)
            #expect(refused.error?["target"]?.stringValue == "ExpiresInMinutes")
        }
    }
}
