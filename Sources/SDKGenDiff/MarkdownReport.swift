/// A Markdown report for a pull request: the verdict, a table of operations, then the breaking and
/// the non-breaking changes as lists.
public struct MarkdownReport: Sendable {
    /// The report date as `YYYY-MM-DD`; nil leaves it out.
    public var date: String?

    /// Creates a renderer.
    public init(date: String?) {
        self.date = date
    }

    /// The report, ending with a newline.
    public func render(_ report: ChangeReport) -> String {
        var lines = ["## \(report.title) \(VersionLabel.range(old: report.oldVersion, new: report.newVersion))", ""]
        var verdict = "**\(report.isBreaking ? "Breaking" : "Non-breaking")** — suggested version bump: **\(report.suggestedBump.rawValue)**. "
        verdict += ReportSummary.counts(report).prefix(1).uppercased() + ReportSummary.counts(report).dropFirst() + "."
        if let date { verdict += " (\(date))" }
        lines.append(verdict)
        guard !report.operations.isEmpty else { return (lines + [""]).joined(separator: "\n") }
        lines += ["", "| operation | method and path | status | breaking | non-breaking |", "| --- | --- | --- | ---: | ---: |"]
        for operation in report.operations {
            let breaking = operation.changes.filter { $0.severity == .breaking }.count
            let name = operation.previousOperationID.map { "`\($0)` → `\(operation.operationID)`" } ?? "`\(operation.operationID)`"
            lines.append("| \(name) | `\(operation.method) \(Self.escaped(operation.path))` | \(operation.status.rawValue) | \(breaking) | \(operation.changes.count - breaking) |")
        }
        for severity in [Severity.breaking, .nonBreaking] {
            let entries = report.operations.flatMap { operation in
                operation.changes.filter { $0.severity == severity }.map { (operation, $0) }
            }
            guard !entries.isEmpty else { continue }
            lines += ["", "### \(severity == .breaking ? "Breaking" : "Non-breaking") changes", ""]
            for (operation, change) in entries {
                let location = change.location.isEmpty ? "" : " — `\(Self.escaped(change.location))`"
                lines.append("- `\(operation.operationID)`\(location): \(Self.escaped(change.message))")
            }
        }
        let renamed = report.operations.compactMap { operation in operation.previousOperationID.map { (operation.operationID, $0) } }
        let renamedTypes = Self.renamedTypes(report)
        if !renamed.isEmpty || !renamedTypes.isEmpty {
            lines += ["", "### Keeping Swift names", "",
                      "The wire calls are unchanged; to keep callers' code compiling, pin the old names in `sdkgen.yaml`:", "",
                      "```yaml", "names:"]
            if !renamed.isEmpty {
                lines.append("  operations:")
                lines += renamed.map { "    \($0.0): \($0.1)" }
            }
            if !renamedTypes.isEmpty {
                lines.append("  types:")
                lines += renamedTypes.map { "    \($0.new): \($0.old)" }
            }
            lines.append("```")
        }
        return (lines + [""]).joined(separator: "\n")
    }

    /// Models and enums renamed on the same wire shape (`model A renamed to B`), each once, sorted by new name.
    private static func renamedTypes(_ report: ChangeReport) -> [(new: String, old: String)] {
        var pairs: [String: String] = [:]
        for operation in report.operations {
            for change in operation.changes where change.kind == .typeRenamed {
                let words = change.message.split(separator: " ")
                guard words.count == 5, words[2] == "renamed", words[3] == "to" else { continue }
                pairs[String(words[4])] = String(words[1])
            }
        }
        return pairs.sorted { $0.key < $1.key }.map { (new: $0.key, old: $0.value) }
    }

    /// Table cells cannot hold `|`.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
