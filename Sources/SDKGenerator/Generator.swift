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
        /// The API that was read (the first one, for a configuration with several SDKs).
        public var api: APIDescription
        /// Every API that was read, in configuration order.
        public var apis: [APIDescription]

        /// Creates a result.
        public init(files: [GeneratedFile], warnings: [Diagnostic], api: APIDescription, apis: [APIDescription]? = nil) {
            self.files = files
            self.warnings = warnings
            self.api = api
            self.apis = apis ?? [api]
        }
    }

    /// The version of sdkgen (`sdkgen --version`).
    public static let version = "0.11.0"

    /// Reads `spec` and makes every file with `templatesFolder` (nil: the templates built into sdkgen; rendered when
    /// its contents are read); with `outputFolder`, also the changelog against the description the previous
    /// generation there was made from.
    public static func run(spec: String, templatesFolder: String?, options: EmitterOptions, outputFolder: String? = nil) throws -> Result {
        try run(read: try SpecReader.read(path: spec), templatesFolder: templatesFolder, options: options, outputFolder: outputFolder)
    }

    /// Makes every file for a description already read (callers that need it first read it once).
    public static func run(read: ReadResult, templatesFolder: String?, options: EmitterOptions, outputFolder: String? = nil) throws -> Result {
        let templates = try templatesFolder.map { try TemplateSet(folder: $0) } ?? TemplateSet.builtIn()
        // The changelog (a JSON snapshot of the description) is made beside the emitter's contexts.
        let (changelog, output) = try inParallel(
            { try Changelog.files(module: options.moduleName, sdkVersion: options.sdkVersion, api: read.api, outputFolder: outputFolder) },
            { try SwiftEmitter(templates: templates, options: options).emit(read.api) })
        return Result(
            files: (output.files + changelog.files).sorted { $0.path < $1.path },
            warnings: read.warnings + output.warnings + changelog.warnings, api: read.api)
    }

    /// Runs the job a configuration describes: every SDK, into one set of files.
    public static func run(config: GeneratorConfig) throws -> Result {
        var files: [GeneratedFile] = []
        var warnings: [Diagnostic] = []
        var apis: [APIDescription] = []
        for sdk in config.sdks {
            let endToEnd = sdk.endToEnd.map { settings in
                EndToEndOptions(
                    emulatorModule: settings.emulatorModule,
                    descriptionPath: relativePath(from: config.output + "/Tests/\(sdk.module)EndToEndTests", to: sdk.spec))
            }
            let options = EmitterOptions(
                moduleName: sdk.module, clientName: sdk.clientName, sdkName: sdk.sdkName, sdkVersion: sdk.sdkVersion,
                pinnedOperationIDs: sdk.names?.operations ?? [:], pinnedTypeNames: sdk.names?.types ?? [:], endToEnd: endToEnd,
                authentication: AuthenticationOptions(
                    accessKey: sdk.authentication?.accessKey ?? false, tokenScopes: sdk.authentication?.tokenScopes,
                    exampleEndpoint: sdk.authentication?.exampleEndpoint),
                groupNames: sdk.names?.groups ?? [:], flattenThreshold: sdk.flattenBodiesUpTo ?? 2,
                groupsOnClient: Set(sdk.names?.onClient ?? []))
            let result = try run(spec: sdk.spec, templatesFolder: config.templates, options: options, outputFolder: config.output)
            files += result.files
            warnings += result.warnings
            apis.append(result.api)
        }
        return Result(files: files.sorted { $0.path < $1.path }, warnings: warnings, api: apis[0], apis: apis)
    }

    /// `path` absolute, with symbolic links resolved as far as it exists (an output folder may not exist yet).
    public static func realPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let resolved = realpath(existing, nil) else { return ([existing] + rest).joined(separator: "/") }
        defer { free(resolved) }
        return ([String(cString: resolved)] + rest).reduce("") { $0.isEmpty ? $1 : ($0 as NSString).appendingPathComponent($1) }
    }

    /// `target` relative to the folder `base` (both relative to the working folder or absolute), `/`-separated:
    /// generated files refer to descriptions and the runtime this way, so they are the same on every machine and
    /// checkout. Between real paths, as Swift and SwiftPM resolve them from real folders (macOS's /tmp is /private/tmp).
    public static func relativePath(from base: String, to target: String) -> String {
        func components(_ path: String) -> [String] { realPath(path).split(separator: "/").map(String.init) }
        let from = components(base), to = components(target)
        var shared = 0
        while shared < min(from.count, to.count), from[shared] == to[shared] { shared += 1 }
        return (Array(repeating: "..", count: from.count - shared) + to[shared...]).joined(separator: "/")
    }
}
