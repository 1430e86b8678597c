import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import Testing

/// Teams Phone access assignments through the generated SDK.
@Suite struct TeamsExtensionAssignmentTests {
    @Test func upsertCreatesThenReplacesThenGetAndDelete() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let tenant = UUID().uuidString.lowercased()
            let object = UUID().uuidString.lowercased()
            let app = UUID().uuidString.lowercased()
            let created = try await client.teamsExtensionAssignment.upsert(
                tenantId: tenant, objectId: object, body: .init(principalType: .resourceAccount, clientIds: [app]))
            #expect(created.objectId == object)
            #expect(created.tenantId == tenant)
            #expect(created.clientIds == [app])

            let replaced = try await client.teamsExtensionAssignment.upsert(
                tenantId: tenant, objectId: object, body: .init(principalType: .user))
            #expect(replaced.principalType == .user)
            #expect(replaced.clientIds == nil)

            let fetched = try await client.teamsExtensionAssignment.get(tenantId: tenant, objectId: object)
            #expect(fetched == replaced)

            try await client.teamsExtensionAssignment.delete(tenantId: tenant, objectId: object)
            let error = try await EmulatorHarness.serviceError {
                _ = try await client.teamsExtensionAssignment.get(tenantId: tenant, objectId: object)
            }
            #expect(error.statusCode == 404)
            #expect(error.code == "AssignmentNotFound")
        }
    }

    @Test func upsertAnswers201WhenCreatedAnd200WhenReplaced() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let path = "/access/teamsExtension/tenants/\(UUID().uuidString)/assignments/\(UUID().uuidString)?api-version=2025-03-02-preview"
            let body = Data(#"{"principalType":"user"}"#.utf8)
            let key = EmulatorConfigurationDefaults.key
            let first = try await RawHTTP.signed("PUT", path, to: emulator.endpoint, accessKey: key, body: body, headers: ["Content-Type": "application/json"])
            let second = try await RawHTTP.signed("PUT", path, to: emulator.endpoint, accessKey: key, body: body, headers: ["Content-Type": "application/json"])
            #expect(first.status == 201)
            #expect(second.status == 200)
        }
    }

    @Test func nonGUIDClientIdIs400() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let error = try await EmulatorHarness.serviceError {
                _ = try await client.teamsExtensionAssignment.upsert(
                    tenantId: UUID().uuidString, objectId: UUID().uuidString, body: .init(principalType: .user, clientIds: ["not-a-guid"]))
            }
            #expect(error.statusCode == 400)
            #expect(error.message == "ClientIds contains an invalid value: it must be a GUID.")
            #expect(error.target == "ClientIds")
        }
    }
}
