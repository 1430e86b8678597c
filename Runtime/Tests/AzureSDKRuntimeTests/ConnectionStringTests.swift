import Foundation
import Testing

@testable import AzureSDKRuntime

@Suite("ConnectionString parsing")
struct ConnectionStringTests {
    static let key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="

    @Test(
        "accepted forms",
        arguments: [
            "endpoint=https://x.communication.azure.com/;accesskey=\(key)",
            "endpoint=https://x.communication.azure.com;accesskey=\(key)",
            "Endpoint=https://x.communication.azure.com/;AccessKey=\(key)",
            "ACCESSKEY=\(key);ENDPOINT=https://x.communication.azure.com//",
            "  endpoint = https://x.communication.azure.com/ ;\n accesskey = \(key) ; ",
            "endpoint=https://x.communication.azure.com/;accesskey=\(key);unknown=ignored",
            ";endpoint=https://x.communication.azure.com/;;accesskey=\(key);",
        ])
    func acceptedForms(_ text: String) throws {
        let parsed = try ConnectionString(parsing: text)
        #expect(parsed.endpoint.absoluteString == "https://x.communication.azure.com")
        #expect(parsed.accessKey == Self.key)
    }

    @Test("keeps a base path and port, without the trailing slash")
    func basePathAndPort() throws {
        let parsed = try ConnectionString(parsing: "endpoint=http://localhost:8080/acs/;accesskey=\(Self.key)")
        #expect(parsed.endpoint.absoluteString == "http://localhost:8080/acs")
    }

    @Test("a repeated name takes the last value, as the other SDKs do")
    func lastDuplicateWins() throws {
        let parsed = try ConnectionString(
            parsing: "endpoint=https://a.communication.azure.com;endpoint=https://b.communication.azure.com;accesskey=\(Self.key)")
        #expect(parsed.endpoint.host == "b.communication.azure.com")
    }

    @Test(
        "malformed strings are rejected with the right reason",
        arguments: [
            ("", ConnectionStringError.Reason.empty),
            (" ; ;", .empty),
            ("accesskey=\(key)", .missingEndpoint),
            ("endpoint=;accesskey=\(key)", .missingEndpoint),
            ("endpoint=https://x.communication.azure.com", .missingAccessKey),
            ("endpoint=https://x.communication.azure.com;accesskey=", .missingAccessKey),
            ("endpoint=https://x.communication.azure.com;just-text", .malformedPart(position: 2)),
            ("endpoint=https://x.communication.azure.com;\(key)", .missingAccessKey),
            ("endpoint=x.communication.azure.com;accesskey=\(key)", .invalidEndpoint),
            ("endpoint=ftp://x.communication.azure.com;accesskey=\(key)", .invalidEndpoint),
            ("endpoint=https://x.communication.azure.com?a=b;accesskey=\(key)", .invalidEndpoint),
            ("endpoint=https://x.communication.azure.com;accesskey=not*base64!", .invalidAccessKey),
        ])
    func malformed(_ text: String, _ reason: ConnectionStringError.Reason) {
        #expect(throws: ConnectionStringError(reason)) { try ConnectionString(parsing: text) }
    }

    @Test("error messages never contain the access key or its parts")
    func errorsNeverEchoTheKey() {
        let secret = "c2VjcmV0LWtleS1kby1ub3QtbGVhaw=="
        let inputs = [
            "endpoint=https://x.communication.azure.com;\(secret)",
            "accesskey=\(secret)",
            "endpoint=bad-url;accesskey=\(secret)",
            "endpoint=https://x.communication.azure.com;accesskey=\(secret)!!",
            secret,
        ]
        for input in inputs {
            do {
                _ = try ConnectionString(parsing: input)
                Issue.record("expected an error for input \(inputs.firstIndex(of: input)!)")
            } catch {
                let text = "\(error) \(String(reflecting: error)) \(error.localizedDescription)"
                #expect(!text.contains(secret))
                #expect(!text.contains("c2VjcmV0"))
            }
        }
    }

    @Test("description and dump redact the key")
    func descriptionRedactsKey() throws {
        let parsed = try ConnectionString(parsing: "endpoint=https://x.communication.azure.com/;accesskey=\(Self.key)")
        var dumped = ""
        dump(parsed, to: &dumped)
        #expect(!parsed.description.contains(Self.key))
        #expect(!dumped.contains(Self.key))
    }
}
