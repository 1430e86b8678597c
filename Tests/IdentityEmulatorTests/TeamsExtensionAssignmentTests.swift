import AzureSDKRuntime
import Foundation
import Testing

/// Teams Phone access assignments (`/access/teamsExtension/...`) on the wire.
@Suite struct TeamsExtensionAssignmentTests {
    @Test func upsertCreatesThenReplacesThenGetAndDelete() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let tenant = UUID().uuidString.lowercased()
            let object = UUID().uuidString.lowercased()
            let app = UUID().uuidString.lowercased()
            let path = IdentityPaths.teamsPhoneAssignment(tenantId: tenant, objectId: object)
            let created = try await wire.put(path, json: #"{"principalType":"resourceAccount","clientIds":["\#(app)"]}"#)
            #expect(created.status == 201, "\(created)")
            #expect(try created.json() == JSONValue(parsing: #"{"objectId":"\#(object)","tenantId":"\#(tenant)","principalType":"resourceAccount","clientIds":["\#(app)"]}"#))

            let replaced = try await wire.put(path, json: #"{"principalType":"user"}"#)
            #expect(replaced.status == 200, "\(replaced)")
            #expect(try replaced.json()["principalType"]?.stringValue == "user")
            #expect(try replaced.json()["clientIds"] == nil)

            let fetched = try await wire.get(path)
            #expect(fetched.status == 200)
            #expect(try fetched.json() == replaced.json())

            let deleted = try await wire.delete(path)
            #expect(deleted.status == 204)
            let gone = try await wire.get(path)
            #expect(gone.status == 404)
            #expect(gone.error?["code"]?.stringValue == "AssignmentNotFound")
        }
    }

    @Test func upsertAnswers201WhenCreatedAnd200WhenReplaced() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let path = IdentityPaths.teamsPhoneAssignment(tenantId: UUID().uuidString, objectId: UUID().uuidString)
            let first = try await wire.put(path, json: #"{"principalType":"user"}"#)
            let second = try await wire.put(path, json: #"{"principalType":"user"}"#)
            #expect(first.status == 201)
            #expect(second.status == 200)
        }
    }

    @Test func nonGUIDClientIdIs400() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let path = IdentityPaths.teamsPhoneAssignment(tenantId: UUID().uuidString, objectId: UUID().uuidString)
            let refused = try await wire.put(path, json: #"{"principalType":"user","clientIds":["not-a-guid"]}"#)
            #expect(refused.status == 400)
            #expect(refused.error?["message"]?.stringValue == "ClientIds contains an invalid value: it must be a GUID.")
            #expect(refused.error?["target"]?.stringValue == "ClientIds")
        }
    }
}
