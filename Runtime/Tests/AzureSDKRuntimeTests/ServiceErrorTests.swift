import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("ServiceError")
struct ServiceErrorTests {
    @Test("is populated from an ACS error body")
    func fromACSErrorBody() async throws {
        let body = """
            {"error":{"code":"IdentityNotFound","message":"The identity was not found.","target":"id",
            "details":[{"code":"D1","message":"first"},{"code":"D2","message":"second","details":[{"code":"D2a"}]}],
            "innererror":{"code":"Inner","message":"inner","innererror":{"code":"Innermost"}}}}
            """
        let transport = StubTransport([.json(404, body, headers: ["x-ms-request-id": "server-id", "MS-CV": "cv"])])
        let pipeline = TestPipeline.make(transport: transport)

        let error = try #require(
            await #expect(throws: ServiceError.self) {
                try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
            })

        #expect(error.statusCode == 404)
        #expect(error.code == "IdentityNotFound")
        #expect(error.message == "The identity was not found.")
        #expect(error.target == "id")
        #expect(error.details.map(\.code) == ["D1", "D2"])
        #expect(error.details[1].details.first?.code == "D2a")
        #expect(error.innerError?.code == "Inner")
        #expect(error.innerError?.innerError?.code == "Innermost")
        #expect(error.requestID == "server-id")
        #expect(error.rawBody == body)
        #expect(error.description.contains("IdentityNotFound"))
        #expect(error.description.contains("server-id"))
    }

    @Test("is populated from a non-JSON body, keeping at most 4 KiB")
    func fromNonJSONBody() async throws {
        let html = "<html><body>Bad Gateway</body></html>" + String(repeating: "x", count: 5000)
        let transport = StubTransport([
            StubResponse(status: 400, headers: ["Content-Type": "text/html", "x-ms-client-request-id": "client-id"], body: Data(html.utf8))
        ])
        let pipeline = TestPipeline.make(transport: transport)

        let error = try #require(
            await #expect(throws: ServiceError.self) {
                try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
            })

        #expect(error.statusCode == 400)
        #expect(error.code == nil)
        #expect(error.message == nil)
        #expect(error.details.isEmpty)
        #expect(error.requestID == "client-id")
        #expect(error.rawBody.utf8.count == 4096)
        #expect(error.rawBody.hasPrefix("<html><body>Bad Gateway"))
        #expect(error.description.contains("Bad Gateway"))
    }

    @Test("x-ms-error-code gives the code when the body has none; a body's code wins")
    func errorCodeHeader() {
        let headerOnly = ServiceError(response: PipelineResponse(
            status: 412, headerFields: [HTTPField.Name("x-ms-error-code")!: "ConditionNotMet"], body: Data()))
        #expect(headerOnly.code == "ConditionNotMet")
        let both = ServiceError(response: PipelineResponse(
            status: 404, headerFields: [HTTPField.Name("x-ms-error-code")!: "FromHeader"],
            body: Data(#"{"error":{"code":"FromBody","message":"m"}}"#.utf8)))
        #expect(both.code == "FromBody")
        let neither = ServiceError(response: PipelineResponse(status: 500, headerFields: [:], body: Data("oops".utf8)))
        #expect(neither.code == nil)
    }

    @Test("an empty body and no request-id headers still make a usable error")
    func emptyBody() {
        let error = ServiceError(response: PipelineResponse(status: 500))
        #expect(error.statusCode == 500)
        #expect(error.requestID == nil)
        #expect(error.rawBody.isEmpty)
        #expect(error.description == "ServiceError(status 500)")
    }

    @Test("the description never contains headers such as Authorization")
    func descriptionHasNoHeaders() async throws {
        let transport = StubTransport([.json(401, #"{"error":{"code":"Denied","message":"no"}}"#, headers: ["WWW-Authenticate": "secret-challenge"])])
        let credential = try AccessKeyCredential(accessKey: HMACVectors.accessKey)
        let pipeline = TestPipeline.make(transport: transport, credential: credential)
        let error = try #require(
            await #expect(throws: ServiceError.self) {
                try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])
            })
        let text = "\(error) \(String(reflecting: error))"
        #expect(!text.contains("HMAC-SHA256"))
        #expect(!text.contains("Signature="))
        #expect(!text.contains("secret-challenge"))
    }
}
