import AzureSDKRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("Paging")
struct PagingTests {
    private struct Assignment: Decodable, Sendable, Equatable {
        var id: String
    }

    private static func threePages() -> StubTransport {
        StubTransport { request in
            switch request.query["page"] {
            case nil: return .json(200, #"{"value":[{"id":"a"},{"id":"b"}],"nextLink":"/assignments?page=2"}"#)
            case "2": return .json(200, #"{"value":[{"id":"c"}],"nextLink":"/assignments?page=3&api-version=2025-03-02-preview"}"#)
            default: return .json(200, #"{"value":[{"id":"d"}]}"#)
            }
        }
    }

    @Test("a PATCH that returns pages is sent once, when called; next pages are GETs; iterating again reuses page 1")
    func firstRequestSentOnce() async throws {
        let transport = Self.threePages()
        let pipeline = TestPipeline.make(transport: transport, endpoint: URL(string: "https://contoso.communication.azure.com")!)
        var request = PipelineRequest(method: .patch, path: "/assignments")
        request.setBody(Data("{}".utf8), contentType: "application/merge-patch+json")
        let items = try await pipeline.pagedItemsSendingFirstRequest(
            request, expecting: [200], itemsKey: "value", nextLinkKey: "nextLink", itemType: Assignment.self)
        #expect(transport.requests.map(\.method) == ["PATCH"])
        var ids: [String] = []
        for try await item in items { ids.append(item.id) }
        #expect(ids == ["a", "b", "c", "d"])
        #expect(transport.requests.map(\.method) == ["PATCH", "GET", "GET"])
        #expect(transport.requests[1].header("Content-Type") == nil)
        #expect(transport.requests[1].body.isEmpty)
        var again: [String] = []
        for try await item in items { again.append(item.id) }
        #expect(again == ids)
        #expect(transport.requests.map(\.method) == ["PATCH", "GET", "GET", "GET", "GET"])
    }

    @Test("iterates items over 3 pages following a relative nextLink")
    func itemsOverThreePages() async throws {
        let transport = Self.threePages()
        let pipeline = TestPipeline.make(transport: transport, endpoint: URL(string: "https://contoso.communication.azure.com/base")!)
        var request = PipelineRequest(method: .get, path: "/assignments")
        request.addQuery("maxpagesize", Optional(2))
        request.setHeader("x-custom", "kept")

        var ids: [String] = []
        for try await item in pipeline.pagedItems(request, expecting: [200], itemsKey: "value", nextLinkKey: "nextLink", itemType: Assignment.self) {
            ids.append(item.id)
        }

        #expect(ids == ["a", "b", "c", "d"])
        #expect(
            transport.requests.map(\.pathAndQuery) == [
                "/base/assignments?api-version=2025-03-02-preview&maxpagesize=2",
                "/base/assignments?page=2&api-version=2025-03-02-preview",
                "/base/assignments?page=3&api-version=2025-03-02-preview",
            ])
        #expect(transport.requests.allSatisfy { $0.method == "GET" && $0.header("x-custom") == "kept" })
        #expect(transport.requests.allSatisfy { $0.header("Authorization") != nil })
    }

    @Test("pages expose page boundaries and next links")
    func pageByPage() async throws {
        let pipeline = TestPipeline.make(transport: Self.threePages())
        let items = pipeline.pagedItems(
            PipelineRequest(method: .get, path: "/assignments"), expecting: [200], itemsKey: "value", nextLinkKey: "nextLink",
            itemType: Assignment.self)
        var pages: [[String]] = []
        var links: [String?] = []
        for try await page in items.pages {
            pages.append(page.items.map(\.id))
            links.append(page.nextLink)
        }
        #expect(pages == [["a", "b"], ["c"], ["d"]])
        #expect(links == ["/assignments?page=2", "/assignments?page=3&api-version=2025-03-02-preview", nil])
    }

    @Test("an absolute nextLink is followed as given")
    func absoluteNextLink() async throws {
        let transport = StubTransport([
            .json(200, #"{"value":[{"id":"a"}],"@odata.nextLink":"https://other.example.com:8443/next?skip=1"}"#),
            .json(200, #"{"value":[]}"#),
        ])
        let pipeline = TestPipeline.make(transport: transport)
        let items = pipeline.pagedItems(
            PipelineRequest(method: .get, path: "/list"), expecting: [200], itemsKey: "value", nextLinkKey: "@odata.nextLink",
            itemType: Assignment.self)
        var count = 0
        for try await _ in items { count += 1 }
        #expect(count == 1)
        #expect(transport.requests[1].authority == "other.example.com:8443")
        #expect(transport.requests[1].pathAndQuery == "/next?skip=1&api-version=2025-03-02-preview")
    }

    @Test("an empty 204 page is an empty last page")
    func emptyPage() async throws {
        let pipeline = TestPipeline.make(transport: StubTransport([.empty(204)]))
        var count = 0
        for try await _ in pipeline.pagedItems(
            PipelineRequest(method: .get, path: "/list"), expecting: [200, 204], itemsKey: "value", nextLinkKey: "nextLink",
            itemType: Assignment.self)
        {
            count += 1
        }
        #expect(count == 0)
    }

    @Test("a 200 body without the items key is a ResponseDecodingError")
    func missingItemsKey() async throws {
        let pipeline = TestPipeline.make(transport: StubTransport([.json(200, #"{"items":[]}"#)]))
        await #expect(throws: ResponseDecodingError.self) {
            for try await _ in pipeline.pagedItems(
                PipelineRequest(method: .get, path: "/list"), expecting: [200], itemsKey: "value", nextLinkKey: nil,
                itemType: Assignment.self)
            {}
        }
    }

    @Test("an unexpected status on a later page throws ServiceError")
    func errorOnLaterPage() async throws {
        let transport = StubTransport([.json(200, #"{"value":[{"id":"a"}],"nextLink":"/p2"}"#), .json(404, #"{"error":{"code":"Gone"}}"#)])
        let pipeline = TestPipeline.make(transport: transport)
        var seen: [String] = []
        let error = await #expect(throws: ServiceError.self) {
            for try await item in pipeline.pagedItems(
                PipelineRequest(method: .get, path: "/list"), expecting: [200], itemsKey: "value", nextLinkKey: "nextLink",
                itemType: Assignment.self)
            {
                seen.append(item.id)
            }
        }
        #expect(seen == ["a"])
        #expect(error?.code == "Gone")
    }
}
