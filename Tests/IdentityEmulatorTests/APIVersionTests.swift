import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// `api-version` is required and checked, with ASP.NET API versioning's errors.
@Suite struct APIVersionTests {
    static let key = EmulatorConfiguration.defaultAccessKey

    @Test func missingAPIVersionIs400() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let reply = try await RawHTTP.signed("POST", "/identities", to: emulator.endpoint, accessKey: Self.key)
            #expect(reply.status == 400)
            #expect(reply.text == #"{"error":{"code":"ApiVersionUnspecified","message":"An API version is required, but was not specified."}}"#)
        }
    }

    @Test func unknownAPIVersionIs400() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let client = try CommunicationIdentityClient(
                connectionString: emulator.connectionString, options: ClientOptions(apiVersion: "2099-01-01"))
            let error = try await EmulatorHarness.serviceError { _ = try await client.communicationIdentity.create() }
            #expect(error.statusCode == 400)
            #expect(error.code == "UnsupportedApiVersion")
            #expect(error.message == "The HTTP resource that matches the request URI '\(emulator.endpoint.absoluteString)/identities' does not support the API version '2099-01-01'.")
        }
    }

    @Test func stableVersionsServeIdentitiesButNotAccessOperations() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let client = try CommunicationIdentityClient(
                connectionString: emulator.connectionString, options: ClientOptions(apiVersion: "2023-10-01"))
            _ = try await client.communicationIdentity.create(body: .init(createTokenWithScopes: [.chat]))
            let error = try await EmulatorHarness.serviceError { for try await _ in try client.entraIdAssignments.list() {} }
            #expect(error.statusCode == 400)
            #expect(error.code == "UnsupportedApiVersion")
        }
    }

    @Test func unknownPathIs404InTheACSShape() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let reply = try await RawHTTP.signed("GET", "/nothing-here?api-version=2025-03-02-preview", to: emulator.endpoint, accessKey: Self.key)
            #expect(reply.status == 404)
            #expect((reply.json?["error"] as? NSDictionary)?["code"] as? String == "NotFound")
            let action = try await RawHTTP.signed(
                "POST", "/identities/x/:explode?api-version=2025-03-02-preview", to: emulator.endpoint, accessKey: Self.key)
            #expect(action.status == 404)
        }
    }
}
