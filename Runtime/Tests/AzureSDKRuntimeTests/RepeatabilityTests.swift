import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

/// Azure's repeatable requests: the client fills `Repeatability-Request-ID` and `Repeatability-First-Sent`, keeps
/// them identical on every try, lets the caller give its own, and may then retry a POST like a GET.
@Suite("Repeatability")
struct RepeatabilityTests {
    private func header(_ request: PipelineRequest, _ name: String) -> String? {
        request.headerFields[HTTPField.Name(name)!]
    }

    @Test("without values the client fills a new lower-case v4 UUID and the current time as an IMF-fixdate")
    func filledByTheClient() throws {
        var first = PipelineRequest(method: .post, path: "/identities")
        var second = PipelineRequest(method: .post, path: "/identities")
        let before = Date()
        first.setRepeatability(requestID: nil, firstSent: nil)
        second.setRepeatability(requestID: nil, firstSent: nil)
        let id = try #require(header(first, "Repeatability-Request-ID"))
        #expect(UUID(uuidString: id) != nil && id == id.lowercased() && Array(id)[14] == "4")
        #expect(id != header(second, "Repeatability-Request-ID"))
        let sent = try #require(header(first, "Repeatability-First-Sent"))
        let date = try #require(RFC1123Date.date(from: sent), "not an IMF-fixdate: \(sent)")
        #expect(abs(date.timeIntervalSince(before)) < 2)
    }

    @Test("a caller's own id and first-sent time are sent as given (a Date as an IMF-fixdate, text verbatim)")
    func callerOverrides() {
        var typed = PipelineRequest(method: .post, path: "/identities")
        typed.setRepeatability(requestID: "4e7d453c-ae97-4778-ad51-cb3b4a701100", firstSent: Date(timeIntervalSince1970: 1_694_378_370))
        #expect(header(typed, "Repeatability-Request-ID") == "4e7d453c-ae97-4778-ad51-cb3b4a701100")
        #expect(header(typed, "Repeatability-First-Sent") == "Sun, 10 Sep 2023 20:39:30 GMT")
        var text = PipelineRequest(method: .post, path: "/identities")
        text.setRepeatability(requestID: "r-1", firstSentText: "Sun, 10 Sep 2023 20:39:30 GMT")
        #expect(header(text, "Repeatability-First-Sent") == "Sun, 10 Sep 2023 20:39:30 GMT")
        var filled = PipelineRequest(method: .post, path: "/identities")
        filled.setRepeatability(requestID: "r-2", firstSentText: nil)
        #expect(RFC1123Date.date(from: header(filled, "Repeatability-First-Sent") ?? "") != nil)
    }

    @Test("a repeatable POST is retried on 502 and a dropped connection with the same headers; a plain POST is not")
    func repeatablePostIsRetried() async throws {
        var repeatable = PipelineRequest(method: .post, path: "/identities")
        repeatable.setBody(Data("{}".utf8), contentType: "application/json")
        repeatable.setRepeatability(requestID: nil, firstSent: nil)
        let transport = StubTransport([.empty(502), .empty(504), .json(201, "{}")])
        let pipeline = TestPipeline.make(transport: transport)
        let response = try await pipeline.send(repeatable, expecting: [201])
        #expect(response.status == 201)
        #expect(transport.requests.count == 3)
        let dropped = FlakyTransport(failures: [URLError(.networkConnectionLost)])
        _ = try await TestPipeline.make(transport: dropped).send(repeatable, expecting: [200])
        #expect(dropped.attempts == 2)
        #expect(Set(transport.requests.map { $0.header("Repeatability-Request-ID") }).count == 1)
        #expect(Set(transport.requests.map { $0.header("Repeatability-First-Sent") }).count == 1)

        var plain = PipelineRequest(method: .post, path: "/identities")
        plain.setBody(Data("{}".utf8), contentType: "application/json")
        let plainTransport = StubTransport([.empty(502), .json(201, "{}")])
        let error = await #expect(throws: ServiceError.self) {
            try await TestPipeline.make(transport: plainTransport).send(plain, expecting: [201])
        }
        #expect(error?.statusCode == 502)
        #expect(plainTransport.requests.count == 1)
    }
}
