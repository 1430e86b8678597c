import Foundation
import IdentityEmulator
import Testing

/// The headers and date form the live service writes.
@Suite struct ResponseHeaderTests {
    @Test func successAndErrorAnswersCarryTheServiceHeaders() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let requestID: [String: String?] = ["x-ms-client-request-id": "3f2c6c1e-request"]
            let created = try await wire.post(
                IdentityPaths.identities, json: #"{"createTokenWithScopes":["chat"],"expiresInMinutes":60}"#, headers: requestID)
            let failed = try await WireClient(endpoint: emulator.endpoint, credential: Unsigned())
                .get(IdentityPaths.identity("x"), headers: requestID)
            #expect(created.status == 201)
            #expect(failed.status == 401)
            for reply in [created, failed] {
                #expect(reply.header("x-ms-client-request-id") == "3f2c6c1e-request")
                #expect(reply.header("Content-Type") == "application/json; charset=utf-8")
                #expect(reply.header("api-supported-versions") == "2022-10-01, 2023-08-01, 2023-10-01, 2025-03-02-preview")
                let cv = try #require(reply.header("MS-CV"))
                #expect(cv.count == 24 && cv.hasSuffix(".0"))
            }
            let dates = created.text.matches(of: /"(expiresOn|lastTokenIssuedAt)":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00)"/)
            #expect(dates.count == 2, "\(created)")
        }
    }
}
