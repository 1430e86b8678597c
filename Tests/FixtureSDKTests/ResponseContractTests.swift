import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import ResponseContract
import Testing

/// What the generated `ResponseContract` SDK hands back besides bodies: typed declared headers, the raw response,
/// and pollers for each `final-state-via`. Stub responses stand for the service; the expected values are written
/// out by hand from the description.
@Suite("ResponseContract: headers, raw responses, long-running operations")
struct ResponseContractTests {
    static let endpoint = "https://widgets.example"

    /// A client whose transport answers from `answer` (called per request, in order); no retries, no waiting
    /// between polls unless a stub asks for it.
    func client(_ answer: @escaping @Sendable (RecordedRequest, Int) -> StubResponse) throws -> (ResponseContractClient, StubTransport) {
        let counter = Counter()
        let transport = StubTransport { request in answer(request, counter.next()) }
        let options = ClientOptions(transport: transport, retry: RetryOptions(maxRetries: 0), pollingInterval: .zero)
        let client = try ResponseContractClient(endpoint: URL(string: Self.endpoint)!, apiKey: "fixture-key", options: options)
        return (client, transport)
    }

    @Test("the description's only scheme is an API key header: every request carries it, nothing of ACS")
    func apiKeyAuthentication() async throws {
        let (client, transport) = try client { _, _ in StubResponse(status: 200) }
        try await client.widgets.check(name: "w1")
        let request = try #require(transport.requests.first)
        #expect(request.header("x-widget-key") == "fixture-key")
        #expect(request.header("Authorization") == nil)
        #expect(request.header("x-ms-content-sha256") == nil)
        #expect(throws: InvalidAPIKeyError.self) { try ResponseContractClient(endpoint: URL(string: Self.endpoint)!, apiKey: "") }
    }

    @Test("declared headers come back typed; the raw response keeps status, every header and the request id")
    func typedHeaders() async throws {
        let (client, _) = try client { _, _ in
            .json(200, #"{"name": "w1", "size": 3}"#, headers: [
                "ETag": "\"v3\"", "Last-Modified": "Sun, 02 Mar 2025 08:05:09 GMT", "x-ms-widget-count": "4",
                "x-ms-widget-created": "2025-03-02T08:05:09.5Z", "x-ms-widget-state": "built",
                "x-ms-widget-flavor": "sparkly", "x-ms-widget-tags": "a, b,c", "x-ms-widget-ratio": "0.25",
                "x-ms-widget-ready": "TRUE", "x-ms-request-id": "req-1", "x-ms-undeclared": "kept",
            ])
        }
        let response = try await client.widgets.getWithResponse(name: "w1")
        #expect(response.value.name == "w1")
        #expect(response.value.size == 3)
        let headers = response.headers
        #expect(headers.eTag == "\"v3\"")
        #expect(headers.lastModified == Date(timeIntervalSince1970: 1_740_902_709))
        #expect(headers.widgetCount == 4)
        #expect(headers.widgetCreated == Date(timeIntervalSince1970: 1_740_902_709.5))
        #expect(headers.widgetState == .built)
        #expect(headers.widgetFlavor == WidgetFlavor(rawValue: "sparkly"))
        #expect(headers.widgetTags == ["a", "b", "c"])
        #expect(headers.widgetRatio == 0.25)
        #expect(headers.widgetReady == true)
        #expect(response.raw.status == 200)
        #expect(response.raw.requestID == "req-1")
        #expect(response.raw.header("x-ms-undeclared", as: String.self) == "kept")
    }

    @Test("a header that is absent or not of its type is nil; the call still succeeds")
    func unparsableHeaders() async throws {
        let (client, _) = try client { _, _ in
            .json(200, #"{"name": "w1"}"#, headers: ["x-ms-widget-count": "four", "x-ms-widget-state": "melted", "x-ms-widget-created": "yesterday"])
        }
        let headers = try await client.widgets.getWithResponse(name: "w1").headers
        #expect(headers == WidgetsOperations.GetHeaders())
    }

    @Test("an operation with headers but no body returns its headers from the plain method")
    func headersOnly() async throws {
        let (client, transport) = try client { _, _ in StubResponse(status: 200, headers: ["ETag": "\"v9\"", "x-ms-widget-count": "12"]) }
        let headers = try await client.widgets.check(name: "w 1")
        #expect(headers == WidgetsOperations.CheckHeaders(eTag: "\"v9\"", widgetCount: 12))
        #expect(transport.requests.map(\.method) == ["HEAD"])
        #expect(transport.requests.first?.pathAndQuery == "/widgets/w%201?api-version=2025-06-01")
    }

    @Test("every page of a paged operation carries its raw response")
    func pageResponses() async throws {
        let (client, _) = try client { _, index in
            index == 0
                ? .json(200, #"{"value": [{"name": "a"}], "nextLink": "https://widgets.example/widgets?page=2"}"#, headers: ["x-ms-page-count": "2"])
                : .json(200, #"{"value": [{"name": "b"}]}"#, headers: ["x-ms-page-count": "2", "x-ms-request-id": "page-2"])
        }
        var requestIDs: [String?] = []
        var counts: [Int?] = []
        for try await page in try client.widgets.list().pages {
            requestIDs.append(page.raw?.requestID)
            counts.append(page.raw?.header("x-ms-page-count", as: Int.self))
        }
        #expect(requestIDs == [nil, "page-2"])
        #expect(counts == [2, 2])
    }

    @Test("PUT with final-state-via original-uri: polls the status monitor, then GETs the widget's own URL")
    func createOrReplace() async throws {
        let (client, transport) = try client { _, index in
            switch index {
            case 0: .json(201, #"{"name": "w1", "size": 0}"#, headers: ["Operation-Location": "\(Self.endpoint)/operations/o1"])
            case 1: .json(200, #"{"id": "o1", "status": "Running"}"#)
            case 2: .json(200, #"{"id": "o1", "status": "Succeeded"}"#)
            default: .json(200, #"{"name": "w1", "size": 3}"#)
            }
        }
        let poller = try await client.widgets.beginCreateOrReplace(name: "w1", resource: Widget(name: "w1", size: 3))
        #expect(await poller.status == .inProgress)
        let widget = try await poller.result()
        #expect(widget.size == 3)
        #expect(transport.requests.map { "\($0.method) \($0.pathAndQuery)" } == [
            "PUT /widgets/w1?api-version=2025-06-01",
            "GET /operations/o1?api-version=2025-06-01",
            "GET /operations/o1?api-version=2025-06-01",
            "GET /widgets/w1?api-version=2025-06-01",
        ])
        #expect(transport.requests[0].bodyText == #"{"name":"w1","size":3}"#)
    }

    @Test("POST with final-state-via operation-location: the status monitor is the result")
    func build() async throws {
        let (client, transport) = try client { _, index in
            index == 0
                ? StubResponse(status: 202, headers: ["Operation-Location": "\(Self.endpoint)/operations/o2?api-version=2025-06-01", "Retry-After": "0"])
                : .json(200, #"{"id": "o2", "status": "Succeeded", "result": {"name": "w1", "size": 8}}"#)
        }
        let operation = try await client.widgets.beginBuild(name: "w1").result()
        #expect(operation.status == .succeeded)
        #expect(operation.result?.size == 8)
        #expect(transport.requests.count == 2)
    }

    @Test("POST with final-state-via location: polls Location until it answers with the widget")
    func importWidget() async throws {
        let (client, transport) = try client { _, index in
            switch index {
            case 0: StubResponse(status: 202, headers: ["Location": "/results/r1"])
            case 1: StubResponse(status: 202, headers: ["Location": "/results/r1"])
            default: .json(200, #"{"name": "imported"}"#)
            }
        }
        let widget = try await client.widgets.beginImport(source: ImportSource(url: "https://elsewhere.example/w")).result()
        #expect(widget.name == "imported")
        #expect(transport.requests.map(\.pathAndQuery) == [
            "/widgets:import?api-version=2025-06-01", "/results/r1?api-version=2025-06-01", "/results/r1?api-version=2025-06-01",
        ])
    }

    @Test("DELETE: the poller ends on Succeeded with no result and no further request")
    func delete() async throws {
        let (client, transport) = try client { _, index in
            index == 0
                ? StubResponse(status: 202, headers: ["Operation-Location": "\(Self.endpoint)/operations/o3"])
                : .json(200, #"{"id": "o3", "status": "Succeeded"}"#)
        }
        try await client.widgets.beginDelete(name: "w1").result()
        #expect(transport.requests.map(\.method) == ["DELETE", "GET"])
    }

    @Test("a failed operation throws LongRunningOperationError with the status monitor's error")
    func failed() async throws {
        let (client, _) = try client { _, index in
            index == 0
                ? StubResponse(status: 202, headers: ["Operation-Location": "\(Self.endpoint)/operations/o4"])
                : .json(200, #"{"id": "o4", "status": "Failed", "error": {"code": "BuildBroke", "message": "no glue"}}"#)
        }
        let poller = try await client.widgets.beginBuild(name: "w1")
        let error = try await #require(throws: LongRunningOperationError.self) { try await poller.result() }
        #expect(error.kind == .failed)
        #expect(error.serviceError?.code == "BuildBroke")
    }

    @Test("resume…(from:) continues an operation from another poller's token")
    func resume() async throws {
        let (client, transport) = try client { _, index in
            switch index {
            case 0: StubResponse(status: 202, headers: ["Operation-Location": "\(Self.endpoint)/operations/o5"])
            case 1: .json(200, #"{"id": "o5", "status": "Running"}"#)
            default: .json(200, #"{"id": "o5", "status": "Succeeded", "result": {"name": "w5"}}"#)
            }
        }
        let first = try await client.widgets.beginBuild(name: "w5")
        try await first.poll()
        let token = await first.resumeToken
        let resumed = try client.widgets.resumeBuild(from: token)
        #expect(try await resumed.result().result?.name == "w5")
        #expect(transport.requests.count == 3)
        #expect(throws: LongRunningOperationError.self) { try client.widgets.resumeBuild(from: "not a token") }
    }
}

@Suite("ResponseContract: text and byte bodies")
struct BodyEncodingTests {
    @Test("an octet-stream body is sent byte for byte with its Content-Type")
    func upload() async throws {
        let (client, transport) = try ResponseContractTests().client { _, _ in .empty(201) }
        let bytes = Data([0x00, 0xFF, 0x7B, 0x22, 0x0A, 0x80])
        try await client.upload(name: "b1", content: bytes)
        let request = try #require(transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.body == bytes)
        #expect(request.header("Content-Type") == "application/octet-stream")
    }

    @Test("an octet-stream response comes back as the bytes received, asked for with Accept")
    func download() async throws {
        let bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        let (client, transport) = try ResponseContractTests().client { _, _ in
            StubResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: bytes)
        }
        let response = try await client.downloadWithResponse(name: "b1")
        #expect(response.value == bytes)
        #expect(response.headers.contentType == "application/octet-stream")
        #expect(transport.requests.first?.header("Accept") == "application/octet-stream")
    }

    @Test("a text/plain body goes out as UTF-8 and the text/plain answer comes back as a String")
    func text() async throws {
        let (client, transport) = try ResponseContractTests().client { request, _ in
            StubResponse(status: 200, headers: ["Content-Type": "text/plain; charset=utf-8"], body: request.body + Data(" ✓".utf8))
        }
        let echoed = try await client.notes.put(name: "n1", note: "line 1\r\nüñí \"q\"")
        #expect(echoed == "line 1\r\nüñí \"q\" ✓")
        let request = try #require(transport.requests.first)
        #expect(request.body == Data("line 1\r\nüñí \"q\"".utf8))
        #expect(request.header("Content-Type") == "text/plain")
        #expect(request.header("Accept") == "text/plain")
    }
}

@Suite("ResponseContract: small bodies as arguments")
struct FlattenedBodyTests {
    @Test("a two-property body is also taken as arguments; both methods send the same bytes")
    func rename() async throws {
        let (client, transport) = try ResponseContractTests().client { _, _ in .json(200, #"{"name": "w2"}"#) }
        let flat = try await client.widgets.rename(name: "w1", newName: "w2")
        let model = try await client.widgets.rename(name: "w1", body: RenameRequest(newName: "w2"))
        #expect(flat == model)
        #expect(transport.requests.map(\.bodyText) == [#"{"newName":"w2"}"#, #"{"newName":"w2"}"#])
        _ = try await client.widgets.rename(name: "w1", newName: "w3", reason: "typo")
        #expect(transport.requests[2].bodyText == #"{"newName":"w3","reason":"typo"}"#)
        #expect(transport.requests[2].pathAndQuery == "/widgets/w1:rename?api-version=2025-06-01")
    }

    @Test("x-ms-client-flatten offers a three-property body as arguments")
    func paint() async throws {
        let (client, transport) = try ResponseContractTests().client { _, _ in .empty(204) }
        try await client.widgets.paint(name: "w1", color: "teal", coats: 2)
        // The runtime's encoder sorts keys; `gloss`, left nil, is left out.
        #expect(transport.requests.first?.bodyText == #"{"coats":2,"color":"teal"}"#)
    }
}

/// Numbers requests in arrival order.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
