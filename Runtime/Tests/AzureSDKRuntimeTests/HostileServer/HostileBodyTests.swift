@_spi(Generated) import AzureSDKRuntime
import Foundation
import Testing

/// A server that answers 200 with a body that is not what the model expects must give a
/// `ResponseDecodingError` (or a transport error), bounded in size and free of secrets.
@Suite("Hostile server: bodies")
struct HostileBodyTests {
    /// Sends one signed GET to a server answering `response`, then decodes the body.
    func call(_ response: Data) async throws -> (error: (any Error)?, elapsed: Duration, log: CapturingLogHandler, server: LoopbackServer) {
        let server = try LoopbackServer(steps: [.readRequest, .send(response), .close])
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log)
        let result = await Hostile.outcome {
            let response = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
            _ = try response.decodeBody(HostileTokenModel.self)
        }
        return (result.error, result.elapsed, log, server)
    }

    @Test("malformed JSON in a 200 body gives a bounded ResponseDecodingError", arguments: [
        #"{"token": "abc", "expiresOn": "#, #"{"token" "abc"}"#, "<html>502 Bad Gateway</html>", "\u{0}\u{1}\u{2}",
        String(repeating: "[", count: 100_000), #"{"token": "\ud800", "expiresOn": 1}"#,
    ])
    func malformedJSON(body: String) async throws {
        let outcome = try await call(RawResponse.json(200, body))
        let error = try #require(outcome.error as? ResponseDecodingError, "got \(String(describing: outcome.error))")
        #expect(error.status == 200)
        #expect(error.typeName.contains("HostileTokenModel"))
        #expect(error.bodyExcerpt.utf8.count <= 1024 * 3)
        #expect(String(describing: error).utf8.count < 8 * 1024)
        #expect(outcome.elapsed < Hostile.bound)
        Hostile.expectNoSecrets(in: error, log: outcome.log, servers: [outcome.server])
    }

    @Test("wrong types at the top and inside give a ResponseDecodingError naming the field", arguments: [
        (#"{"token": 42, "expiresOn": "2025-03-02T09:05:09Z"}"#, "token"),
        (#"{"token": "t", "expiresOn": "not a date"}"#, "expiresOn"),
        (#"{"token": "t", "expiresOn": ["2025-03-02T09:05:09Z"]}"#, "expiresOn"),
        (#"["token", "expiresOn"]"#, "found an array"),
        (#"{"token": {"nested": true}, "expiresOn": null}"#, "token"),
    ])
    func wrongTypes(body: String, field: String) async throws {
        let outcome = try await call(RawResponse.json(200, body))
        let error = try #require(outcome.error as? ResponseDecodingError, "got \(String(describing: outcome.error))")
        #expect(error.reason.contains(field))
        #expect(outcome.elapsed < Hostile.bound)
        Hostile.expectNoSecrets(in: error, log: outcome.log, servers: [outcome.server])
    }

    @Test("a body shorter than its Content-Length fails instead of passing as a success")
    func truncatedBody() async throws {
        let body = #"{"token": "abc", "expiresOn": "2025-03-02T09:05:09Z"}"#
        let outcome = try await call(RawResponse.json(200, String(body.prefix(20)), contentLength: 4096))
        let error = try #require(outcome.error)
        #expect(!(error is ServiceError))
        #expect(outcome.elapsed < Hostile.bound)
        Hostile.expectNoSecrets(in: error, log: outcome.log, servers: [outcome.server])
    }

    @Test("a valid token response decodes (the harness itself works)")
    func control() async throws {
        let outcome = try await call(RawResponse.json(200, #"{"token": "abc", "expiresOn": "2025-03-02T09:05:09Z"}"#))
        #expect(outcome.error == nil)
        let heads = outcome.server.requestHeads
        #expect(heads.count == 1)
        #expect(heads.first?.lowercased().contains("authorization: hmac-sha256") == true)
    }
}
