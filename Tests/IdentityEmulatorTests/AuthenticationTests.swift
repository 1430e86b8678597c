import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// Authentication over the socket: the Python SDK's signed requests replayed byte for byte, and
/// the 401s the service gives for everything else.
@Suite struct AuthenticationTests {
    /// The service's answer to every request it cannot authenticate.
    static let invalidAccessTokenBody = #"{"error":{"code":"InvalidAccessToken","message":"Provided access token is not valid."}}"#

    /// An emulator that thinks it is 2025-03-02T08:05:09Z and owns the vectors' identity.
    static func withVectorEmulator(key: String, _ body: (RunningEmulator) async throws -> Void) async throws {
        try await EmulatorHarness.withEmulator({
            $0.accessKeys = [key]
            $0.resourceID = PythonSigningVectors.resourceID
            $0.clock = { PythonSigningVectors.signedAt }
        }) { emulator, _ in
            try await emulator.store.addIdentity(IdentityRecord(id: PythonSigningVectors.identityID))
            try await body(emulator)
        }
    }

    /// Sends `vector` as the Python SDK sent it: its path and query, body, date, content hash and
    /// signature unchanged, and the Host it signed for. Unsigned by the runtime, without retries.
    static func replay(_ vector: PythonSigningVectors.Case, to emulator: RunningEmulator) async throws -> WireResponse {
        let wire = WireClient(endpoint: emulator.endpoint, credential: Unsigned(), options: ClientOptions(retry: RetryOptions(maxRetries: 0)), apiVersion: nil)
        var headers: [String: String?] = vector.headers
        headers["Host"] = PythonSigningVectors.host
        headers["Content-Type"] = "application/json"
        return try await wire.send(
            .init(vector.method)!, vector.pathAndQuery, headers: headers, json: vector.body.isEmpty ? nil : vector.body)
    }

    @Test(arguments: [PythonSigningVectors.sync, PythonSigningVectors.aio])
    func acceptsRequestsSignedLikeThePythonSDK(vector: PythonSigningVectors.Case) async throws {
        try await Self.withVectorEmulator(key: PythonSigningVectors.key) { emulator in
            let reply = try await Self.replay(vector, to: emulator)
            #expect(reply.status == 200, "\(vector.name): \(reply)")
            // 1440 minutes after the frozen clock, written as the service writes dates.
            #expect(reply.text.contains(#""expiresOn":"2025-03-03T08:05:09.123"#))
            #expect(reply.text.contains(#"+00:00""#))
            #expect(await emulator.store.identity(id: PythonSigningVectors.identityID)?.lastTokenIssuedAt != nil)
        }
    }

    @Test func refusesThePythonSignaturesWithAnotherKey() async throws {
        try await Self.withVectorEmulator(key: EmulatorConfiguration.defaultAccessKey) { emulator in
            for vector in [PythonSigningVectors.sync, PythonSigningVectors.aio] {
                let reply = try await Self.replay(vector, to: emulator)
                #expect(reply.status == 401)
                #expect(reply.text == Self.invalidAccessTokenBody)
            }
        }
    }

    @Test func wrongKeyIs401WithTheServiceBody() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let wrongKey = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            let wire = try WireClient(connectionString: "endpoint=\(emulator.endpoint.absoluteString)/;accesskey=\(wrongKey)")
            let reply = try await wire.post(IdentityPaths.identities)
            #expect(reply.status == 401)
            #expect(reply.error?["code"]?.stringValue == "InvalidAccessToken")
            #expect(reply.text == Self.invalidAccessTokenBody)
        }
    }

    @Test func secondaryKeyIsAcceptedToo() async throws {
        let secondary = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        try await EmulatorHarness.withEmulator({ $0.accessKeys.append(secondary) }) { emulator, _ in
            let wire = try WireClient(connectionString: "endpoint=\(emulator.endpoint.absoluteString)/;accesskey=\(secondary)")
            let reply = try await wire.post(IdentityPaths.identities)
            #expect(reply.status == 201, "\(reply)")
        }
    }

    @Test func staleDateTamperedBodyAndMissingHeadersAre401() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let key = EmulatorConfiguration.defaultAccessKey
            /// A client whose signatures carry `x-ms-date` `offset` seconds from now.
            func signing(at offset: TimeInterval) throws -> WireClient {
                WireClient(endpoint: emulator.endpoint, credential: try AccessKeyCredential(accessKey: key, clock: { Date().addingTimeInterval(offset) }))
            }
            let fresh = try await signing(at: -14 * 60).post(IdentityPaths.identities)
            #expect(fresh.status == 201)
            let stale = try await signing(at: -16 * 60).post(IdentityPaths.identities)
            #expect(stale.status == 401)
            let future = try await signing(at: 16 * 60).post(IdentityPaths.identities)
            #expect(future.status == 401)

            // Signed over this body, but sent with the hash of an empty one.
            let tampered = try await wire.post(
                IdentityPaths.identities, json: #"{"customId":"a"}"#,
                headers: ["x-ms-content-sha256": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="])
            #expect(tampered.status == 401)

            let unsigned = try await WireClient(endpoint: emulator.endpoint, credential: Unsigned()).post(IdentityPaths.identities)
            #expect(unsigned.status == 401)
            #expect(try unsigned.json() == JSONValue(parsing: Self.invalidAccessTokenBody))
            let noDate = try await wire.post(IdentityPaths.identities, headers: ["x-ms-date": nil])
            #expect(noDate.status == 401)
            #expect(await emulator.store.identityCount == 1)
        }
    }
}
