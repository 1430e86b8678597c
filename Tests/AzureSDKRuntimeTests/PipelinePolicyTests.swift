import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

/// Records what a policy saw, in order, across tasks.
private final class PolicyLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []
    func add(_ entry: String) { lock.withLock { entries.append(entry) } }
    var all: [String] { lock.withLock { entries } }
}

/// Sets a header, records the request it passed on and the status it got back.
private struct HeaderPolicy: PipelinePolicy {
    let name: String
    let value: String
    let log: PolicyLog

    func send(
        _ request: HTTPRequest, body: Data?, next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        var request = request
        request.headerFields[HTTPField.Name(name)!] = value
        log.add("\(name) out")
        let response = try await next(request, body)
        log.add("\(name) in \(response.0.status.code)")
        return response
    }
}

/// Answers without calling `next`, as a cache or test double would.
private struct CannedPolicy: PipelinePolicy {
    func send(
        _ request: HTTPRequest, body: Data?, next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
    ) async throws -> (HTTPResponse, Data) {
        (HTTPResponse(status: .ok, headerFields: [HTTPField.Name("x-canned")!: "yes"]), Data(#"{"ok":true}"#.utf8))
    }
}

@Suite("User pipeline policies")
struct PipelinePolicyTests {
    @Test("per-call policies run once around the retries, in order; per-try policies run on every try")
    func order() async throws {
        let log = PolicyLog()
        let transport = StubTransport([.empty(503), .empty(503), .empty(204)])
        let options = ClientOptions(
            retry: RetryOptions(maxRetries: 3),
            perCallPolicies: [HeaderPolicy(name: "x-outer", value: "1", log: log), HeaderPolicy(name: "x-inner", value: "2", log: log)],
            perTryPolicies: [HeaderPolicy(name: "x-try", value: "3", log: log)])
        let pipeline = TestPipeline.make(transport: transport, options: options)
        _ = try await pipeline.send(PipelineRequest(method: .get, path: "/things"), expecting: [204])
        #expect(log.all == [
            "x-outer out", "x-inner out",
            "x-try out", "x-try in 503", "x-try out", "x-try in 503", "x-try out", "x-try in 204",
            "x-inner in 204", "x-outer in 204",
        ])
        #expect(transport.requests.count == 3)
        for request in transport.requests {
            #expect(request.header("x-outer") == "1")
            #expect(request.header("x-inner") == "2")
            #expect(request.header("x-try") == "3")
        }
    }

    @Test("a per-call policy sees the final error response; it still becomes ServiceError")
    func errorsAfterPolicies() async throws {
        let log = PolicyLog()
        let transport = StubTransport([.json(404, #"{"error":{"code":"NotFound","message":"gone"}}"#)])
        let pipeline = TestPipeline.make(
            transport: transport, options: ClientOptions(perCallPolicies: [HeaderPolicy(name: "x-a", value: "1", log: log)]))
        let error = try await #require(throws: ServiceError.self) {
            _ = try await pipeline.send(PipelineRequest(method: .get, path: "/things/x"), expecting: [200])
        }
        #expect(error.code == "NotFound")
        #expect(log.all == ["x-a out", "x-a in 404"])
    }

    @Test("a policy can answer without sending: nothing reaches the transport")
    func shortCircuit() async throws {
        let transport = StubTransport([.empty(500)])
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(perCallPolicies: [CannedPolicy()]))
        let response = try await pipeline.send(PipelineRequest(method: .get, path: "/things"), expecting: [200])
        #expect(response.bodyText == #"{"ok":true}"#)
        #expect(response.header("x-canned", as: String.self) == "yes")
        #expect(transport.requests.isEmpty)
    }

    @Test("a per-try policy sees the signed request")
    func perTrySeesSignature() async throws {
        final class Seen: @unchecked Sendable {
            var authorization: String?
        }
        struct Capture: PipelinePolicy {
            let seen: Seen
            func send(
                _ request: HTTPRequest, body: Data?, next: @Sendable (HTTPRequest, Data?) async throws -> (HTTPResponse, Data)
            ) async throws -> (HTTPResponse, Data) {
                seen.authorization = request.headerFields[.authorization]
                return try await next(request, body)
            }
        }
        let seen = Seen()
        let pipeline = TestPipeline.make(
            transport: StubTransport([.empty(204)]), credential: try AccessKeyCredential(accessKey: Data("k".utf8).base64EncodedString()),
            options: ClientOptions(perTryPolicies: [Capture(seen: seen)]))
        _ = try await pipeline.send(PipelineRequest(method: .delete, path: "/things/x"), expecting: [204])
        #expect(seen.authorization?.hasPrefix("HMAC-SHA256 ") == true)
    }
}
