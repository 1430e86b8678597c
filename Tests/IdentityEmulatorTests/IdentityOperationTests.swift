import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// The identity and token operations, driven through the generated SDK over a real socket.
@Suite struct IdentityOperationTests {
    @Test func createGetIssueRevokeDeleteRoundTrip() async throws {
        try await EmulatorHarness.withEmulator { emulator, client in
            let created = try await client.communicationIdentity.create(
                body: CommunicationIdentityCreateRequest(customId: "alex@fabrikam.com", createTokenWithScopes: [.chat, .voipJoin], expiresInMinutes: 60))
            let id = created.identity.id
            #expect(id.hasPrefix("8:acs:\(EmulatorConfiguration.defaultResourceID)_"))
            #expect(UUID(uuidString: String(id.split(separator: "_").last!)) != nil)
            #expect(created.identity.customId == "alex@fabrikam.com")
            let first = try #require(created.accessToken)
            #expect(abs(first.expiresOn.timeIntervalSinceNow - 3600) < 60)
            #expect(await emulator.store.isTokenValid(first.token))

            let fetched = try await client.communicationIdentity.get(id: id)
            #expect(fetched.id == id)
            #expect(fetched.customId == "alex@fabrikam.com")
            #expect(fetched.lastTokenIssuedAt != nil)

            let second = try await client.communicationIdentity.issueAccessToken(
                id: id, body: CommunicationIdentityAccessTokenRequest(scopes: [.voip], expiresInMinutes: 120))
            #expect(abs(second.expiresOn.timeIntervalSinceNow - 7200) < 60)
            let afterIssue = try await client.communicationIdentity.get(id: id)
            #expect(try #require(afterIssue.lastTokenIssuedAt) >= fetched.lastTokenIssuedAt!)

            try await client.communicationIdentity.revokeAccessTokens(id: id)
            #expect(await emulator.store.isTokenValid(first.token) == false)
            #expect(await emulator.store.isTokenValid(second.token) == false)
            let third = try await client.communicationIdentity.issueAccessToken(
                id: id, body: CommunicationIdentityAccessTokenRequest(scopes: [.chat]))
            #expect(await emulator.store.isTokenValid(third.token))

            try await client.communicationIdentity.delete(id: id)
            let error = try await EmulatorHarness.serviceError { _ = try await client.communicationIdentity.get(id: id) }
            #expect(error.statusCode == 404)
            #expect(error.code == "IdentityNotFound")
            #expect(error.message == "Identity '\(id)' was not found.")
            #expect(await emulator.store.isTokenValid(third.token) == false)
        }
    }

    @Test func createWithoutBodyGivesIdentityWithoutToken() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let created = try await client.communicationIdentity.create()
            #expect(created.accessToken == nil)
            #expect(created.identity.customId == nil)
            #expect(created.identity.lastTokenIssuedAt == nil)
        }
    }

    @Test func sameCustomIdGivesSameIdentity() async throws {
        try await EmulatorHarness.withEmulator { emulator, client in
            let first = try await client.communicationIdentity.create(body: CommunicationIdentityCreateRequest(customId: "same"))
            let second = try await client.communicationIdentity.create(body: CommunicationIdentityCreateRequest(customId: "same"))
            let other = try await client.communicationIdentity.create(body: CommunicationIdentityCreateRequest(customId: "other"))
            #expect(first.identity.id == second.identity.id)
            #expect(first.identity.id != other.identity.id)
            #expect(await emulator.store.identityCount == 2)
        }
    }

    @Test func tokenValidityDefaultsTo1440Minutes() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let created = try await client.communicationIdentity.create(body: CommunicationIdentityCreateRequest(createTokenWithScopes: [.chat]))
            let token = try #require(created.accessToken)
            #expect(abs(token.expiresOn.timeIntervalSinceNow - 1440 * 60) < 60)
        }
    }

    @Test(arguments: [Int32(59), 1441, 0, -5])
    func expiresInMinutesOutsideTheIntervalIs400(minutes: Int32) async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let id = try await client.communicationIdentity.create().identity.id
            let error = try await EmulatorHarness.serviceError {
                _ = try await client.communicationIdentity.issueAccessToken(
                    id: id, body: CommunicationIdentityAccessTokenRequest(scopes: [.chat], expiresInMinutes: minutes))
            }
            #expect(error.statusCode == 400)
            let expected = #"{"error":{"code":"ValidationError","message":"ExpiresInMinutes value \#(minutes) is invalid. Value must be within the [60, 1440] interval.","target":"ExpiresInMinutes"}}"#
            #expect(error.rawBody == expected)
            #expect(error.target == "ExpiresInMinutes")
        }
    }

    @Test func unknownIdentityIs404ForEveryIdentityOperation() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let id = "8:acs:\(EmulatorConfiguration.defaultResourceID)_\(UUID().uuidString.lowercased())"
            let operations: [@Sendable () async throws -> Void] = [
                { _ = try await client.communicationIdentity.get(id: id) },
                { try await client.communicationIdentity.delete(id: id) },
                { try await client.communicationIdentity.revokeAccessTokens(id: id) },
                { _ = try await client.communicationIdentity.issueAccessToken(id: id, body: .init(scopes: [.chat])) },
            ]
            for operation in operations {
                let error = try await EmulatorHarness.serviceError(operation)
                #expect(error.statusCode == 404)
                #expect(error.code == "IdentityNotFound")
            }
        }
    }

    @Test func invalidCustomIdAndScopesAre400() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let long = try await EmulatorHarness.serviceError {
                _ = try await client.communicationIdentity.create(body: .init(customId: String(repeating: "x", count: 257)))
            }
            #expect(long.statusCode == 400)
            #expect(long.message == "CustomId length must not exceed 256 characters.")
            let scope = try await EmulatorHarness.serviceError {
                _ = try await client.communicationIdentity.create(body: .init(createTokenWithScopes: ["teleport"]))
            }
            #expect(scope.statusCode == 400)
            #expect(scope.code == "ValidationError")
            #expect(scope.target == "CreateTokenWithScopes[0]")
        }
    }
}
