import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// The example in README.md ("Using the SDK"), run against the emulator so the documentation stays true.
@Suite("README example")
struct ReadmeExampleTests {
    @Test("create, issue, revoke, delete, list, and a ServiceError, as the README shows")
    func readmeExample() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let client = try CommunicationIdentityClient(connectionString: emulator.connectionString)

            let created = try await client.communicationIdentity.create(
                body: CommunicationIdentityCreateRequest(createTokenWithScopes: [.chat], expiresInMinutes: 60))
            #expect(created.accessToken?.expiresOn != nil)

            let token = try await client.communicationIdentity.issueAccessToken(
                id: created.identity.id, body: CommunicationIdentityAccessTokenRequest(scopes: [.voip]))
            #expect(!token.token.isEmpty)
            try await client.communicationIdentity.revokeAccessTokens(id: created.identity.id)
            try await client.communicationIdentity.delete(id: created.identity.id)

            var count = 0
            for try await assignment in try client.entraIdAssignments.list() {
                _ = (assignment.objectId, assignment.principalType)
                count += 1
            }
            #expect(count == 0)

            do {
                _ = try await client.communicationIdentity.get(id: "8:acs:unknown")
                Issue.record("expected a ServiceError")
            } catch let error as ServiceError {
                #expect(error.statusCode == 404)
            }
        }
    }
}
