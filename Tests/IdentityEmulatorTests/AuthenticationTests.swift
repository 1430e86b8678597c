import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// Authentication over the socket: the Python SDK's signed requests replayed byte for byte, and
/// the 401s the service gives for everything else.
@Suite struct AuthenticationTests {
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

    static func replay(_ vector: PythonSigningVectors.Case, to emulator: RunningEmulator) async throws -> RawHTTP.Reply {
        var headers = vector.headers
        headers["Host"] = PythonSigningVectors.host
        headers["Content-Type"] = "application/json"
        return try await RawHTTP.send(
            vector.method, vector.pathAndQuery, to: emulator.endpoint, headers: headers,
            body: vector.body.isEmpty ? nil : Data(vector.body.utf8))
    }

    @Test(arguments: [PythonSigningVectors.sync, PythonSigningVectors.aio])
    func acceptsRequestsSignedLikeThePythonSDK(vector: PythonSigningVectors.Case) async throws {
        try await Self.withVectorEmulator(key: PythonSigningVectors.key) { emulator in
            let reply = try await Self.replay(vector, to: emulator)
            #expect(reply.status == 200, "\(vector.name): \(reply.text)")
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
                #expect(reply.text == #"{"error":{"code":"InvalidAccessToken","message":"Provided access token is not valid."}}"#)
            }
        }
    }

    @Test func wrongKeyIs401WithTheServiceBody() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let wrongKey = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
            let client = try CommunicationIdentityClient(
                connectionString: "endpoint=\(emulator.endpoint.absoluteString)/;accesskey=\(wrongKey)",
                options: ClientOptions(retry: EmulatorHarness.fastRetries))
            let error = try await EmulatorHarness.serviceError { _ = try await client.communicationIdentity.create() }
            #expect(error.statusCode == 401)
            #expect(error.code == "InvalidAccessToken")
            #expect(error.rawBody == #"{"error":{"code":"InvalidAccessToken","message":"Provided access token is not valid."}}"#)
        }
    }

    @Test func secondaryKeyIsAcceptedToo() async throws {
        let secondary = Data((0..<32).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        try await EmulatorHarness.withEmulator({ $0.accessKeys.append(secondary) }) { emulator, _ in
            let client = try CommunicationIdentityClient(connectionString: "endpoint=\(emulator.endpoint.absoluteString)/;accesskey=\(secondary)")
            _ = try await client.communicationIdentity.create()
        }
    }

    @Test func staleDateTamperedBodyAndMissingHeadersAre401() async throws {
        try await EmulatorHarness.withEmulator { emulator, _ in
            let path = "/identities?api-version=2025-03-02-preview"
            let key = EmulatorConfiguration.defaultAccessKey
            let fresh = try await RawHTTP.signed("POST", path, to: emulator.endpoint, accessKey: key, signedAt: Date().addingTimeInterval(-14 * 60))
            #expect(fresh.status == 201)
            let stale = try await RawHTTP.signed("POST", path, to: emulator.endpoint, accessKey: key, signedAt: Date().addingTimeInterval(-16 * 60))
            #expect(stale.status == 401)
            let future = try await RawHTTP.signed("POST", path, to: emulator.endpoint, accessKey: key, signedAt: Date().addingTimeInterval(16 * 60))
            #expect(future.status == 401)

            let signedBody = Data(#"{"customId":"a"}"#.utf8)
            let tampered = try await RawHTTP.signed(
                "POST", path, to: emulator.endpoint, accessKey: key, body: signedBody,
                headers: ["x-ms-content-sha256": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="])
            #expect(tampered.status == 401)

            let unsigned = try await RawHTTP.send("POST", path, to: emulator.endpoint)
            #expect(unsigned.status == 401)
            #expect(unsigned.json?["error"] as? NSDictionary == ["code": "InvalidAccessToken", "message": "Provided access token is not valid."])
            let noDate = try await RawHTTP.signed("POST", path, to: emulator.endpoint, accessKey: key, headers: ["x-ms-date": ""])
            #expect(noDate.status == 401)
        }
    }
}
