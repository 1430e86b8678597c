import AzureSDKRuntimeTesting
import Foundation
import Logging
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("Logging never leaks secrets")
struct LoggingRedactionTests {
    @Test("request/response lines are logged without key, signature, Authorization or token")
    func noSecretsInLogs() async throws {
        let handler = CapturingLogHandler()
        let logger = Logger(label: "test") { _ in handler }
        let tokenResponse = #"{"identity":{"id":"8:acs:x"},"accessToken":{"token":"eyJhbGciOi.secret-jwt","expiresOn":"2025-03-02T09:05:09Z"}}"#
        let transport = StubTransport([.empty(503), .json(201, tokenResponse)])
        let credential = try AccessKeyCredential(accessKey: HMACVectors.accessKey)
        let pipeline = TestPipeline.make(transport: transport, credential: credential, options: ClientOptions(logger: logger))

        var request = PipelineRequest(method: .post, path: "/identities")
        try request.setJSONBody(["token": "aad-user-token-secret", "appId": "app"])
        _ = try await pipeline.send(request, expecting: [201])

        let lines = handler.lines
        let sentRequestID = try #require(transport.requests.first?.header("x-ms-client-request-id"))
        #expect(lines.count >= 4)
        #expect(lines.contains { $0.contains("POST https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview") && $0.contains("try=1") })
        #expect(lines.contains { $0.contains("try=2") })
        #expect(lines.contains { $0.contains("Response 201") && $0.contains(" ms") })
        #expect(lines.allSatisfy { $0.hasPrefix("debug ") })
        #expect(lines.filter { $0.contains("Request POST") }.allSatisfy { $0.contains(sentRequestID) })

        let signatures = transport.requests.compactMap { $0.header("Authorization") }
        #expect(signatures.count == 2)
        for line in lines {
            #expect(!line.contains(HMACVectors.accessKey))
            #expect(!line.contains("HMAC-SHA256"))
            #expect(!line.contains("Authorization"))
            for signature in signatures {
                #expect(!line.contains(String(signature.split(separator: "=", maxSplits: 1)[1])))
            }
            #expect(!line.contains("aad-user-token-secret"))
            #expect(!line.contains("secret-jwt"))
        }
    }

    @Test("bearer tokens are not logged either")
    func noBearerTokenInLogs() async throws {
        let handler = CapturingLogHandler()
        let logger = Logger(label: "test") { _ in handler }
        let credential = BearerTokenCredential(credential: FixedTokenCredential(token: "bearer-secret-value"))
        let transport = StubTransport([.empty(200)])
        let pipeline = TestPipeline.make(transport: transport, credential: credential, options: ClientOptions(logger: logger))
        _ = try await pipeline.send(PipelineRequest(method: .get, path: "/x"), expecting: [200])

        #expect(transport.requests[0].header("Authorization") == "Bearer bearer-secret-value")
        #expect(!handler.lines.isEmpty)
        #expect(handler.lines.allSatisfy { !$0.contains("bearer-secret-value") })
    }
}

/// A token credential that always returns the same token valid for an hour.
struct FixedTokenCredential: TokenCredential {
    var token: String

    func token(for scopes: [String]) async throws -> AccessToken {
        AccessToken(token: token, expiresOn: Date().addingTimeInterval(3600))
    }
}
