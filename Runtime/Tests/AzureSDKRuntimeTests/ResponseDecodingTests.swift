@_spi(Generated) import AzureSDKRuntime
import Foundation
import HTTPTypes
import Testing

@Suite("PipelineResponse decoding")
struct ResponseDecodingTests {
    private struct Identity: Decodable, Equatable {
        var id: String
        var createdAt: Date?
    }

    @Test("decodes bodies with dates")
    func decodes() throws {
        let response = PipelineResponse(status: 200, body: Data(#"{"id":"a","createdAt":"2023-10-10T21:39:39.3244584+00:00"}"#.utf8))
        let identity = try response.decodeBody(Identity.self)
        #expect(identity.id == "a")
        #expect(identity.createdAt == JSONCoding.date(from: "2023-10-10T21:39:39.3244584Z"))
    }

    @Test("an empty body is nil for decodeBodyIfPresent")
    func emptyBody() throws {
        #expect(try PipelineResponse(status: 204).decodeBodyIfPresent(Identity.self) == nil)
    }

    @Test("a mismatch is a ResponseDecodingError with status, type, path and a redacted excerpt")
    func mismatch() throws {
        let body = #"{"identity":{"id":5},"accessToken":{"token":"eyJ.secret.jwt","expiresOn":"x"}}"#
        let response = PipelineResponse(status: 201, body: Data(body.utf8))
        struct Wrapper: Decodable {
            var identity: Identity
        }
        let error = try #require(#expect(throws: ResponseDecodingError.self) { try response.decodeBody(Wrapper.self) })
        #expect(error.status == 201)
        #expect(error.typeName == "Wrapper")
        #expect(error.reason.contains("/identity/id"))
        #expect(error.bodyExcerpt.contains("REDACTED"))
        #expect(!error.bodyExcerpt.contains("eyJ.secret.jwt"))
        #expect(!error.description.contains("eyJ.secret.jwt"))
    }

    @Test("the excerpt of a huge non-JSON body is bounded")
    func boundedExcerpt() throws {
        let response = PipelineResponse(status: 200, body: Data(String(repeating: "z", count: 10_000).utf8))
        let error = try #require(#expect(throws: ResponseDecodingError.self) { try response.decodeBody(Identity.self) })
        #expect(error.bodyExcerpt.count == 1024)
    }
}
