import ArgumentParser
import Foundation
import SDKGenerator

/// `sdkgen ir SPEC`: prints the intermediate representation as JSON.
struct IRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ir",
        abstract: "Read an API description and print the generator's IR as JSON."
    )

    @Argument(help: "The API description (Swagger 2.0 or OpenAPI 3.x, JSON or YAML).")
    var spec: String

    func run() throws {
        CrashReport.install(input: spec)
        let result = try Diagnostics.reportingErrors { try SpecReader.read(path: spec) }
        Diagnostics.print(result.warnings)
        FileHandle.standardOutput.write(try IRJSON.encode(result.api))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
