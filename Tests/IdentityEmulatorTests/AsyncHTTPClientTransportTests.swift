import AzureSDKRuntime
import AzureSDKRuntimeAsyncHTTPClient
import Foundation
import IdentityEmulator
import Testing

/// The opt-in AsyncHTTPClient transport under the runtime's pipeline, over a real socket against the emulator.
@Suite("AsyncHTTPClient transport")
struct AsyncHTTPClientTransportTests {
    static let options = ClientOptions(transport: AsyncHTTPClientTransport(), retry: EmulatorHarness.fastRetries)

    @Test("signed calls, errors, paging and retries work through AsyncHTTPClient")
    func endToEnd() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 1, retryAfter: .zero) }, options: Self.options) { _, wire in
            // The first request meets an injected 503 and is retried.
            let created = try await wire.createIdentity(#"{"customId":"ahc@example.com","createTokenWithScopes":["chat"],"expiresInMinutes":60}"#)
            #expect(created["accessToken"]?["token"]?.stringValue != nil)
            let id = try #require(created["identity"]?["id"]?.stringValue)
            let fetched = try await wire.get(IdentityPaths.identity(id))
            #expect(fetched.status == 200)
            #expect(try fetched.json()["customId"]?.stringValue == "ahc@example.com")
            let deleted = try await wire.delete(IdentityPaths.identity(id))
            #expect(deleted.status == 204)
            let gone = try await wire.get(IdentityPaths.identity(id))
            #expect(gone.status == 404)
            let listed = try await wire.get(IdentityPaths.entraAssignments)
            #expect(listed.status == 200)
            #expect(try listed.json()["value"]?.arrayValue == [])
            #expect(try listed.json()["nextLink"] == nil)
        }
    }

    @Test("a wrong key is refused with 401 through AsyncHTTPClient too")
    func wrongKey() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let wire = WireClient(
                endpoint: emulator.endpoint, credential: try AccessKeyCredential(accessKey: Data(repeating: 7, count: 32).base64EncodedString()),
                options: Self.options)
            let reply = try await wire.post(IdentityPaths.identities)
            #expect(reply.status == 401)
            #expect(reply.error?["code"]?.stringValue == "InvalidAccessToken")
        }
    }

    @Test("a body past maxResponseBytes is refused with ResponseTooLargeError, through either transport", arguments: [true, false])
    func responseLimit(asyncHTTPClient: Bool) async throws {
        let transport: any HTTPTransport = asyncHTTPClient
            ? AsyncHTTPClientTransport(maxResponseBytes: 16) : URLSessionTransport(maxResponseBytes: 16)
        try await EmulatorHarness.withEmulator(options: ClientOptions(transport: transport, retry: EmulatorHarness.fastRetries)) { _, wire in
            do {
                let reply = try await wire.post(IdentityPaths.identities)
                Issue.record("a response over 16 bytes was accepted: \(reply)")
            } catch let error as ResponseTooLargeError {
                #expect(error.limit == 16)
            }
        }
    }
}
