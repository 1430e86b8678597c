import Foundation

/// The generation job: read the description, emit the files, all in memory.
/// Nothing is written until everything has succeeded (see `OutputWriter`).
public enum Generator {
    /// The files and warnings of one run.
    public struct Result: Sendable {
        /// Files relative to the output folder, sorted by path.
        public var files: [GeneratedFile]
        /// Reader and emitter warnings.
        public var warnings: [Diagnostic]
        /// The API that was read.
        public var api: APIDescription
    }

    /// The folder of this checkout, used for default templates and the runtime package.
    public static var checkoutRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// Reads `spec` and renders every file with `templatesFolder`.
    public static func run(spec: String, templatesFolder: String, options: EmitterOptions) throws -> Result {
        let read = try SpecReader.read(path: spec)
        let templates: TemplateSet
        do {
            templates = try TemplateSet(folder: templatesFolder)
        } catch let error as EmitterError {
            throw GeneratorError(location: error.location, message: error.message)
        }
        do {
            let output = try SwiftEmitter(templates: templates, options: options).emit(read.api)
            return Result(files: output.files, warnings: read.warnings + output.warnings, api: read.api)
        } catch let error as EmitterError {
            throw GeneratorError(location: error.location, message: error.message)
        }
    }

    /// Runs the job a configuration describes.
    public static func run(config: GeneratorConfig) throws -> Result {
        var package: PackageOptions?
        if config.standalonePackage == true {
            package = PackageOptions(runtimeLocation: checkoutRoot, runtimeIsPath: true, runtimeVersion: "0.1.0")
        }
        let options = EmitterOptions(
            moduleName: config.module, clientName: config.clientName, sdkName: config.sdkName,
            sdkVersion: config.sdkVersion, package: package)
        return try run(spec: config.spec, templatesFolder: config.templates ?? "Templates", options: options)
    }
}
