import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("Pipeline request building")
struct PipelineRequestTests {
    @Test("api-version is added first in the query")
    func addsAPIVersion() async throws {
        let transport = StubTransport([.empty(200)])
        var request = PipelineRequest(method: .get, path: "/identities/abc")
        request.addQuery("maxpagesize", Optional(2))
        _ = try await TestPipeline.make(transport: transport).send(request, expecting: [200])
        #expect(transport.requests[0].pathAndQuery == "/identities/abc?api-version=2025-03-02-preview&maxpagesize=2")
    }

    @Test("options.apiVersion overrides the generated default")
    func apiVersionOverride() async throws {
        let transport = StubTransport([.empty(200)])
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(apiVersion: "2023-10-01"))
        #expect(pipeline.apiVersion == "2023-10-01")
        _ = try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
        #expect(transport.requests[0].query["api-version"] == "2023-10-01")
    }

    @Test("api-version is not duplicated, and can be switched off")
    func apiVersionNotDuplicated() async throws {
        let transport = StubTransport([.empty(200)])
        let pipeline = TestPipeline.make(transport: transport)
        var explicit = PipelineRequest(method: .get, path: "/x")
        explicit.addQuery("api-version", "2020-01-01")
        _ = try await pipeline.send(explicit, expecting: [200])
        var without = PipelineRequest(method: .get, path: "/x")
        without.includesAPIVersion = false
        _ = try await pipeline.send(without, expecting: [200])

        #expect(transport.requests[0].pathAndQuery == "/x?api-version=2020-01-01")
        #expect(transport.requests[1].pathAndQuery == "/x")
    }

    @Test("the endpoint's base path and port are kept")
    func basePath() async throws {
        let transport = StubTransport([.empty(200)])
        let pipeline = TestPipeline.make(transport: transport, endpoint: URL(string: "http://localhost:8080/acs/")!)
        _ = try await pipeline.send(PipelineRequest(method: .delete, path: "/identities/a%3Ab"), expecting: [200])
        let sent = transport.requests[0]
        #expect(sent.scheme == "http")
        #expect(sent.authority == "localhost:8080")
        #expect(sent.pathAndQuery == "/acs/identities/a%3Ab?api-version=2025-03-02-preview")
        #expect(sent.method == "DELETE")
    }

    @Test("standard headers, the request's own headers and the JSON body")
    func headersAndBody() async throws {
        struct Body: Encodable {
            var scopes = ["chat"]
            var expiresInMinutes = 60
        }
        let transport = StubTransport([.empty(201)])
        let pipeline = TestPipeline.make(transport: transport, options: ClientOptions(applicationID: "my app"))
        var request = PipelineRequest(method: .post, path: "/identities")
        try request.setJSONBody(Body())
        request.setHeader("Repeatability-Request-ID", "r-1")
        request.setHeader("x-absent", nil)
        _ = try await pipeline.send(request, expecting: [201])

        let sent = transport.requests[0]
        #expect(sent.header("Content-Type") == "application/json")
        #expect(sent.header("Accept") == "application/json")
        #expect(sent.header("x-ms-return-client-request-id") == "true")
        #expect(sent.header("repeatability-request-id") == "r-1")
        #expect(sent.header("x-absent") == nil)
        #expect(sent.header("Authorization") == "Test 1")
        #expect(UUID(uuidString: sent.header("x-ms-client-request-id") ?? "") != nil)
        #expect(sent.bodyText == #"{"expiresInMinutes":60,"scopes":["chat"]}"#)

        let userAgent = try #require(sent.header("User-Agent"))
        #expect(userAgent.hasPrefix("my-app azsdk-swift-communication-identity/1.2.3 ("))
        #expect(userAgent.contains("; Swift 6."))
        #expect(userAgent.hasSuffix(")"))
    }

    @Test("a nil JSON body sends no body and no Content-Type")
    func nilBody() async throws {
        let transport = StubTransport([.empty(200)])
        var request = PipelineRequest(method: .post, path: "/x")
        try request.setJSONBody(String?.none)
        _ = try await TestPipeline.make(transport: transport).send(request, expecting: [200])
        #expect(transport.requests[0].body.isEmpty)
        #expect(transport.requests[0].header("Content-Type") == nil)
    }

    @Test("each logical call gets its own client request id")
    func requestIDPerCall() async throws {
        let transport = StubTransport([.empty(200)])
        let pipeline = TestPipeline.make(transport: transport)
        _ = try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
        _ = try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
        #expect(transport.requests[0].header("x-ms-client-request-id") != transport.requests[1].header("x-ms-client-request-id"))
    }

    @Test("a client request id the call sets is kept on every try; an empty one is replaced")
    func callerRequestID() async throws {
        let transport = StubTransport([.empty(503), .empty(200), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport, sleeper: SleepRecorder())
        var request = PipelineRequest(method: .get, path: "/x")
        request.setHeader("x-ms-client-request-id", "my-call-1")
        _ = try await pipeline.send(request, expecting: [200])
        #expect(transport.requests.map { $0.header("x-ms-client-request-id") } == ["my-call-1", "my-call-1"])

        var empty = PipelineRequest(method: .get, path: "/x")
        empty.setHeader("x-ms-client-request-id", "")
        _ = try await pipeline.send(empty, expecting: [200])
        #expect(UUID(uuidString: transport.requests[2].header("x-ms-client-request-id") ?? "") != nil)
    }

    @Test("a header collection sends one prefixed header per entry; nil sends none")
    func headerCollection() async throws {
        let transport = StubTransport([.empty(200)])
        var request = PipelineRequest(method: .put, path: "/x")
        request.setHeaders(prefix: "x-ms-meta-", ["b": "2", "a": "1, one"])
        request.setHeaders(prefix: "x-ms-tag-", nil)
        _ = try await TestPipeline.make(transport: transport).send(request, expecting: [200])
        let sent = transport.requests[0]
        #expect(sent.header("x-ms-meta-a") == "1, one")
        #expect(sent.header("x-ms-meta-b") == "2")
        // Key order, whatever the dictionary's: the same request on every run.
        #expect(sent.headerFields.map(\.name.canonicalName).filter { $0.hasPrefix("x-ms-meta-") } == ["x-ms-meta-a", "x-ms-meta-b"])
        #expect(!sent.headerFields.contains { $0.name.canonicalName.hasPrefix("x-ms-tag-") })
    }

    @Test("headers(withPrefix:) collects every header with the prefix, in any case, keyed without it")
    func readsHeaderCollection() throws {
        var fields = HTTPFields()
        fields.append(HTTPField(name: HTTPField.Name("X-MS-Meta-Color")!, value: "blue"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-meta-size")!, value: "1"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-meta-size")!, value: "2"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-meta-")!, value: "no key"))
        fields.append(HTTPField(name: HTTPField.Name("x-ms-metadata")!, value: "other"))
        let response = PipelineResponse(status: 200, headerFields: fields, body: Data())
        #expect(response.headers(withPrefix: "x-ms-meta-") == ["Color": "blue", "size": "1, 2"])
        #expect(response.headers(withPrefix: "x-ms-tag-") == [:])
    }

    @Test("an endpoint without a host fails with InvalidEndpointError")
    func invalidEndpoint() async {
        let pipeline = TestPipeline.make(transport: StubTransport([.empty(200)]), endpoint: URL(string: "relative/path")!)
        await #expect(throws: InvalidEndpointError.self) {
            try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
        }
    }
}
