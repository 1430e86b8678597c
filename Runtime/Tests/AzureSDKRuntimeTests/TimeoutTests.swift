import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("Timeouts")
struct TimeoutTests {
    @Test("a slow try is cut off by perTryTimeout and retried")
    func perTryTimeoutRetries() async throws {
        let transport = SlowFirstTransport(firstDelay: .seconds(30))
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(perTryTimeout: .milliseconds(100)))
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            let response = try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
            #expect(response.status == 200)
        }
        #expect(transport.attempts == 2)
        #expect(elapsed < .seconds(15))  // the slow try takes 30 s; loaded CI machines need slack
    }

    @Test("a POST that times out is not retried")
    func perTryTimeoutPost() async throws {
        let transport = SlowFirstTransport(firstDelay: .seconds(30))
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(perTryTimeout: .milliseconds(100)))
        let error = await #expect(throws: PipelineTimeoutError.self) {
            try await pipeline.send(PipelineRequest(method: .post, path: "/x"), expecting: [200])
        }
        #expect(error?.kind == .perTry)
        #expect(transport.attempts == 1)
    }

    @Test("overallTimeout bounds the call including retry delays")
    func overallTimeout() async throws {
        let transport = StubTransport([StubResponse(status: 503, headers: ["Retry-After": "30"])])
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(overallTimeout: .milliseconds(200)), sleeper: nil)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: PipelineTimeoutError.self) {
            try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
        }
        #expect(error?.kind == .overall)
        // Retry-After asks for 30 s; ending well before proves the overall timeout. The slack is for
        // loaded 2-core machines where other suites' blocking process tests hold pool threads.
        #expect(clock.now - start < .seconds(20))
    }
}

/// Hangs (until cancelled) on the first try, answers 200 afterwards.
final class SlowFirstTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let firstDelay: Duration

    init(firstDelay: Duration) { self.firstDelay = firstDelay }

    var attempts: Int { lock.withLock { count } }

    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let number = lock.withLock {
            count += 1
            return count
        }
        if number == 1 { try await Task.sleep(for: firstDelay) }
        return (HTTPResponse(status: .ok), Data())
    }
}
