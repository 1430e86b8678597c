import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

/// Redirects are followed only to the same host, and credentials never reach another host.
@Suite("Redirects")
struct RedirectTests {
    @Test("a redirect to the same host is followed and re-signed")
    func sameHostFollowed() async throws {
        let transport = StubTransport([
            StubResponse(status: 307, headers: ["Location": "https://contoso.communication.azure.com/moved/identities?api-version=2025-03-02-preview"]),
            .json(201, #"{"ok":true}"#),
        ])
        let credential = CountingCredential()
        let pipeline = TestPipeline.make(transport: transport, credential: credential)
        var request = PipelineRequest(method: .post, path: "/identities")
        try request.setJSONBody(["a": 1])
        let response = try await pipeline.send(request, expecting: [201])
        #expect(response.status == 201)
        let requests = transport.requests
        #expect(requests.count == 2)
        #expect(requests[1].method == "POST")
        #expect(requests[1].path == "/moved/identities")
        #expect(requests[1].body == requests[0].body)
        #expect(requests[1].header("Authorization") == "Test 2")
        #expect(credential.calls == 2)
    }

    @Test("a redirect to another host is not followed and carries no credentials there", arguments: [
        "https://evil.example.com/steal", "http://contoso.communication.azure.com/identities", "//evil.example.com/x",
    ])
    func otherHostRefused(location: String) async throws {
        let transport = StubTransport([StubResponse(status: 302, headers: ["Location": location]), .json(200, "{}")])
        let pipeline = TestPipeline.make(transport: transport)
        do {
            _ = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
            Issue.record("expected the redirect to surface as an error")
        } catch let error as ServiceError {
            #expect(error.statusCode == 302)
        }
        #expect(transport.requests.count == 1)
        #expect(transport.requests.allSatisfy { $0.authority == "contoso.communication.azure.com" })
    }

    @Test("303 turns a POST into a GET without a body; 301 is not followed for POST")
    func methodRules() async throws {
        let seeOther = StubTransport([StubResponse(status: 303, headers: ["Location": "/result/1"]), .json(200, "{}")])
        var post = PipelineRequest(method: .post, path: "/identities")
        try post.setJSONBody(["a": 1])
        _ = try await TestPipeline.make(transport: seeOther).send(post, expecting: [200])
        #expect(seeOther.requests[1].method == "GET")
        #expect(seeOther.requests[1].body.isEmpty)
        #expect(seeOther.requests[1].header("Content-Type") == nil)

        let moved = StubTransport([StubResponse(status: 301, headers: ["Location": "/elsewhere"]), .json(200, "{}")])
        await #expect(throws: ServiceError.self) {
            _ = try await TestPipeline.make(transport: moved).send(post, expecting: [200])
        }
        #expect(moved.requests.count == 1)
    }

    @Test("a redirect loop stops after five redirects")
    func loopStops() async throws {
        let transport = StubTransport([StubResponse(status: 307, headers: ["Location": "/again"])])
        await #expect(throws: ServiceError.self) {
            _ = try await TestPipeline.make(transport: transport).send(PipelineRequest(method: .get, path: "/start"), expecting: [200])
        }
        #expect(transport.requests.count == 1 + RedirectPolicy.maxRedirects)
    }

    @Test("a next link to another host is fetched without credentials")
    func nextLinkElsewhereUnsigned() async throws {
        let transport = StubTransport([
            .json(200, #"{"value":[1],"nextLink":"https://other.example.com/page2"}"#),
            .json(200, #"{"value":[2]}"#),
        ])
        let pipeline = TestPipeline.make(transport: transport)
        var items: [Int] = []
        for try await item in pipeline.pagedItems(PipelineRequest(method: .get, path: "/list"), expecting: [200], itemsKey: "value", nextLinkKey: "nextLink", itemType: Int.self) {
            items.append(item)
        }
        #expect(items == [1, 2])
        #expect(transport.requests[0].header("Authorization") != nil)
        #expect(transport.requests[1].authority == "other.example.com")
        #expect(transport.requests[1].header("Authorization") == nil)
    }
}
