import Foundation

/// The report as JSON for tools: sorted keys, two-space indentation, a newline at the end.
///
/// Top-level keys: `title`, `oldVersion` (absent with no old description), `newVersion`, `breaking`,
/// `suggestedBump`, `summary` (`added`, `removed`, `renamed`, `changed` counts) and `operations`
/// (each with `status`, `operationID`, `previousOperationID`, `method`, `path`, `summary`, `severity`
/// and `changes`: `kind`, `location`, `message`, `severity`).
public struct JSONReport: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The JSON text.
    public func render(_ report: ChangeReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(Document(report))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        struct Counts: Encodable {
            var added: Int, removed: Int, renamed: Int, changed: Int
        }

        struct Entry: Encodable {
            var status: OperationStatus
            var operationID: String
            var previousOperationID: String?
            var method: String
            var path: String
            var summary: String?
            var severity: Severity
            var changes: [Change]
        }

        var title: String
        var oldVersion: String?
        var newVersion: String
        var breaking: Bool
        var suggestedBump: VersionBump
        var summary: Counts
        var operations: [Entry]

        init(_ report: ChangeReport) {
            title = report.title
            oldVersion = report.oldVersion
            newVersion = report.newVersion
            breaking = report.isBreaking
            suggestedBump = report.suggestedBump
            summary = Counts(added: report.added.count, removed: report.removed.count,
                             renamed: report.renamed.count, changed: report.changed.count)
            operations = report.operations.map {
                Entry(status: $0.status, operationID: $0.operationID, previousOperationID: $0.previousOperationID,
                      method: $0.method, path: $0.path, summary: $0.summary, severity: $0.severity, changes: $0.changes)
            }
        }
    }
}
