import AzureCommunicationIdentity
import AzureSDKRuntime
import AzureSDKRuntimeAsyncHTTPClient
import Foundation
import IdentityEmulator
import Testing

/// The opt-in AsyncHTTPClient transport, over a real socket against the emulator.
@Suite("AsyncHTTPClient transport")
struct AsyncHTTPClientTransportTests {
    static let options = ClientOptions(transport: AsyncHTTPClientTransport(), retry: EmulatorHarness.fastRetries)

    @Test("signed calls, errors, paging and retries work through AsyncHTTPClient")
    func endToEnd() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 1, retryAfter: .zero) }, options: Self.options) { emulator, client in
            // The first request meets an injected 503 and is retried.
            let created = try await client.communicationIdentity.create(
                body: CommunicationIdentityCreateRequest(customId: "ahc@example.com", createTokenWithScopes: [.chat], expiresInMinutes: 60))
            #expect(created.accessToken != nil)
            let fetched = try await client.communicationIdentity.get(id: created.identity.id)
            #expect(fetched.customId == "ahc@example.com")
            try await client.communicationIdentity.delete(id: created.identity.id)
            let error = try await EmulatorHarness.serviceError { _ = try await client.communicationIdentity.get(id: created.identity.id) }
            #expect(error.statusCode == 404)
            var listed: [EntraAssignment] = []
            for try await assignment in try client.entraIdAssignments.list() { listed.append(assignment) }
            #expect(listed.isEmpty)
        }
    }

    @Test("a wrong key is refused with 401 through AsyncHTTPClient too")
    func wrongKey() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let client = CommunicationIdentityClient(
                endpoint: emulator.endpoint, credential: try AccessKeyCredential(accessKey: Data(repeating: 7, count: 32).base64EncodedString()),
                options: Self.options)
            let error = try await EmulatorHarness.serviceError { _ = try await client.communicationIdentity.create() }
            #expect(error.statusCode == 401)
            #expect(error.code == "InvalidAccessToken")
        }
    }

    @Test("a body past maxResponseBytes is refused with ResponseTooLargeError, through either transport", arguments: [true, false])
    func responseLimit(asyncHTTPClient: Bool) async throws {
        let transport: any HTTPTransport = asyncHTTPClient
            ? AsyncHTTPClientTransport(maxResponseBytes: 16) : URLSessionTransport(maxResponseBytes: 16)
        try await EmulatorHarness.withEmulator(options: ClientOptions(transport: transport, retry: EmulatorHarness.fastRetries)) { _, client in
            do {
                _ = try await client.communicationIdentity.create()
                Issue.record("a response over 16 bytes was accepted")
            } catch let error as ResponseTooLargeError {
                #expect(error.limit == 16)
            }
        }
    }
}
