@_spi(Generated) import AzureSDKRuntime
import Foundation
import Testing

/// A redirect to another host and port must not be followed, by URLSession or by the
/// pipeline: the second server must see no connection at all, so no `Authorization` or
/// HMAC `x-ms-*` header can reach it.
@Suite("Hostile server: redirects")
struct HostileRedirectTests {
    @Test("302 and 307 to another port are refused and the target gets nothing", arguments: [
        (302, "GET"), (307, "GET"), (307, "POST"), (302, "POST"),
    ])
    func crossHostRefused(status: Int, method: String) async throws {
        let target = try LoopbackServer(steps: [.readRequest, .send(RawResponse.json(200, #"{"stolen":true}"#)), .close])
        defer { target.stop() }
        for location in ["http://127.0.0.1:\(target.port)/steal", "http://localhost:\(target.port)/steal", "//127.0.0.1:\(target.port)/steal"] {
            let redirect = RawResponse.make(status: status, reason: "Redirect", headers: [("Location", location)])
            let origin = try LoopbackServer(steps: [.readRequest, .send(redirect), .close])
            defer { origin.stop() }
            let log = CapturingLogHandler()
            let pipeline = try Hostile.pipeline(origin, log: log)
            var request = PipelineRequest(method: method == "GET" ? .get : .post, path: "/identities")
            if method == "POST" { try request.setJSONBody(["createTokenWithScopes": ["chat"]]) }
            let outcome = await Hostile.outcome { _ = try await pipeline.send(request, expecting: [200, 201]) }

            let error = try #require(outcome.error as? ServiceError, "got \(String(describing: outcome.error))")
            #expect(error.statusCode == status)
            #expect(origin.requestHeads.count == 1)
            #expect(origin.requestHeads.first?.lowercased().contains("authorization: hmac-sha256") == true)
            try await Task.sleep(for: .milliseconds(100))
            #expect(target.connectionCount == 0, "the redirect target was contacted for \(location)")
            #expect(outcome.elapsed < Hostile.bound)
            Hostile.expectNoSecrets(in: error, log: log, servers: [origin, target])
        }
    }

    @Test("a 307 to the same host and port is followed once and signed again")
    func sameHostFollowed() async throws {
        let server = try LoopbackServer(script: { index in
            index == 0
                ? [.readRequest, .send(RawResponse.make(status: 307, reason: "Moved", headers: [("Location", "/moved")])), .close]
                : [.readRequest, .send(RawResponse.json(200, "{}")), .close]
        })
        defer { server.stop() }
        let log = CapturingLogHandler()
        let response = try await Hostile.pipeline(server, log: log).send(PipelineRequest(method: .get, path: "/identities"), expecting: [200])
        #expect(response.status == 200)
        let heads = server.requestHeads
        #expect(heads.count == 2)
        #expect(heads.last?.hasPrefix("GET /moved ") == true)
        #expect(heads.allSatisfy { $0.lowercased().contains("authorization: hmac-sha256") })
        Hostile.expectNoSecrets(in: nil, log: log, servers: [server])
    }
}
