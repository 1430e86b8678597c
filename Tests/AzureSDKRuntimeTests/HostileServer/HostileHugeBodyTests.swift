import AzureSDKRuntime
import Foundation
import Testing

/// A 100 MB body, streamed by the server without being held by it: the call must end,
/// the error must stay small, and the client must not multiply the body in memory.
@Suite("Hostile server: huge body", .serialized)
struct HostileHugeBodyTests {
    static let size = 100 * 1024 * 1024
    static let chunk = Data(repeating: UInt8(ascii: "a"), count: 64 * 1024)

    /// Streams `prefix`, `size` bytes of "a" and `suffix` with a Content-Length covering them all.
    func serve(prefix: String, suffix: String) throws -> LoopbackServer {
        let head = RawResponse.make(
            status: 200, headers: [("Content-Type", "application/json")],
            contentLength: prefix.utf8.count + Self.size + suffix.utf8.count)
        return try LoopbackServer(steps: [
            .readRequest, .send(head + Data(prefix.utf8)), .sendRepeated(Self.chunk, count: Self.size / Self.chunk.count),
            .send(Data(suffix.utf8)), .close,
        ])
    }

    @Test("100 MB that does not decode: a bounded ResponseDecodingError, no third copy of the body", arguments: [
        ("", ""), (#"{"token": ""#, #"", "expiresOn": 7}"#),
    ])
    func hugeBody(prefix: String, suffix: String) async throws {
        let server = try serve(prefix: prefix, suffix: suffix)
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .seconds(20), overall: .seconds(30))
        PeakMemory.reset()
        let before = PeakMemory.residentBytes()
        let outcome = await Hostile.outcome {
            let response = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
            #expect(response.body.count == prefix.utf8.count + Self.size + suffix.utf8.count)
            _ = try response.decodeBody(HostileTokenModel.self)
        }
        let growth = PeakMemory.peakBytes() - before
        let error = try #require(outcome.error as? ResponseDecodingError, "got \(String(describing: outcome.error))")
        #expect(String(describing: error).utf8.count < 8 * 1024)
        #expect(outcome.elapsed < .seconds(20))
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
        print("hostile huge body: prefix \(prefix.isEmpty ? "none" : "json"), \(outcome.elapsed), peak growth \(growth / 1_048_576) MiB")
        // FoundationNetworking's URLSession buffers the body and hands over a copy, so the
        // transport alone peaks near 2.4x (measured alone). The peak is process-wide and other
        // suites run in parallel (the reader corpus parses 50 MB strings), so the bound here only
        // catches unbounded growth; run this suite alone to see the 2.4x figure it prints.
        #expect(growth < 10 * Self.size, "peak grew by \(growth / 1_048_576) MiB for a 100 MiB body")
    }
}

/// The process's resident and peak resident memory, from /proc (Linux).
enum PeakMemory {
    /// Resets the peak (VmHWM) to the current resident size; a no-op where unsupported.
    static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func residentBytes() -> Int { field("VmRSS:") }
    static func peakBytes() -> Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
