import Foundation
import SDKGenerator
import Testing

/// The `sdkgen` executable, run as a user runs it: exit codes, messages, and what it writes.
@Suite("sdkgen command line")
struct CommandLineTests {
    /// `swift test` builds every product next to the test bundle.
    static var executable: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("sdkgen").path
    }

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs sdkgen on a thread of its own: waiting for a child process must not hold one of the
    /// few threads Swift Testing runs every suite's async tests on (timing tests would starve).
    static func run(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) async throws -> Run {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do { continuation.resume(returning: try runBlocking(arguments, in: folder, environment: environment)) } catch { continuation.resume(throwing: error) }
            }.start()
        }
    }

    /// Waits for `process` on a thread of its own.
    static func waitForExit(_ process: Process) async {
        await withCheckedContinuation { continuation in
            Thread {
                process.waitUntilExit()
                continuation.resume()
            }.start()
        }
    }

    static func runBlocking(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "sdkgen-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("bad input: one error line with file and location, exit 1, nothing written")
    func badInput() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("sdkgen was not built next to the tests at \(Self.executable)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("{\"swagger\": \"2.0\",\n \"info\": [}".utf8).write(to: URL(fileURLWithPath: folder + "/bad.json"))
        let run = try await Self.run(["generate", "bad.json", "--output", "Out"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == "error: bad.json:2:11: invalid JSON: unexpected character '}', expected a value\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Out"))
    }

    @Test("generate SPEC --output writes a standalone package; --check then passes; a change makes it fail")
    func standalonePackageAndCheck() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("sdkgen was not built next to the tests at \(Self.executable)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spec = (Checkout.root as NSString).appendingPathComponent("Spec/CommunicationIdentity.yaml")
        let generate = try await Self.run(["generate", spec, "--output", "Pkg", "--module", "Identity"], in: folder)
        #expect(generate.status == 0, "\(generate.errors)")
        let manifest = try String(contentsOfFile: folder + "/Pkg/Package.swift", encoding: .utf8)
        #expect(manifest.contains("name: \"Identity\""))
        // By default the published runtime, this minor release only: the package can be published as it is.
        let published = PackageOptions.publishedRuntime
        #expect(manifest.contains(".package(url: \"\(published.runtimeLocation)\", .upToNextMinor(from: \"\(published.runtimeVersion)\"))"))
        #expect(manifest.contains(".product(name: \"AzureSDKRuntime\", package: \"swift-azure-sdk-runtime\")"))
        #expect(manifest.contains(".macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)"))
        for file in ["Sources/Identity/CommunicationIdentityClient.swift", "Sources/Identity/Exports.swift", "README.md",
                     "Sources/Identity/Identity.docc/Identity.md", "Docs/Identity/CHANGELOG.md"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/Pkg/" + file), "\(file)")
        }
        let readme = try String(contentsOfFile: folder + "/Pkg/README.md", encoding: .utf8)
        #expect(readme.contains("api-version `2025-03-02-preview`"))
        #expect(readme.contains(".package(url: \"https://github.com/<owner>/communication-identity.git\", from: \"0.1.0\")"))
        #expect(readme.contains(".product(name: \"Identity\", package: \"communication-identity\")"))
        #expect(readme.contains("let client = try CommunicationIdentityClient(connectionString: connectionString)"))

        let check = try await Self.run(["generate", spec, "--output", "Pkg", "--module", "Identity", "--check"], in: folder)
        #expect(check.status == 0, "\(check.errors)")
        try Data("// edited\n".utf8).write(to: URL(fileURLWithPath: folder + "/Pkg/Sources/Identity/CommunicationIdentityClient.swift"))
        let drift = try await Self.run(["generate", spec, "--output", "Pkg", "--module", "Identity", "--check"], in: folder)
        #expect(drift.status == 1)
        #expect(drift.errors.contains("changed: Sources/Identity/CommunicationIdentityClient.swift"))
    }

    @Test("--runtime-path makes a path dependency relative to the package; --runtime-url takes another URL")
    func runtimeLocations() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("sdkgen was not built next to the tests at \(Self.executable)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/vendor/Runtime", withIntermediateDirectories: true)
        let missing = try await Self.run(["generate", Checkout.path("Spec/CommunicationIdentity.yaml"), "--output", "None", "--runtime-path", "vendor/Runtime"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("error: vendor/Runtime: --runtime-path: no package here"), "\(missing.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/None"))
        try Data("// swift-tools-version: 6.0\n".utf8).write(to: URL(fileURLWithPath: folder + "/vendor/Runtime/Package.swift"))
        let spec = Checkout.path("Spec/CommunicationIdentity.yaml")
        let byPath = try await Self.run(["generate", spec, "--output", "sdks/Pkg", "--runtime-path", "vendor/Runtime"], in: folder)
        #expect(byPath.status == 0, "\(byPath.errors)")
        let manifest = try String(contentsOfFile: folder + "/sdks/Pkg/Package.swift", encoding: .utf8)
        #expect(manifest.contains(".package(path: \"../../vendor/Runtime\"),"))
        #expect(manifest.contains(".product(name: \"AzureSDKRuntime\", package: \"runtime\")"))
        #expect(!manifest.contains(folder), "no absolute path: the package must build wherever it moves")

        // A symbolic link on the way is resolved (SwiftPM resolves the path from the package's real folder), and a
        // runtime folder reached through `..` is still named after itself.
        try FileManager.default.createSymbolicLink(atPath: folder + "/linked", withDestinationPath: folder + "/sdks")
        let linked = try await Self.run(["generate", spec, "--output", "../../linked/Linked", "--runtime-path", "."], in: folder + "/vendor/Runtime")
        #expect(linked.status == 0, "\(linked.errors)")
        let linkedManifest = try String(contentsOfFile: folder + "/sdks/Linked/Package.swift", encoding: .utf8)
        #expect(linkedManifest.contains(".package(path: \"../../vendor/Runtime\"),"), "\(linkedManifest)")
        #expect(linkedManifest.contains(".product(name: \"AzureSDKRuntime\", package: \"runtime\")"))

        let byURL = try await Self.run(
            ["generate", spec, "--output", "Other", "--runtime-url", "https://example.com/mirror/AzureRuntime.git", "--runtime-version", "2.3.4",
             "--repository-url", "https://example.com/sdks/Swift-Identity.git", "--sdk-version", "1.2.0"],
            in: folder)
        #expect(byURL.status == 0, "\(byURL.errors)")
        let other = try String(contentsOfFile: folder + "/Other/Package.swift", encoding: .utf8)
        #expect(other.contains(".package(url: \"https://example.com/mirror/AzureRuntime.git\", .upToNextMinor(from: \"2.3.4\"))"))
        #expect(other.contains(".product(name: \"AzureSDKRuntimeTesting\", package: \"azureruntime\")"))
        // The README's install line names where the package itself is published.
        let readme = try String(contentsOfFile: folder + "/Other/README.md", encoding: .utf8)
        #expect(readme.contains(".package(url: \"https://example.com/sdks/Swift-Identity.git\", from: \"1.2.0\")"))
        #expect(readme.contains(".product(name: \"CommunicationIdentity\", package: \"swift-identity\")"))

        let mixed = try await Self.run(["generate", spec, "--output", "X", "--runtime-path", "vendor/Runtime", "--runtime-version", "1.0.0"], in: folder)
        #expect(mixed.status != 0)
        #expect(mixed.errors.contains("--runtime-version goes with a URL"))
    }

    @Test("sdkgen ir prints the IR as JSON")
    func irCommand() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("sdkgen was not built next to the tests at \(Self.executable)")
            return
        }
        let spec = (Checkout.root as NSString).appendingPathComponent("Spec/CommunicationIdentity.yaml")
        let run = try await Self.run(["ir", spec])
        #expect(run.status == 0)
        let api = try JSONDecoder().decode(APIDescription.self, from: Data(run.output.utf8))
        #expect(api.operations.count == 16)
        #expect(api.operations.first?.operationID == "CommunicationIdentity_Create")
    }

    @Test("--templates replaces the templates")
    func templateOverride() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("sdkgen was not built next to the tests at \(Self.executable)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let templates = folder + "/Templates"
        try FileManager.default.copyItem(atPath: (Checkout.root as NSString).appendingPathComponent("Templates"), toPath: templates)
        try Data("{{% CONTENT_TYPE: TEXT}}\n// custom alias {{typeName}}\npublic typealias {{typeName}} = {{{aliasedType}}}\n".utf8)
            .write(to: URL(fileURLWithPath: templates + "/Alias.swift.mustache"))
        let spec = (Checkout.root as NSString).appendingPathComponent("Spec/CommunicationIdentity.yaml")
        let run = try await Self.run(["generate", spec, "--output", "Pkg", "--templates", templates], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let alias = try String(contentsOfFile: folder + "/Pkg/Sources/CommunicationIdentity/Models/EntraAssignmentUpdateBulkRequest.swift", encoding: .utf8)
        #expect(alias == "// custom alias EntraAssignmentUpdateBulkRequest\npublic typealias EntraAssignmentUpdateBulkRequest = [String: EntraAssignmentCreateOrUpdateRequest?]\n")
    }
}

extension CommandLineTests {
    /// The files under `folder`, relative, sorted.
    static func tree(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0), isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    @Test("killed mid-generation, the output is the old tree or the new one, never a mix")
    func killedMidWrite() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("sdkgen was not built next to the tests at \(Self.executable)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let specs = ["Spec/CommunicationIdentity.yaml", "Spec/NamingTorture/NamingTorture.yaml"].map {
            (Checkout.root as NSString).appendingPathComponent($0)
        }
        var trees: [[String]] = []
        for spec in specs {
            let run = try await Self.run(["generate", spec, "--output", "Out", "--module", "M"], in: folder)
            #expect(run.status == 0)
            trees.append(Self.tree(folder + "/Out"))
        }
        #expect(trees[0] != trees[1])
        for round in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.executable)
            process.arguments = ["generate", specs[round % 2], "--output", "Out", "--module", "M"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .milliseconds(5 + round * 9))  // 5 to 104 ms: from reading to writing
            kill(process.processIdentifier, SIGKILL)
            await Self.waitForExit(process)
            let tree = Self.tree(folder + "/Out")
            #expect(tree == trees[0] || tree == trees[1], "round \(round): a mixed tree of \(tree.count) files")
        }
        // The next run cleans up what killed runs left beside the output folder.
        #expect(try await Self.run(["generate", specs[0], "--output", "Out", "--module", "M"], in: folder).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".sdkgen-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a crash of sdkgen itself is one located error line and exit status 1, not a signal")
    func crashIsReported() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "swagger: \"2.0\"\ninfo: {title: C, version: \"1\"}\npaths: {}\n".write(toFile: folder + "/c.yaml", atomically: true, encoding: .utf8)
        let run = try await Self.run(["generate", "c.yaml", "--output", "out"], in: folder, environment: ["SDKGEN_CRASH_FOR_TEST": "1"])
        #expect(run.status == 1)
        #expect(run.errors.contains("error: c.yaml: sdkgen stopped on an internal error while working on this input"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test("sdkgen carries its templates: built-in output equals Templates/ output; --version prints the version")
    func builtInTemplates() async throws {
        let spec = (Checkout.root as NSString).appendingPathComponent("Spec/CommunicationIdentity.yaml")
        let options = EmitterOptions(moduleName: "Identity", sdkName: "identity", sdkVersion: "1.0.0")
        let builtIn = try Generator.run(spec: spec, templatesFolder: nil, options: options)
        let folder = try Generator.run(
            spec: spec, templatesFolder: (Checkout.root as NSString).appendingPathComponent("Templates"), options: options)
        #expect(builtIn.files.map(\.path) == folder.files.map(\.path))
        #expect(builtIn.files.map(\.contents) == folder.files.map(\.contents))
        #expect(builtIn.files.count > 20)
        let version = try await Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == Generator.version)
    }
}
