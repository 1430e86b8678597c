import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// The three token exchanges, authorized with fake Entra ID tokens.
@Suite struct TokenExchangeTests {
    static let tenant = "1fd1833a-1504-4da2-bc65-1d3b12b52abe"
    static let app = "5595ac27-2aaa-4d7b-a912-9c00b6ebc024"

    /// A client that authenticates as `principal` with a bearer token.
    static func bearerClient(_ emulator: RunningEmulator, as principal: FakeEntraToken) -> WireClient {
        WireClient(endpoint: emulator.endpoint, credential: BearerTokenCredential(credential: principal))
    }

    @Test func teamsExtensionExchangeNeedsAnAssignment() async throws {
        try await EmulatorHarness.withEmulator({ $0.bearerTokens = .anyJWT }) { emulator, admin in
            let user = UUID().uuidString.lowercased()
            let phone = Self.bearerClient(emulator, as: FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: Self.app))
            let forbidden = try await phone.post(IdentityPaths.teamsPhoneExchange, json: "{}")
            #expect(forbidden.status == 403)

            let assigned = try await admin.put(
                IdentityPaths.teamsPhoneAssignment(tenantId: Self.tenant, objectId: user),
                json: #"{"principalType":"user","clientIds":["\#(Self.app)"]}"#)
            #expect(assigned.status == 201, "\(assigned)")
            let exchanged = try await phone.post(IdentityPaths.teamsPhoneExchange, json: "{}")
            #expect(exchanged.status == 200, "\(exchanged)")
            let result = try exchanged.json()
            let id = try #require(result["identity"]?["id"]?.stringValue)
            #expect(id == "8:acs:\(EmulatorConfiguration.defaultResourceID)_\(Self.tenant)_\(user)")
            let token = try #require(result["accessToken"]?["token"]?.stringValue)
            #expect(await emulator.store.isTokenValid(token))
            let expiresOn = try #require(result["accessToken"]?["expiresOn"]?.dateValue)
            #expect(abs(expiresOn.timeIntervalSinceNow - 3600) < 60)
            let identity = try await admin.get(IdentityPaths.identity(id))
            #expect(try identity.json()["lastTokenIssuedAt"]?.dateValue != nil)
        }
    }

    @Test func entraExchangeThroughUserGroupOrTenantAssignment() async throws {
        try await EmulatorHarness.withEmulator({ $0.bearerTokens = .anyJWT }) { emulator, admin in
            let user = UUID().uuidString.lowercased()
            let group = UUID().uuidString.lowercased()
            let principal = FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: Self.app, groups: [group])
            let entra = Self.bearerClient(emulator, as: principal)
            let forbidden = try await entra.post(IdentityPaths.entraExchange, json: "{}")
            #expect(forbidden.status == 403)

            let assigned = try await admin.put(
                IdentityPaths.entraAssignment(group),
                json: #"{"tenantId":"\#(Self.tenant)","principalType":"group","clientIds":["\#(Self.app)"]}"#)
            #expect(assigned.status == 201, "\(assigned)")
            let exchanged = try await entra.post(IdentityPaths.entraExchange, json: "{}")
            #expect(exchanged.status == 200, "\(exchanged)")
            let result = try exchanged.json()
            #expect(result["identity"]?["id"]?.stringValue == "8:acs:\(EmulatorConfiguration.defaultResourceID)_wf_\(Self.tenant)_\(user)")
            #expect(result["accessToken"]?["token"]?.stringValue != nil)

            let otherApp = Self.bearerClient(
                emulator, as: FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: UUID().uuidString, groups: [group]))
            let wrongApp = try await otherApp.post(IdentityPaths.entraExchange, json: "{}")
            #expect(wrongApp.status == 403)
        }
    }

    @Test func exchangesRefuseAccessKeyRequestsAndBearerTokensWhenNotConfigured() async throws {
        try await EmulatorHarness.withEmulator { emulator, admin in
            let hmac = try await admin.post(IdentityPaths.entraExchange, json: "{}")
            #expect(hmac.status == 401)
            let bearer = Self.bearerClient(emulator, as: FakeEntraToken(tenantId: Self.tenant, objectId: UUID().uuidString, appId: Self.app))
            let refused = try await bearer.post(IdentityPaths.identities)
            #expect(refused.status == 401)
            #expect(refused.error?["code"]?.stringValue == "InvalidAccessToken")
        }
    }

    @Test func teamsUserExchangeChecksAppIdAndUserId() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let user = UUID().uuidString.lowercased()
            let expiresOn = Date().addingTimeInterval(1800)
            let teamsToken = FakeEntraToken(tenantId: Self.tenant, objectId: user, appId: Self.app, expiresOn: expiresOn).jwt
            let exchanged = try await wire.post(
                IdentityPaths.teamsUserExchange, json: #"{"token":"\#(teamsToken)","appId":"\#(Self.app)","userId":"\#(user)"}"#)
            #expect(exchanged.status == 200, "\(exchanged)")
            let exchangedExpiresOn = try #require(try exchanged.json()["expiresOn"]?.dateValue)
            #expect(abs(exchangedExpiresOn.timeIntervalSince(expiresOn)) < 1)
            let token = try #require(try exchanged.json()["token"]?.stringValue)
            #expect(await emulator.store.isTokenValid(token))

            let wrongUser = try await wire.post(
                IdentityPaths.teamsUserExchange,
                json: #"{"token":"\#(teamsToken)","appId":"\#(Self.app)","userId":"\#(UUID().uuidString)"}"#)
            #expect(wrongUser.status == 400)
            #expect(wrongUser.error?["target"]?.stringValue == "UserId")
            let garbage = try await wire.post(
                IdentityPaths.teamsUserExchange, json: #"{"token":"not-a-jwt","appId":"\#(Self.app)","userId":"\#(user)"}"#)
            #expect(garbage.status == 401)
        }
    }
}
