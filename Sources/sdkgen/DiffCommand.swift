import ArgumentParser
import Foundation
import SDKGenDiff
import SDKGenerator

/// `sdkgen diff [OLD] NEW`: what changed between two API descriptions, breaking or not for SDK callers.
///
/// Exit status: 0 without breaking changes, 1 with breaking ones (so CI can gate on it), 2 on error.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report the API changes between two API descriptions.",
        discussion: """
            Operations are matched by HTTP method and path template, so a renamed operationId shows as renamed.
            Each change is breaking or non-breaking for SDK callers by the rules in docs/API-CHANGE-RULES.md.
            With only NEW, every operation is reported as new.
            Exit status: 0 without breaking changes, 1 with breaking changes, 2 on error.
            """
    )

    @Argument(help: "OLD and NEW API descriptions (Swagger 2.0 or OpenAPI 3.x, JSON or YAML); OLD may be omitted.")
    var specs: [String] = []

    @Option(help: "Output format: text, markdown or json.")
    var format: String = "text"

    @Option(help: "The report date, YYYY-MM-DD (text and markdown); omitted when not given.")
    var date: String?

    func run() throws {
        CrashReport.install(input: specs.joined(separator: ", "), status: 2)
        guard (1...2).contains(specs.count) else { fail("expected NEW or OLD NEW, got \(specs.count) descriptions") }
        guard ["text", "markdown", "json"].contains(format) else { fail("unknown format '\(format)', expected text, markdown or json") }
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            fail("invalid date '\(date)', expected YYYY-MM-DD")
        }
        let apis: [APIDescription]
        do {
            apis = try specs.map { try SpecReader.read(path: $0).api }
        } catch let error as Diagnostic {
            Diagnostics.print([error])
            throw ExitCode(2)
        }
        let old = apis.count == 2 ? apis[0] : nil
        let report = APIDiff.compare(old: old, new: apis[apis.count - 1])
        let output: String
        switch format {
        case "markdown": output = MarkdownReport(date: date).render(report)
        case "json": output = JSONReport().render(report)
        default: output = TextReport(date: date).render(report)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if report.isBreaking { throw ExitCode(1) }
    }

    /// Usage errors exit with 2, like reader errors, so that 1 always means "breaking changes".
    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(2)
    }
}
