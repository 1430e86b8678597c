import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// Injected faults, and the runtime pipeline's retries against them over a real socket.
@Suite struct FaultInjectionTests {
    @Test func pipelineRetriesThroughInjected503s() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 2, retryAfter: .zero) }) { emulator, wire in
            let id = try await wire.createIdentityID()
            #expect(await emulator.store.identity(id: id) != nil)
        }
    }

    @Test func tooManyInjected503sReachTheCaller() async throws {
        let options = ClientOptions(retry: RetryOptions(maxRetries: 1, baseDelay: .milliseconds(5), maxDelay: .milliseconds(10)))
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 5, retryAfter: .zero) }, options: options) { emulator, wire in
            let reply = try await wire.post(IdentityPaths.identities)
            #expect(reply.status == 503)
            #expect(reply.error?["code"]?.stringValue == "ServiceUnavailable")
            #expect(await emulator.store.identityCount == 0)
        }
    }

    @Test func unavailableAnswersAskClientsToWait() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(failFirst: 1, retryAfter: .milliseconds(1500)) }) { emulator, _ in
            let noRetries = WireClient(endpoint: emulator.endpoint, credential: Unsigned(), options: ClientOptions(retry: RetryOptions(maxRetries: 0)))
            let reply = try await noRetries.get(IdentityPaths.identity("x"))
            #expect(reply.status == 503)
            #expect(reply.header("Retry-After") == "2")
            #expect(reply.header("retry-after-ms") == "1500")
        }
    }

    @Test func pipelineRetriesADroppedConnection() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(dropFirst: 1) }) { emulator, wire in
            let id = "8:acs:\(EmulatorConfiguration.defaultResourceID)_\(UUID().uuidString.lowercased())"
            try await emulator.store.addIdentity(IdentityRecord(id: id))
            // GET is idempotent, so the pipeline retries the transport error.
            let fetched = try await wire.get(IdentityPaths.identity(id))
            #expect(fetched.status == 200, "\(fetched)")
            #expect(try fetched.json()["id"]?.stringValue == id)
        }
    }

    @Test func droppedConnectionsGetNoAnswerAtAll() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(dropFirst: 1) }) { emulator, _ in
            let noRetries = WireClient(endpoint: emulator.endpoint, credential: Unsigned(), options: ClientOptions(retry: RetryOptions(maxRetries: 0)))
            await #expect(throws: (any Error).self) {
                _ = try await noRetries.get(IdentityPaths.identity("x"))
            }
            let second = try await noRetries.get(IdentityPaths.identity("x"))
            #expect(second.status == 401)
        }
    }

    @Test func latencyDelaysEveryAnswer() async throws {
        try await EmulatorHarness.withEmulator({ $0.faults = FaultInjection(latency: .milliseconds(150)) }) { _, wire in
            let started = ContinuousClock.now
            let reply = try await wire.post(IdentityPaths.identities)
            #expect(reply.status == 201)
            #expect(ContinuousClock.now - started >= .milliseconds(150))
        }
    }
}
