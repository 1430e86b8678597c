@_spi(Generated) import AzureSDKRuntime
import Foundation
import Testing

/// Servers that stall or drop the connection: each call must end with a typed error,
/// quickly, and with as many tries as the retry options allow and no more.
@Suite("Hostile server: stalls and resets")
struct HostileConnectionTests {
    static let head = Data("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"tok".utf8)

    @Test("a server that stalls gives PipelineTimeoutError(.perTry) quickly", arguments: [
        [ServerStep.readRequest, .sleep(.seconds(30))],
        [ServerStep.readRequest, .send(head), .sleep(.seconds(30))],
        [ServerStep.sleep(.seconds(30))],
    ])
    func stall(steps: [ServerStep]) async throws {
        let server = try LoopbackServer(steps: steps)
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .milliseconds(300), overall: .seconds(10))
        let outcome = await Hostile.outcome {
            _ = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
        }
        let error = try #require(outcome.error as? PipelineTimeoutError, "got \(String(describing: outcome.error))")
        #expect(error.kind == .perTry)
        #expect(outcome.elapsed < Hostile.bound)
        #expect(server.connectionCount == 1)
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
    }

    @Test("retries of a stalling server stop at the overall timeout")
    func stallWithRetries() async throws {
        let server = try LoopbackServer(steps: [.readRequest, .send(Self.head), .sleep(.seconds(30))])
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .milliseconds(300), overall: .milliseconds(800), retries: 10)
        let outcome = await Hostile.outcome {
            _ = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
        }
        let error = try #require(outcome.error as? PipelineTimeoutError, "got \(String(describing: outcome.error))")
        #expect(error.kind == .overall)
        #expect(outcome.elapsed < Hostile.bound)
        // How many tries fit before the deadline depends on the jittered backoff; what matters is the bound.
        #expect((1...4).contains(server.connectionCount))
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
    }

    @Test("a connection reset gives a transport error, retried exactly maxRetries times", arguments: [0, 2])
    func reset(retries: Int) async throws {
        let server = try LoopbackServer(steps: [.readRequest, .reset])
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .seconds(2), overall: .seconds(5), retries: retries)
        let outcome = await Hostile.outcome {
            _ = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
        }
        let error = try #require(outcome.error)
        #expect(!(error is ServiceError) && !(error is PipelineTimeoutError), "got \(error)")
        #expect(outcome.elapsed < Hostile.bound)
        #expect(server.requestHeads.count == retries + 1)
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
    }

    @Test("a reset mid-body or before the request is read is a transport error too", arguments: [
        [ServerStep.readRequest, .send(head), .reset],
        [ServerStep.reset],
    ])
    func resetElsewhere(steps: [ServerStep]) async throws {
        let server = try LoopbackServer(steps: steps)
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .seconds(2), overall: .seconds(5))
        let outcome = await Hostile.outcome {
            _ = try await pipeline.send(PipelineRequest(method: .post, path: "/identities"), expecting: [200])
        }
        let error = try #require(outcome.error)
        #expect(!(error is ServiceError) && !(error is PipelineTimeoutError), "got \(error)")
        #expect(outcome.elapsed < Hostile.bound)
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
    }
}
