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

@Suite("Credentials refuse plain HTTP")
struct InsecureTransportTests {
    @Test("API keys and bearer tokens go only over https or to loopback hosts", arguments: [
        ("https://svc.example", true), ("http://svc.example", false), ("http://10.0.0.1:8080", false),
        ("http://localhost:8080", true), ("http://127.0.0.1:9", true), ("http://[::1]:9", true),
    ])
    func plainHTTP(endpoint: String, allowed: Bool) async throws {
        for credential in [
            try APIKeyCredential(headerName: "x-key", key: "k") as any RequestCredential,
            BearerTokenCredential(credential: StaticTokenCredential(token: "t"), scopes: []),
        ] {
            let transport = StubTransport([.empty(204)])
            let pipeline = TestPipeline.make(transport: transport, credential: credential, endpoint: URL(string: endpoint)!)
            do {
                _ = try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [204])
                #expect(allowed, "sent a credential to \(endpoint)")
            } catch let error as InsecureTransportError {
                #expect(!allowed)
                #expect(!String(describing: error).contains("k\""))
                #expect(transport.requests.isEmpty)
            }
        }
    }
}

@Suite("Paging headers")
struct NextPageHeaderTests {
    @Test("next-page GETs carry neither the first request's repeatability headers nor its caller request id")
    func nextPageIsANewRequest() async throws {
        let transport = StubTransport { request in
            request.query["page"] == nil
                ? .json(200, #"{"value":[1],"nextLink":"/items?page=2"}"#) : .json(200, #"{"value":[2]}"#)
        }
        let pipeline = TestPipeline.make(transport: transport)
        var request = PipelineRequest(method: .post, path: "/items:search")
        request.setRepeatability(requestID: "11111111-2222-3333-4444-555555555555", firstSentText: "Sun, 02 Mar 2025 08:05:09 GMT")
        request.setHeader("x-ms-client-request-id", "caller-id")
        request.setHeader("x-custom", "kept")
        let items = try await pipeline.pagedItemsSendingFirstRequest(request, expecting: [200], itemsKey: "value", nextLinkKey: "nextLink", itemType: Int.self)
        var all: [Int] = []
        for try await item in items { all.append(item) }
        #expect(all == [1, 2])
        let page2 = transport.requests[1]
        #expect(page2.header("Repeatability-Request-ID") == nil)
        #expect(page2.header("Repeatability-First-Sent") == nil)
        #expect(page2.header("x-ms-client-request-id") != "caller-id")
        #expect(page2.header("x-custom") == "kept")
        #expect(transport.requests[0].header("x-ms-client-request-id") == "caller-id")
    }
}
