import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("Pipeline retries")
struct PipelineRetryTests {
    private func get() -> PipelineRequest { PipelineRequest(method: .get, path: "/identities/abc") }

    @Test("retries 503 and then succeeds, with the same request id on every try")
    func retriesThenSucceeds() async throws {
        let transport = StubTransport([.empty(503), .empty(503), .json(200, #"{"id":"abc"}"#)])
        let credential = CountingCredential()
        let sleeper = SleepRecorder()
        let pipeline = TestPipeline.make(transport: transport, credential: credential, sleeper: sleeper)

        let response = try await pipeline.send(get(), expecting: [200])

        #expect(response.status == 200)
        #expect(transport.requests.count == 3)
        #expect(Set(transport.requests.map { $0.header("x-ms-client-request-id") }).count == 1)
        #expect(transport.requests.map { $0.header("Authorization") } == ["Test 1", "Test 2", "Test 3"])
        #expect(credential.calls == 3)
        #expect(sleeper.delays.count == 2)
    }

    @Test("backoff is bounded by baseDelay·2^n and maxDelay")
    func backoffBounds() async throws {
        let transport = StubTransport([.empty(500)])
        let sleeper = SleepRecorder()
        let options = ClientOptions(retry: RetryOptions(maxRetries: 5, baseDelay: .milliseconds(100), maxDelay: .milliseconds(300)))
        let pipeline = TestPipeline.make(transport: transport, options: options, sleeper: sleeper)

        await #expect(throws: ServiceError.self) { try await pipeline.send(get(), expecting: [200]) }

        #expect(transport.requests.count == 6)
        let bounds: [Duration] = [.milliseconds(100), .milliseconds(200), .milliseconds(300), .milliseconds(300), .milliseconds(300)]
        #expect(sleeper.delays.count == 5)
        for (delay, bound) in zip(sleeper.delays, bounds) {
            #expect(delay >= .zero && delay <= bound)
        }
    }

    @Test("does not retry 400", arguments: [400, 401, 403, 404, 409])
    func noRetryOnClientErrors(_ status: Int) async throws {
        let transport = StubTransport([.empty(status), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport)
        let error = await #expect(throws: ServiceError.self) { try await pipeline.send(get(), expecting: [200]) }
        #expect(error?.statusCode == status)
        #expect(transport.requests.count == 1)
    }

    @Test("idempotent methods retry every retryable status", arguments: [408, 429, 500, 502, 503, 504])
    func idempotentRetryableStatuses(_ status: Int) async throws {
        let transport = StubTransport([.empty(status), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport)
        var put = PipelineRequest(method: .put, path: "/x")
        put.setBody(Data("{}".utf8), contentType: "application/json")
        _ = try await pipeline.send(put, expecting: [200])
        #expect(transport.requests.count == 2)
    }

    @Test("POST is not retried on 502 but is retried on 503")
    func postRetryRules() async throws {
        let on502 = StubTransport([.empty(502), .empty(201)])
        await #expect(throws: ServiceError.self) {
            try await TestPipeline.make(transport: on502).send(PipelineRequest(method: .post, path: "/identities"), expecting: [201])
        }
        #expect(on502.requests.count == 1)

        let on503 = StubTransport([.empty(503), .empty(201)])
        let response = try await TestPipeline.make(transport: on503).send(
            PipelineRequest(method: .post, path: "/identities"), expecting: [201])
        #expect(response.status == 201)
        #expect(on503.requests.count == 2)
    }

    @Test("PATCH is retried on 429 only when the server sends Retry-After")
    func patchRetryAfter() async throws {
        let plain = StubTransport([.empty(429), .empty(200)])
        await #expect(throws: ServiceError.self) {
            try await TestPipeline.make(transport: plain).send(PipelineRequest(method: .patch, path: "/x"), expecting: [200])
        }
        #expect(plain.requests.count == 1)

        let withHeader = StubTransport([StubResponse(status: 429, headers: ["Retry-After": "0"]), .empty(200)])
        _ = try await TestPipeline.make(transport: withHeader).send(PipelineRequest(method: .patch, path: "/x"), expecting: [200])
        #expect(withHeader.requests.count == 2)
    }

    @Test(
        "honours Retry-After in seconds, retry-after-ms and x-ms-retry-after-ms",
        arguments: [
            (["Retry-After": "2"], Duration.seconds(2)),
            (["retry-after-ms": "1500"], .milliseconds(1500)),
            (["x-ms-retry-after-ms": "250"], .milliseconds(250)),
            (["Retry-After": "7", "retry-after-ms": "40"], .milliseconds(40)),
        ])
    func retryAfterHeaders(_ headers: [String: String], _ expected: Duration) async throws {
        let transport = StubTransport([StubResponse(status: 429, headers: headers), .empty(200)])
        let sleeper = SleepRecorder()
        _ = try await TestPipeline.make(transport: transport, sleeper: sleeper).send(get(), expecting: [200])
        #expect(sleeper.delays == [expected])
    }

    @Test("honours Retry-After as an HTTP-date")
    func retryAfterHTTPDate() async throws {
        let inTenSeconds = RFC1123Date.string(from: Date().addingTimeInterval(10))
        let transport = StubTransport([StubResponse(status: 503, headers: ["Retry-After": inTenSeconds]), .empty(200)])
        let sleeper = SleepRecorder()
        _ = try await TestPipeline.make(transport: transport, sleeper: sleeper).send(get(), expecting: [200])
        let delay = try #require(sleeper.delays.first)
        #expect(delay > .seconds(8) && delay <= .seconds(10))
    }

    @Test("a real Retry-After sleep is honoured")
    func realRetryAfterSleep() async throws {
        let transport = StubTransport([StubResponse(status: 503, headers: ["retry-after-ms": "120"]), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport, sleeper: nil)
        let clock = ContinuousClock()
        let elapsed = try await clock.measure { _ = try await pipeline.send(get(), expecting: [200]) }
        #expect(elapsed >= .milliseconds(120))
        #expect(transport.requests.count == 2)
    }

    @Test("maxRetries 0 disables retrying")
    func noRetries() async throws {
        let transport = StubTransport([.empty(503), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(retry: RetryOptions(maxRetries: 0)))
        await #expect(throws: ServiceError.self) { try await pipeline.send(get(), expecting: [200]) }
        #expect(transport.requests.count == 1)
    }

    @Test("transport errors are retried for GET, not for POST once the connection was made")
    func transportErrors() async throws {
        let getTransport = FlakyTransport(failures: [URLError(.networkConnectionLost)])
        _ = try await TestPipeline.make(transport: getTransport).send(get(), expecting: [200])
        #expect(getTransport.attempts == 2)

        let postTransport = FlakyTransport(failures: [URLError(.networkConnectionLost)])
        await #expect(throws: URLError.self) {
            try await TestPipeline.make(transport: postTransport).send(PipelineRequest(method: .post, path: "/x"), expecting: [200])
        }
        #expect(postTransport.attempts == 1)

        let refused = FlakyTransport(failures: [URLError(.cannotConnectToHost)])
        _ = try await TestPipeline.make(transport: refused).send(PipelineRequest(method: .post, path: "/x"), expecting: [200])
        #expect(refused.attempts == 2)
    }

    @Test("cancellation stops a retry sleep promptly")
    func cancellationStopsSleep() async throws {
        let transport = StubTransport([StubResponse(status: 503, headers: ["Retry-After": "30"]), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport, sleeper: nil)
        let task = Task { try await pipeline.send(get(), expecting: [200]) }
        try await Task.sleep(for: .milliseconds(100))
        let clock = ContinuousClock()
        let start = clock.now
        task.cancel()
        let result = await task.result
        #expect(clock.now - start < .seconds(5))
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(transport.requests.count == 1)
    }
}

/// Throws the given errors on the first tries, then answers 200.
final class FlakyTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [any Error]
    private var count = 0

    init(failures: [any Error]) { self.failures = failures }

    var attempts: Int { lock.withLock { count } }

    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let failure: (any Error)? = lock.withLock {
            count += 1
            return failures.isEmpty ? nil : failures.removeFirst()
        }
        if let failure { throw failure }
        return (HTTPResponse(status: .ok), Data())
    }
}
