import Foundation
import IdentityEmulator
import Testing

/// `api-version` is required and checked, with ASP.NET API versioning's errors.
@Suite struct APIVersionTests {
    @Test func missingAPIVersionIs400() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let reply = try await wire.withAPIVersion(nil).post(IdentityPaths.identities)
            #expect(reply.status == 400)
            #expect(reply.text == #"{"error":{"code":"ApiVersionUnspecified","message":"An API version is required, but was not specified."}}"#)
        }
    }

    @Test func unknownAPIVersionIs400() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let reply = try await wire.withAPIVersion("2099-01-01").post(IdentityPaths.identities)
            #expect(reply.status == 400)
            #expect(reply.error?["code"]?.stringValue == "UnsupportedApiVersion")
            #expect(reply.error?["message"]?.stringValue == "The HTTP resource that matches the request URI '\(emulator.endpoint.absoluteString)/identities' does not support the API version '2099-01-01'.")
        }
    }

    @Test func stableVersionsServeIdentitiesButNotAccessOperations() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let stable = wire.withAPIVersion("2023-10-01")
            let created = try await stable.post(IdentityPaths.identities, json: #"{"createTokenWithScopes":["chat"]}"#)
            #expect(created.status == 201, "\(created)")
            let listed = try await stable.get(IdentityPaths.entraAssignments)
            #expect(listed.status == 400)
            #expect(listed.error?["code"]?.stringValue == "UnsupportedApiVersion")
        }
    }

    @Test func unknownPathIs404InTheACSShape() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let reply = try await wire.get("/nothing-here")
            #expect(reply.status == 404)
            #expect(reply.error?["code"]?.stringValue == "NotFound")
            let action = try await wire.post("/identities/x/:explode")
            #expect(action.status == 404)
        }
    }
}
