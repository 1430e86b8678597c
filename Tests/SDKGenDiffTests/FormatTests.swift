import Foundation
import SDKGenDiff
import Testing

/// Version labels, operation matching keys, and the Markdown and JSON renderers.
@Suite("Formats")
struct FormatTests {
    @Test("preview versions are labelled kind first; stable ones as they are")
    func versionLabels() {
        #expect(VersionLabel.label("2025-03-02-preview") == "preview:2025-03-02")
        #expect(VersionLabel.label("2023-10-01") == "2023-10-01")
        #expect(VersionLabel.label("7.1") == "7.1")
    }

    @Test("reports are deterministic")
    func deterministic() throws {
        let first = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("renamed-operation"))
        let second = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("renamed-operation"))
        #expect(first == second)
        #expect(JSONReport().render(first) == JSONReport().render(second))
    }

    @Test("the JSON report has the documented top-level keys in sorted order")
    func json() throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("removed-operation"))
        let text = JSONReport().render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["breaking", "newVersion", "oldVersion", "operations", "suggestedBump", "summary", "title"])
        #expect(object["breaking"] as? Bool == true)
        #expect(object["suggestedBump"] as? String == "major")
        let keys = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test("the Markdown report leads with the verdict and lists breaking changes first")
    func markdown() throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("content-type-changed"))
        let text = MarkdownReport(date: nil).render(report)
        #expect(text.hasPrefix("## PetClient 2024-01-01 → 2024-01-01\n\n**Breaking** — suggested version bump: **major**."))
        let breaking = try #require(text.range(of: "### Breaking changes"))
        let nonBreaking = try #require(text.range(of: "### Non-breaking changes"))
        #expect(breaking.lowerBound < nonBreaking.lowerBound)
        #expect(text.contains("- `Pets_Put` — `body`: content type application/merge-patch+json added"))
    }

    @Test("golden reports of the rule fixtures (re-record with SDKGEN_RECORD=1)", arguments: ["renamed-operation", "content-type-changed"])
    func golden(_ fixture: String) throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule(fixture))
        let outputs = [
            ("txt", TextReport(date: "2025-04-30").render(report)),
            ("md", MarkdownReport(date: "2025-04-30").render(report)),
            ("json", JSONReport().render(report)),
        ]
        for (suffix, output) in outputs {
            let path = Fixtures.testsFolder.appendingPathComponent("Fixtures/Goldens/rules-\(fixture).\(suffix)").path
            if ProcessInfo.processInfo.environment["SDKGEN_RECORD"] == "1" {
                try output.write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                #expect(output == (try Fixtures.text(path)), "\(path) differs; re-record with SDKGEN_RECORD=1 if the change is intended")
            }
        }
    }
}
