import ArgumentParser
import Foundation
import SDKGenerator

/// `sdkgen generate`: regenerates the SDK from `sdkgen.yaml`, or makes a standalone package from a description.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the Swift SDK.",
        discussion: """
            With no SPEC, regenerates what sdkgen.yaml describes (in this repository: Generated/ from Spec/).
            With SPEC and --output, writes a standalone SwiftPM package that depends on the runtime library.
            """
    )

    @Argument(help: "An API description (Swagger 2.0 or OpenAPI 3.x, JSON or YAML). Omit to use the configuration file.")
    var spec: String?

    @Option(help: "The configuration file used when SPEC is omitted.")
    var config: String = "sdkgen.yaml"

    @Option(help: "Output folder for a standalone package (required with SPEC).")
    var output: String?

    @Option(help: "Module name of the generated library (default: from the description's title).")
    var module: String?

    @Option(help: "Type name of the generated client (default: from the description's title).")
    var clientName: String?

    @Option(help: "The version of the generated SDK (with SPEC), e.g. 1.2.0; the changelog suggests the next one.")
    var sdkVersion: String = "0.1.0"

    @Option(help: "A folder of templates to use instead of the default ones.")
    var templates: String?

    @Option(help: "The runtime package as a local path (a checkout's Runtime folder) instead of its published URL.")
    var runtimePath: String?

    @Option(help: "The runtime package's git URL (default: \(PackageOptions.publishedRuntime.runtimeLocation)).")
    var runtimeURL: String?

    @Option(help: "The runtime release to depend on, with its later patches (default: the one this sdkgen generates for).")
    var runtimeVersion: String = PackageOptions.publishedRuntime.runtimeVersion

    @Option(help: "Where the generated package will be published, for its README's install line (with SPEC).")
    var repositoryURL: String?

    @Flag(help: "Write nothing; exit 1 and list the files when the output differs from what would be generated.")
    var check = false

    @Flag(help: "Print every warning (by default a few per kind, then a count).")
    var verbose = false

    @Flag(help: "Print no warnings; the summary line still counts them.")
    var quiet = false

    func validate() throws {
        if spec != nil && output == nil { throw ValidationError("--output is required when SPEC is given.") }
        if runtimePath != nil && runtimeURL != nil { throw ValidationError("use either --runtime-path or --runtime-url.") }
        if runtimePath != nil && runtimeVersion != PackageOptions.publishedRuntime.runtimeVersion {
            throw ValidationError("--runtime-version goes with a URL; a path dependency has no version.")
        }
        if verbose && quiet { throw ValidationError("use either --verbose or --quiet.") }
        if spec == nil && (module != nil || clientName != nil || output != nil || sdkVersion != "0.1.0" || repositoryURL != nil) {
            throw ValidationError("--module, --client-name, --sdk-version, --repository-url and --output go with SPEC; without SPEC, the configuration file says them.")
        }
    }

    func run() throws {
        CrashReport.install(input: spec ?? config)
        let started = Date()
        let (result, folder) = try Diagnostics.reportingErrors { () throws -> (Generator.Result, String) in
            if let spec, let output {
                let read = try SpecReader.read(path: spec)
                let options = try standaloneOptions(title: read.api.title)
                return (try Generator.run(read: read, templatesFolder: templatesFolder, options: options, outputFolder: output), output)
            }
            var loaded = try GeneratorConfig.load(path: config)
            if let templates { loaded.templates = templates }
            return (try Generator.run(config: loaded), loaded.output)
        }
        let report = WarningReport(result.warnings)
        Diagnostics.print(report, detail: verbose ? .all : quiet ? .none : .grouped)
        let writer = OutputWriter(folder: folder)
        if check {
            let drift = writer.drift(result.files)
            guard drift.isEmpty else {
                FileHandle.standardError.write(Data("error: \(folder) is not what sdkgen generates; run `swift run sdkgen generate`:\n".utf8))
                for entry in drift { FileHandle.standardError.write(Data("  \(entry)\n".utf8)) }
                throw ExitCode(1)
            }
            print("\(folder) is up to date (\(result.files.count) files).")
            return
        }
        let changed = try Diagnostics.reportingErrors { try writer.write(result.files) }
        let seconds = Date().timeIntervalSince(started)
        print("Generated \(result.files.count) files in \(folder) (\(changed) changed) from \(result.apis.map { "\($0.operations.count) operations of \($0.title) \($0.apiVersion)" }.joined(separator: ", ")) in \(String(format: "%.2f", seconds)) s.")
        if report.count > 0 { print(report.summary) }
    }

    /// `--templates`, else nil: the templates built into sdkgen.
    private var templatesFolder: String? { templates }

    private func standaloneOptions(title: String) throws -> EmitterOptions {
        let base = title.hasSuffix("Client") ? String(title.dropLast("Client".count)) : title
        let moduleName = module ?? SwiftIdentifier.typeName(base)
        // The published runtime unless told otherwise: the package is meant to be published too.
        let package: PackageOptions
        if let runtimePath {
            // Relative to the package, so that it builds wherever the two folders move together.
            let runtimeFolder = Generator.realPath(runtimePath)
            guard FileManager.default.fileExists(atPath: (runtimeFolder as NSString).appendingPathComponent("Package.swift")) else {
                throw Diagnostic(location: runtimePath, message: "--runtime-path: no package here; expected the runtime's folder (Runtime/ in a checkout of sdkgen), which holds its Package.swift")
            }
            package = PackageOptions(
                runtimeLocation: Generator.relativePath(from: output ?? ".", to: runtimeFolder), runtimeIsPath: true,
                runtimeVersion: "", repositoryURL: repositoryURL,
                runtimeIdentity: (runtimeFolder as NSString).lastPathComponent)
        } else {
            package = PackageOptions(
                runtimeLocation: runtimeURL ?? PackageOptions.publishedRuntime.runtimeLocation, runtimeIsPath: false,
                runtimeVersion: runtimeVersion, repositoryURL: repositoryURL)
        }
        return EmitterOptions(
            moduleName: moduleName, clientName: clientName, sdkName: SwiftIdentifier.kebabCase(base),
            sdkVersion: sdkVersion, package: package)
    }
}
