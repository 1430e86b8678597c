/// The counts line of a report: `16 new methods`, `1 removed method, 5 changed methods`, or `no changes`.
enum ReportSummary {
    /// The counts of `report`, joined with commas, zero counts left out.
    static func counts(_ report: ChangeReport) -> String {
        let parts = [
            (report.added.count, "new"), (report.removed.count, "removed"),
            (report.renamed.count, "renamed"), (report.changed.count, "changed"),
        ]
        .filter { $0.0 > 0 }
        .map { "\($0.0) \($0.1) method\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }

    /// `breaking (suggested bump: major)` or `non-breaking (suggested bump: minor)`.
    static func verdict(_ report: ChangeReport) -> String {
        "\(report.isBreaking ? "breaking" : "non-breaking") (suggested bump: \(report.suggestedBump.rawValue))"
    }
}
