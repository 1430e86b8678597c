import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// The three token exchanges, authorized with fake Entra ID tokens.
@Suite struct TokenExchangeTests {
    static let tenant = "1fd1833a-1504-4da2-bc65-1d3b12b52abe"
    static let app = "5595ac27-2aaa-4d7b-a912-9c00b6ebc024"

    /// A client that authenticates as `principal` with a bearer token.
    static func bearerClient(_ emulator: RunningEmulator, as principal: FakeEntraToken) -> CommunicationIdentityClient {
        CommunicationIdentityClient(
            endpoint: emulator.endpoint, credential: BearerTokenCredential(credential: principal),
            options: ClientOptions(retry: EmulatorHarness.fastRetries))
    }

    @Test func teamsExtensionExchangeNeedsAnAssignment() async throws {
        try await EmulatorHarness.withEmulator({ $0.bearerTokens = .anyJWT }) { emulator, admin in
            let user = UUID().uuidString.lowercased()
            let phone = Self.bearerClient(emulator, as: FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: Self.app))
            let forbidden = try await EmulatorHarness.serviceError { _ = try await phone.teamsExtensionToken.exchange(body: .init()) }
            #expect(forbidden.statusCode == 403)

            _ = try await admin.teamsExtensionAssignment.upsert(
                tenantId: Self.tenant, objectId: user, body: .init(principalType: .user, clientIds: [Self.app]))
            let result = try await phone.teamsExtensionToken.exchange(body: .init())
            #expect(result.identity.id == "8:acs:\(EmulatorConfiguration.defaultResourceID)_\(Self.tenant)_\(user)")
            let token = try #require(result.accessToken)
            #expect(await emulator.store.isTokenValid(token.token))
            #expect(abs(token.expiresOn.timeIntervalSinceNow - 3600) < 60)
            #expect(try await admin.communicationIdentity.get(id: result.identity.id).lastTokenIssuedAt != nil)
        }
    }

    @Test func entraExchangeThroughUserGroupOrTenantAssignment() async throws {
        try await EmulatorHarness.withEmulator({ $0.bearerTokens = .anyJWT }) { emulator, admin in
            let user = UUID().uuidString.lowercased()
            let group = UUID().uuidString.lowercased()
            let principal = FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: Self.app, groups: [group])
            let entra = Self.bearerClient(emulator, as: principal)
            let forbidden = try await EmulatorHarness.serviceError { _ = try await entra.entraIdToken.exchange(body: .init()) }
            #expect(forbidden.statusCode == 403)

            _ = try await admin.entraIdAssignment.upsert(
                objectId: group, body: .init(tenantId: Self.tenant, principalType: .group, clientIds: [Self.app]))
            let result = try await entra.entraIdToken.exchange(body: .init())
            #expect(result.identity.id == "8:acs:\(EmulatorConfiguration.defaultResourceID)_wf_\(Self.tenant)_\(user)")
            #expect(result.accessToken != nil)

            let otherApp = Self.bearerClient(
                emulator, as: FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: UUID().uuidString, groups: [group]))
            let wrongApp = try await EmulatorHarness.serviceError { _ = try await otherApp.entraIdToken.exchange(body: .init()) }
            #expect(wrongApp.statusCode == 403)
        }
    }

    @Test func exchangesRefuseAccessKeyRequestsAndBearerTokensWhenNotConfigured() async throws {
        try await EmulatorHarness.withEmulator { emulator, admin in
            let hmac = try await EmulatorHarness.serviceError { _ = try await admin.entraIdToken.exchange(body: .init()) }
            #expect(hmac.statusCode == 401)
            let bearer = Self.bearerClient(emulator, as: FakeEntraToken(tenantId: Self.tenant, objectId: UUID().uuidString, appId: Self.app))
            let refused = try await EmulatorHarness.serviceError { _ = try await bearer.communicationIdentity.create() }
            #expect(refused.statusCode == 401)
            #expect(refused.code == "InvalidAccessToken")
        }
    }

    @Test func teamsUserExchangeChecksAppIdAndUserId() async throws {
        try await EmulatorHarness.withEmulator { emulator, client in
            let user = UUID().uuidString.lowercased()
            let expiresOn = Date().addingTimeInterval(1800)
            let teamsToken = FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: Self.app, expiresOn: expiresOn).jwt
            let token = try await client.communicationIdentity.exchangeTeamsUserAccessToken(
                body: .init(token: teamsToken, appId: Self.app, userId: user))
            #expect(abs(token.expiresOn.timeIntervalSince(expiresOn)) < 1)
            #expect(await emulator.store.isTokenValid(token.token))

            let wrongUser = try await EmulatorHarness.serviceError {
                _ = try await client.communicationIdentity.exchangeTeamsUserAccessToken(
                    body: .init(token: teamsToken, appId: Self.app, userId: UUID().uuidString))
            }
            #expect(wrongUser.statusCode == 400)
            #expect(wrongUser.target == "UserId")
            let garbage = try await EmulatorHarness.serviceError {
                _ = try await client.communicationIdentity.exchangeTeamsUserAccessToken(
                    body: .init(token: "not-a-jwt", appId: Self.app, userId: user))
            }
            #expect(garbage.statusCode == 401)
        }
    }
}
