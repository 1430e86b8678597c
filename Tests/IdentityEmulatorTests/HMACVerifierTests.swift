import Foundation
import HTTPTypes
@testable import IdentityEmulator
import Testing

/// The signature check on its own, against the Python SDK's vectors.
@Suite struct HMACVerifierTests {
    static func verifier(key: String = PythonSigningVectors.key, at date: Date = PythonSigningVectors.signedAt) -> HMACVerifier {
        HMACVerifier(base64Keys: [key], clock: { date })!
    }

    static func verify(_ vector: PythonSigningVectors.Case, with verifier: HMACVerifier, dropping: String? = nil) throws(HMACVerifier.Rejection) {
        var fields = HTTPFields()
        for (name, value) in vector.headers where name != dropping { fields[HTTPField.Name(name)!] = value }
        try verifier.verify(
            method: vector.method, pathAndQuery: vector.pathAndQuery, host: PythonSigningVectors.host, headers: fields,
            body: Data(vector.body.utf8), authorization: vector.headers["Authorization"]!)
    }

    @Test(arguments: [PythonSigningVectors.sync, PythonSigningVectors.aio, PythonSigningVectors.aioEscapes])
    func acceptsThePythonSignatures(vector: PythonSigningVectors.Case) throws {
        try Self.verify(vector, with: Self.verifier())
    }

    @Test func refusesAWrongKey() {
        let wrong = Self.verifier(key: EmulatorConfiguration.defaultAccessKey)
        #expect(throws: HMACVerifier.Rejection.badSignature) { try Self.verify(PythonSigningVectors.sync, with: wrong) }
    }

    @Test func refusesADateMoreThanFifteenMinutesOff() throws {
        let late = Self.verifier(at: PythonSigningVectors.signedAt.addingTimeInterval(15 * 60 + 2))
        #expect(throws: HMACVerifier.Rejection.dateOutOfRange) { try Self.verify(PythonSigningVectors.sync, with: late) }
        let early = Self.verifier(at: PythonSigningVectors.signedAt.addingTimeInterval(-(15 * 60 + 2)))
        #expect(throws: HMACVerifier.Rejection.dateOutOfRange) { try Self.verify(PythonSigningVectors.sync, with: early) }
        try Self.verify(PythonSigningVectors.sync, with: Self.verifier(at: PythonSigningVectors.signedAt.addingTimeInterval(14 * 60)))
    }

    @Test func refusesAWrongContentHashAndMissingHeaders() {
        var tampered = PythonSigningVectors.sync
        tampered.body = #"{"scopes": ["voip"]}"#
        #expect(throws: HMACVerifier.Rejection.contentHashMismatch) { try Self.verify(tampered, with: Self.verifier()) }
        #expect(throws: HMACVerifier.Rejection.missingHeader("x-ms-date")) {
            try Self.verify(PythonSigningVectors.sync, with: Self.verifier(), dropping: "x-ms-date")
        }
        var unsigned = PythonSigningVectors.sync
        unsigned.headers["Authorization"] = "HMAC-SHA256 SignedHeaders=x-ms-date;host&Signature=AAAA"
        #expect(throws: HMACVerifier.Rejection.missingSignedHeader("x-ms-content-sha256")) { try Self.verify(unsigned, with: Self.verifier()) }
    }
}
