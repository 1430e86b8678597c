import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import HTTPTypes
import IdentityEmulator
import Testing

/// Injected faults, and the SDK's retries against them over a real socket.
@Suite struct FaultInjectionTests {
    @Test func sdkRetriesThroughInjected503s() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 2, retryAfter: .zero) }) { emulator, client in
            let created = try await client.communicationIdentity.create()
            #expect(await emulator.store.identity(id: created.identity.id) != nil)
        }
    }

    @Test func tooManyInjected503sSurfaceAsServiceError() async throws {
        let options = ClientOptions(retry: RetryOptions(maxRetries: 1, baseDelay: .milliseconds(5), maxDelay: .milliseconds(10)))
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 5, retryAfter: .zero) }, options: options) { emulator, client in
            let error = try await EmulatorHarness.serviceError { _ = try await client.communicationIdentity.create() }
            #expect(error.statusCode == 503)
            #expect(error.code == "ServiceUnavailable")
            #expect(await emulator.store.identityCount == 0)
        }
    }

    @Test func unavailableAnswersAskClientsToWait() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 1, retryAfter: .milliseconds(1500)) }) { emulator, _ in
            let reply = try await RawHTTP.send("GET", "/identities/x?api-version=2025-03-02-preview", to: emulator.endpoint)
            #expect(reply.status == 503)
            #expect(reply.headers[.retryAfter] == "2")
            #expect(reply.headers[HTTPField.Name("retry-after-ms")!] == "1500")
        }
    }

    @Test func sdkRetriesADroppedConnection() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(dropFirst: 1) }) { emulator, client in
            let id = "8:acs:\(EmulatorConfiguration.defaultResourceID)_\(UUID().uuidString.lowercased())"
            try await emulator.store.addIdentity(IdentityRecord(id: id))
            // GET is idempotent, so the SDK retries the transport error.
            let fetched = try await client.communicationIdentity.get(id: id)
            #expect(fetched.id == id)
        }
    }

    @Test func droppedConnectionsGetNoAnswerAtAll() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(dropFirst: 1) }) { emulator, _ in
            await #expect(throws: (any Error).self) {
                _ = try await RawHTTP.send("GET", "/identities/x?api-version=2025-03-02-preview", to: emulator.endpoint)
            }
            let second = try await RawHTTP.send("GET", "/identities/x?api-version=2025-03-02-preview", to: emulator.endpoint)
            #expect(second.status == 401)
        }
    }

    @Test func latencyDelaysEveryAnswer() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(latency: .milliseconds(150)) }) { _, client in
            let started = ContinuousClock.now
            _ = try await client.communicationIdentity.create()
            #expect(ContinuousClock.now - started >= .milliseconds(150))
        }
    }
}
