import Foundation
import IdentityEmulator
import Testing

/// The identity and token operations, spoken as HTTP over a real socket.
@Suite struct IdentityOperationTests {
    @Test func createGetIssueRevokeDeleteRoundTrip() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let created = try await wire.createIdentity(
                #"{"customId":"alex@fabrikam.com","createTokenWithScopes":["chat","voip.join"],"expiresInMinutes":60}"#)
            let id = try #require(created["identity"]?["id"]?.stringValue)
            #expect(id.hasPrefix("8:acs:\(EmulatorConfiguration.defaultResourceID)_"))
            #expect(UUID(uuidString: String(id.split(separator: "_").last!)) != nil)
            #expect(created["identity"]?["customId"]?.stringValue == "alex@fabrikam.com")
            let first = try #require(created["accessToken"]?["token"]?.stringValue)
            let firstExpiresOn = try #require(created["accessToken"]?["expiresOn"]?.dateValue)
            #expect(abs(firstExpiresOn.timeIntervalSinceNow - 3600) < 60)
            #expect(await emulator.store.isTokenValid(first))

            let fetched = try await wire.get(IdentityPaths.identity(id))
            #expect(fetched.status == 200, "\(fetched)")
            let fetchedBody = try fetched.json()
            #expect(fetchedBody["id"]?.stringValue == id)
            #expect(fetchedBody["customId"]?.stringValue == "alex@fabrikam.com")
            let firstIssuedAt = try #require(fetchedBody["lastTokenIssuedAt"]?.dateValue)

            let issued = try await wire.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["voip"],"expiresInMinutes":120}"#)
            #expect(issued.status == 200, "\(issued)")
            let second = try #require(try issued.json()["token"]?.stringValue)
            let secondExpiresOn = try #require(try issued.json()["expiresOn"]?.dateValue)
            #expect(abs(secondExpiresOn.timeIntervalSinceNow - 7200) < 60)
            let afterIssue = try await wire.get(IdentityPaths.identity(id))
            #expect(try #require(try afterIssue.json()["lastTokenIssuedAt"]?.dateValue) >= firstIssuedAt)

            let revoked = try await wire.post(IdentityPaths.revokeAccessTokens(id))
            #expect(revoked.status == 204)
            #expect(await emulator.store.isTokenValid(first) == false)
            #expect(await emulator.store.isTokenValid(second) == false)
            let reissued = try await wire.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["chat"]}"#)
            #expect(reissued.status == 200, "\(reissued)")
            let third = try #require(try reissued.json()["token"]?.stringValue)
            #expect(await emulator.store.isTokenValid(third))

            let deleted = try await wire.delete(IdentityPaths.identity(id))
            #expect(deleted.status == 204)
            let gone = try await wire.get(IdentityPaths.identity(id))
            #expect(gone.status == 404)
            #expect(gone.error?["code"]?.stringValue == "IdentityNotFound")
            #expect(gone.error?["message"]?.stringValue == "Identity '\(id)' was not found.")
            #expect(await emulator.store.isTokenValid(third) == false)
        }
    }

    @Test func createWithoutBodyGivesIdentityWithoutToken() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let created = try await wire.createIdentity()
            // No accessToken, and an identity with neither customId nor lastTokenIssuedAt: absent, not null.
            #expect(created.memberNames == ["identity"])
            #expect(created["identity"]?.memberNames == ["id"])
        }
    }

    @Test func sameCustomIdGivesSameIdentity() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let first = try await wire.createIdentityID(#"{"customId":"same"}"#)
            let second = try await wire.createIdentityID(#"{"customId":"same"}"#)
            let other = try await wire.createIdentityID(#"{"customId":"other"}"#)
            #expect(first == second)
            #expect(first != other)
            #expect(await emulator.store.identityCount == 2)
        }
    }

    @Test func tokenValidityDefaultsTo1440Minutes() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let created = try await wire.createIdentity(#"{"createTokenWithScopes":["chat"]}"#)
            let expiresOn = try #require(created["accessToken"]?["expiresOn"]?.dateValue)
            #expect(abs(expiresOn.timeIntervalSinceNow - 1440 * 60) < 60)
        }
    }

    @Test(arguments: [59, 1441, 0, -5])
    func expiresInMinutesOutsideTheIntervalIs400(minutes: Int) async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let id = try await wire.createIdentityID()
            let refused = try await wire.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["chat"],"expiresInMinutes":\#(minutes)}"#)
            #expect(refused.status == 400)
            let expected = #"{"error":{"code":"ValidationError","message":"ExpiresInMinutes value \#(minutes) is invalid. Value must be within the [60, 1440] interval.","target":"ExpiresInMinutes"}}"#
            #expect(refused.text == expected)
            #expect(refused.error?["target"]?.stringValue == "ExpiresInMinutes")
        }
    }

    @Test func unknownIdentityIs404ForEveryIdentityOperation() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let id = "8:acs:\(EmulatorConfiguration.defaultResourceID)_\(UUID().uuidString.lowercased())"
            let replies = [
                try await wire.get(IdentityPaths.identity(id)),
                try await wire.delete(IdentityPaths.identity(id)),
                try await wire.post(IdentityPaths.revokeAccessTokens(id)),
                try await wire.post(IdentityPaths.issueAccessToken(id), json: #"{"scopes":["chat"]}"#),
            ]
            for reply in replies {
                #expect(reply.status == 404)
                #expect(reply.error?["code"]?.stringValue == "IdentityNotFound")
            }
        }
    }

    @Test func invalidCustomIdAndScopesAre400() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let long = try await wire.post(IdentityPaths.identities, json: #"{"customId":"\#(String(repeating: "x", count: 257))"}"#)
            #expect(long.status == 400)
            #expect(long.error?["message"]?.stringValue == "CustomId length must not exceed 256 characters.")
            let scope = try await wire.post(IdentityPaths.identities, json: #"{"createTokenWithScopes":["teleport"]}"#)
            #expect(scope.status == 400)
            #expect(scope.error?["code"]?.stringValue == "ValidationError")
            #expect(scope.error?["target"]?.stringValue == "CreateTokenWithScopes[0]")
        }
    }
}
