import Foundation
import IdentityEmulator
import Testing

/// HTTPS with a self-signed PEM pair made by the README's `openssl` one-liner, checked with `curl --cacert`
/// (URLSession on Linux cannot be told to trust one certificate). Skipped where either tool is missing.
@Suite struct TLSTests {
    static let tools = ["/usr/bin/openssl", "/usr/bin/curl"]

    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test(.enabled(if: tools.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }))
    func servesHTTPSWithPEMFiles() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-emulator-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cert = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let made = try Self.run(Self.tools[0], [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert,
        ])
        #expect(made.status == 0)
        guard made.status == 0 else { return }

        try await EmulatorHarness.withEmulator({ $0.tls = TLSFiles(certificatePath: cert, privateKeyPath: key) }) { emulator, _ in
            #expect(emulator.endpoint.scheme == "https")
            #expect(emulator.connectionString.hasPrefix("endpoint=https://127.0.0.1:"))
            let url = emulator.endpoint.absoluteString + "/identities?api-version=2025-03-02-preview"
            let reply = try Self.run(Self.tools[1], ["-s", "--cacert", cert, "-X", "POST", "-w", "\n%{http_code}", url])
            #expect(reply.status == 0)
            #expect(reply.output.hasSuffix("\n401"), "\(reply.output)")
            #expect(reply.output.contains("InvalidAccessToken"))
        }
    }
}
