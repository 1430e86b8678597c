import Foundation
import HTTPTypes
import IdentityEmulator
import Testing

/// The headers and date form the live service writes.
@Suite struct ResponseHeaderTests {
    @Test func successAndErrorAnswersCarryTheServiceHeaders() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let body = Data(#"{"createTokenWithScopes":["chat"],"expiresInMinutes":60}"#.utf8)
            let created = try await RawHTTP.signed(
                "POST", "/identities?api-version=2025-03-02-preview", to: emulator.endpoint,
                accessKey: EmulatorConfiguration.defaultAccessKey, body: body,
                headers: ["x-ms-client-request-id": "3f2c6c1e-request", "Content-Type": "application/json"])
            let failed = try await RawHTTP.send(
                "GET", "/identities/x?api-version=2025-03-02-preview", to: emulator.endpoint,
                headers: ["x-ms-client-request-id": "3f2c6c1e-request"])
            #expect(created.status == 201)
            #expect(failed.status == 401)
            for reply in [created, failed] {
                #expect(reply.headers[HTTPField.Name("x-ms-client-request-id")!] == "3f2c6c1e-request")
                #expect(reply.headers[.contentType] == "application/json; charset=utf-8")
                #expect(reply.headers[HTTPField.Name("api-supported-versions")!] == "2022-10-01, 2023-08-01, 2023-10-01, 2025-03-02-preview")
                let cv = try #require(reply.headers[HTTPField.Name("MS-CV")!])
                #expect(cv.count == 24 && cv.hasSuffix(".0"))
            }
            let dates = created.text.matches(of: /"(expiresOn|lastTokenIssuedAt)":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00)"/)
            #expect(dates.count == 2, "\(created.text)")
        }
    }
}
