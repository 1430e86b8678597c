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

        let (id, revokedToken) = try await EmulatorHarness.withEmulator({ $0.stateFile = file }) { _, wire in
            let created = try await wire.createIdentity(#"{"customId":"persisted","createTokenWithScopes":["chat"]}"#)
            let id = try #require(created["identity"]?["id"]?.stringValue)
            let token = try #require(created["accessToken"]?["token"]?.stringValue)
            let revoked = try await wire.post(IdentityPaths.revokeAccessTokens(id))
            #expect(revoked.status == 204)
            let assigned = try await wire.put(
                IdentityPaths.entraAssignment(object),
                json: #"{"tenantId":"\#(UUID().uuidString)","principalType":"user","clientIds":[]}"#)
            #expect(assigned.status == 201, "\(assigned)")
            return (id, token)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) is [String: Any])

        try await EmulatorHarness.withEmulator({ $0.stateFile = file }) { emulator, wire in
            let identity = try await wire.get(IdentityPaths.identity(id))
            #expect(identity.status == 200, "\(identity)")
            #expect(try identity.json()["customId"]?.stringValue == "persisted")
            #expect(try identity.json()["lastTokenIssuedAt"]?.dateValue != nil)
            let again = try await wire.createIdentityID(#"{"customId":"persisted"}"#)
            #expect(again == id)
            let assignment = try await wire.get(IdentityPaths.entraAssignment(object))
            #expect(try assignment.json()["objectId"]?.stringValue == object)
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
