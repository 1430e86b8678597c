import Foundation
import SDKGenIR
import SDKGenerator
import Testing

@Suite("Warning output")
struct WarningReportTests {
    static func warning(_ location: String, _ message: String) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, message: message)
    }

    @Test("warnings of one cause group together, most frequent first, with relative paths and a count of the rest")
    func grouping() {
        var warnings = (1...5).map { Self.warning("/work/x/api.json#/paths/~1a\($0)/get", "no generated test: example 'e\($0)' has no value for 'id'") }
        warnings.insert(Self.warning("/elsewhere/b.json#/x", "'x-ms-text' is not supported"), at: 2)
        let report = WarningReport(warnings, workingFolder: "/work/x")
        #expect(report.count == 6)
        #expect(report.kinds.map(\.pattern) == ["no generated test: example '…' has no value for '…'", "'…' is not supported"])
        #expect(report.lines(.grouped) == [
            "warning: api.json#/paths/~1a1/get: no generated test: example 'e1' has no value for 'id'",
            "warning: api.json#/paths/~1a2/get: no generated test: example 'e2' has no value for 'id'",
            "warning: api.json#/paths/~1a3/get: no generated test: example 'e3' has no value for 'id'",
            "  … and 2 more like this (--verbose lists every warning)",
            "warning: /elsewhere/b.json#/x: 'x-ms-text' is not supported",
        ])
        #expect(report.lines(.all).count == 6)
        #expect(report.lines(.none).isEmpty)
        #expect(report.summary == "6 warnings: 5 × no generated test: example '…' has no value for '…'; 1 × '…' is not supported")
    }

    @Test("numbers and backticked names do not split a kind")
    func patterns() {
        let report = WarningReport([
            Self.warning("a", "response 200 of `A_Get` differs"), Self.warning("b", "response 404 of `B_Get` differs"),
        ], workingFolder: "/")
        #expect(report.kinds.count == 1)
        #expect(report.summary == "2 warnings: 2 × response # of `…` differs")
        let apostrophe = WarningReport([Self.warning("a", "default 1e99 is outside Int64's range for 'x'")], workingFolder: "/")
        #expect(apostrophe.kinds.map(\.pattern) == ["default #e# is outside Int#'s range for '…'"])
    }

    @Test("sdkgen generate: grouped by default, every warning with --verbose, none with --quiet; the summary counts them")
    func commandLine() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("warnings-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = (1...6).map { "  /p\($0): {get: {operationId: P\($0)_Get, responses: {\"204\": {description: ok}}}}" }
        let spec = "swagger: \"2.0\"\ninfo: {title: W, version: \"1\"}\npaths:\n" + paths.joined(separator: "\n") + "\n"
        try spec.write(toFile: folder + "/w.yaml", atomically: true, encoding: .utf8)
        let grouped = try await CommandLineTests.run(["generate", "w.yaml", "--output", "out"], in: folder)
        #expect(grouped.status == 0)
        #expect(grouped.errors.components(separatedBy: "\n").filter { $0.hasPrefix("warning: w.yaml#") }.count == 3)
        #expect(grouped.errors.contains("… and 3 more like this"))
        #expect(grouped.output.contains("6 warnings: 6 × no generated test: no example"))
        let verbose = try await CommandLineTests.run(["generate", "w.yaml", "--output", "out", "--verbose"], in: folder)
        #expect(verbose.errors.components(separatedBy: "\n").filter { $0.hasPrefix("warning: w.yaml#") }.count == 6)
        let quiet = try await CommandLineTests.run(["generate", "w.yaml", "--output", "out", "--quiet"], in: folder)
        #expect(!quiet.errors.contains("warning"))
        #expect(quiet.output.contains("6 warnings"))
    }
}
