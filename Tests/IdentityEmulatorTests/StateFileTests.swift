import AzureCommunicationIdentity
import Foundation
import IdentityEmulator
import Testing

/// `--state FILE`: the state survives a restart, and the file is replaced atomically.
@Suite struct StateFileTests {
    @Test func stateSurvivesARestart() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("state.json")
        let object = UUID().uuidString.lowercased()

        let (id, revokedToken) = try await EmulatorHarness.withEmulator({ $0.stateFile = file }) { _, client in
            let created = try await client.communicationIdentity.create(
                body: .init(customId: "persisted", createTokenWithScopes: [.chat]))
            try await client.communicationIdentity.revokeAccessTokens(id: created.identity.id)
            _ = try await client.entraIdAssignment.upsert(
                objectId: object, body: .init(tenantId: UUID().uuidString, principalType: .user, clientIds: []))
            return (created.identity.id, created.accessToken!.token)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) is [String: Any])

        try await EmulatorHarness.withEmulator({ $0.stateFile = file }) { emulator, client in
            let identity = try await client.communicationIdentity.get(id: id)
            #expect(identity.customId == "persisted")
            #expect(identity.lastTokenIssuedAt != nil)
            let again = try await client.communicationIdentity.create(body: .init(customId: "persisted"))
            #expect(again.identity.id == id)
            #expect(try await client.entraIdAssignment.get(objectId: object).objectId == object)
            #expect(await emulator.store.isTokenValid(revokedToken) == false)
        }
    }

    @Test func aCorruptStateFileIsReportedNotOverwritten() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("identity-emulator-\(UUID().uuidString).json")
        try Data("{ not json".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var configuration = EmulatorHarness.configuration()
        configuration.stateFile = file
        #expect(throws: (any Error).self) { try IdentityEmulator(configuration: configuration) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "{ not json")
    }
}
