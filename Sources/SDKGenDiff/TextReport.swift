/// The plain-text report, in the layout of `shared/seed/communication-identity-2025-03-02-preview.txt`:
///
/// a header `<title> (<version>)`, a blank line, `<date> • <counts>`, a blank line, then per operation
/// its `operationId (new|removed|renamed|changed)`, `Description`, `Reference Link ¶`, the `⚼ Request`
/// skeleton and the `⚐ Response (status)` skeletons; renamed, changed and removed operations end with
/// a `⚑ Changes` list, one `[severity] location: message` per line.
public struct TextReport: Sendable {
    /// The report date as `YYYY-MM-DD`, shown as `YYYY/MM/DD`; nil leaves the date out.
    public var date: String?

    /// Creates a renderer.
    public init(date: String?) {
        self.date = date
    }

    /// The report, lines joined by `\n`, with no newline after the last line (as the reference file).
    public func render(_ report: ChangeReport) -> String {
        var counts = ReportSummary.counts(report)
        if report.oldVersion != nil { counts += "\u{A0}•\u{A0}" + ReportSummary.verdict(report) }
        let dateLine = date.map { $0.replacingOccurrences(of: "-", with: "/") + "\u{A0}•\u{A0}" + counts } ?? counts
        var lines = ["\(report.title) (\(VersionLabel.range(old: report.oldVersion, new: report.newVersion)))", "", dateLine]
        if !report.operations.isEmpty { lines.append("") }
        for operation in report.operations { lines += self.lines(operation) }
        return lines.joined(separator: "\n")
    }

    private func lines(_ operation: OperationChange) -> [String] {
        var lines = [
            "\(operation.operationID) (\(operation.status.rawValue))",
            "Description" + (operation.summary.map { " " + $0 } ?? ""),
            "Reference Link \u{B6}",
        ]
        if let shape = operation.shape {
            lines += ["", "\u{26BC} Request", "", "\(shape.method):\u{A0} \(shape.path)"] + SkeletonLines.request(shape.request)
            for response in shape.responses {
                lines += ["", "\u{2690} Response (\(response.statusCode))", ""] + SkeletonLines.response(response.body)
            }
        }
        if operation.status != .added {
            lines += ["", "\u{2691} Changes", ""] + operation.changes.map { "[\($0.severity.rawValue)] \($0.summary)" }
        }
        return lines
    }
}
