@_spi(Generated) import AzureSDKRuntime
import Foundation
import Testing

/// A 100 MB body, streamed by the server without being held by it: the call must end, the error
/// must stay small, and a body over the transport's limit must not reach decoding.
@Suite("Hostile server: huge body", .serialized)
struct HostileHugeBodyTests {
    static let size = 100 * 1024 * 1024
    static let chunk = Data(repeating: UInt8(ascii: "a"), count: 64 * 1024)

    /// Streams `prefix`, `size` bytes of "a" and `suffix`, with a Content-Length covering them all
    /// or, when `announced` is false, none (the body ends when the connection closes).
    func serve(prefix: String, suffix: String, announced: Bool = true) throws -> LoopbackServer {
        let head = announced
            ? RawResponse.make(
                status: 200, headers: [("Content-Type", "application/json")],
                contentLength: prefix.utf8.count + Self.size + suffix.utf8.count)
            : Data("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n\r\n".utf8)
        return try LoopbackServer(steps: [
            .readRequest, .send(head + Data(prefix.utf8)), .sendRepeated(Self.chunk, count: Self.size / Self.chunk.count),
            .send(Data(suffix.utf8)), .close,
        ])
    }

    @Test("past the transport's limit: ResponseTooLargeError, not retried, whether or not the size was announced",
          arguments: [true, false])
    func limitRefusesBody(announced: Bool) async throws {
        let server = try serve(prefix: "", suffix: "", announced: announced)
        defer { server.stop() }
        let log = CapturingLogHandler()
        let limit = 8 * 1024 * 1024
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .seconds(20), overall: .seconds(30), retries: 2, maxResponseBytes: limit)
        let outcome = await Hostile.outcome {
            _ = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/x"), expecting: [200])
        }
        let error = try #require(outcome.error as? ResponseTooLargeError, "got \(String(describing: outcome.error))")
        #expect(error.limit == limit)
        #expect(error.announcedLength == (announced ? Self.size : nil))
        #expect(server.connectionCount == 1, "a too-large response is not retried")
        #expect(outcome.elapsed < .seconds(20))
        Hostile.expectNoSecrets(in: error, log: log, servers: [server])
        // FoundationNetworking collects the whole body before handing it over, so this limit keeps
        // it from decoding and the caller, not from memory; AsyncHTTPClientTransport stops reading.
    }

    @Test("100 MB under a raised limit that does not decode: a bounded ResponseDecodingError", arguments: [
        ("", ""), (#"{"token": ""#, #"", "expiresOn": 7}"#),
    ])
    func hugeBody(prefix: String, suffix: String) async throws {
        let server = try serve(prefix: prefix, suffix: suffix)
        defer { server.stop() }
        let log = CapturingLogHandler()
        let pipeline = try Hostile.pipeline(server, log: log, perTry: .seconds(20), overall: .seconds(30), maxResponseBytes: 2 * Self.size)
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
        print("hostile huge body under a raised limit: prefix \(prefix.isEmpty ? "none" : "json"), \(outcome.elapsed), peak growth \(growth / 1_048_576) MiB")
        // The transport collects the announced length into one buffer; the bound only catches
        // unbounded growth, as the peak is process-wide and other suites run in parallel.
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
