import AzureSDKRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("Path and query encoding")
struct URLEncodingTests {
    @Test(
        "path segments escape everything but unreserved characters",
        arguments: [
            ("8:acs:1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001",
             "8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001"),
            ("a b/c?d#e%fé+", "a%20b%2Fc%3Fd%23e%25f%C3%A9%2B"),
            ("AZaz09-._~", "AZaz09-._~"),
            ("", ""),
        ])
    func pathSegment(_ raw: String, _ encoded: String) {
        #expect(PathEncoding.segment(raw) == encoded)
    }

    @Test("query values of every supported type")
    func queryValues() async throws {
        let transport = StubTransport([.empty(200)])
        let pipeline = TestPipeline.make(transport: transport)
        var request = PipelineRequest(method: .get, path: "/items")
        request.addQuery("text", "a b&c=d+e")
        request.addQuery("int", Optional(42))
        request.addQuery("int32", Optional(Int32(-7)))
        request.addQuery("int64", Optional(Int64(9_000_000_000)))
        request.addQuery("double", Optional(1.5))
        request.addQuery("bool", Optional(true))
        request.addQuery("date", Optional(Date(timeIntervalSince1970: 1_696_973_979.5)))
        request.addQuery("list", Optional(["a,b", "c"]))
        request.addQuery("numbers", Optional([1, 2, 3]))
        request.addQuery("absent", String?.none)
        request.addQuery("spaced name", "v")

        _ = try await pipeline.send(request, expecting: [200])

        let sent = try #require(transport.requests.first)
        #expect(
            sent.pathAndQuery
                == "/items?api-version=2025-03-02-preview&text=a%20b%26c%3Dd%2Be&int=42&int32=-7&int64=9000000000"
                + "&double=1.5&bool=true&date=2023-10-10T21%3A39%3A39.5000000Z&list=a%2Cb,c&numbers=1,2,3&spaced%20name=v")
        #expect(sent.query["text"] == "a b&c=d+e")
        #expect(sent.query["absent"] == nil)
    }
}
