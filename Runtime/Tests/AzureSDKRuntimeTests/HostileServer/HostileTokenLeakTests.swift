@_spi(Generated) import AzureSDKRuntime
import Foundation
import Testing

/// Token values in a body must not reach error texts, whether or not the body parses:
/// a truncated token response is exactly what a flaky proxy produces.
@Suite("Hostile server: token redaction")
struct HostileTokenLeakTests {
    func decodingError(_ body: String) async throws -> (ResponseDecodingError, CapturingLogHandler, LoopbackServer) {
        let server = try LoopbackServer(steps: [.readRequest, .send(RawResponse.json(200, body)), .close])
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log)
        let response = try await pipeline.send(PipelineRequest(method: .post, path: "/identities"), expecting: [200])
        let error = try #require(throws: ResponseDecodingError.self) { try response.decodeBody(HostileTokenModel.self) }
        return (error, log, server)
    }

    @Test("a well-formed token response of the wrong shape has its token redacted")
    func wellFormed() async throws {
        let (error, log, server) = try await decodingError(#"{"token": "\#(Hostile.token)", "expiresOn": 5}"#)
        #expect(error.bodyExcerpt.contains("REDACTED"))
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
    }

    @Test("a truncated (malformed) token response has its token redacted too")
    func truncated() async throws {
        let (error, log, server) = try await decodingError(#"{"accessToken": {"token": "\#(Hostile.token)", "expiresOn": "#)
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
    }
}
