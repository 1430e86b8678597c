import ArgumentParser
import Foundation
import SDKGenerator

/// Prints diagnostics to standard error and turns generator errors into exit code 1.
enum Diagnostics {
    /// Prints `report`'s warnings at `detail`.
    static func print(_ report: WarningReport, detail: WarningReport.Detail) {
        for line in report.lines(detail) {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }

    /// Runs `body`; a reader or generator error is printed as one line and exits with 1.
    static func reportingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as Diagnostic {
            print([error])
            throw ExitCode(1)
        }
    }
}
