import Foundation
import IdentityEmulator
import Testing

/// A description that cannot be served stops the emulator from starting, with an error that names the file: an
/// emulator that started anyway, without the version a test suite expects, would fail every test far from the
/// cause.
@Suite struct DescriptionConfigurationTests {
    /// The `ConfigurationError` of an emulator configured with `descriptionFiles`, or nil when it was created.
    static func configurationError(descriptionFiles: [String], builtIn: Bool = true) -> IdentityEmulator.ConfigurationError? {
        do {
            _ = try IdentityEmulator(configuration: EmulatorHarness.configuration {
                $0.descriptionFiles = descriptionFiles
                $0.servesBuiltInVersions = builtIn
            })
            return nil
        } catch let error as IdentityEmulator.ConfigurationError {
            return error
        } catch {
            Issue.record("expected a ConfigurationError, got \(type(of: error)): \(error)")
            return nil
        }
    }

    @Test func missingDescriptionFileIsAConfigurationError() throws {
        let missing = Fixture.path("DoesNotExist-2030-09-09.yaml")
        let error = try #require(Self.configurationError(descriptionFiles: [Fixture.renamed, missing]))
        #expect(error.description.hasPrefix("Cannot serve the description \(missing):"), "\(error)")
    }

    @Test(arguments: [Fixture.notADescription, Fixture.path("examples/GetReport.json")])
    func fileThatIsNotADescriptionIsAConfigurationError(path: String) throws {
        let error = try #require(Self.configurationError(descriptionFiles: [path]))
        #expect(error.description.contains("Cannot serve the description \(path)"), "\(error)")
        #expect(error.description.contains("not an API description"), "\(error)")
    }

    @Test func descriptionWithoutVersionIsAConfigurationError() throws {
        let error = try #require(Self.configurationError(descriptionFiles: [Fixture.noVersion]))
        #expect(error.description == "The description \(Fixture.noVersion) has no info.version (its api-version).")
    }

    @Test func nothingToServeIsAConfigurationError() throws {
        let error = try #require(Self.configurationError(descriptionFiles: [], builtIn: false))
        #expect(error.description.contains("No api-version to serve"), "\(error)")
    }

    @Test func everyFixtureThatShouldBeServedIs() throws {
        for path in [Fixture.renamed, Fixture.unknown, Fixture.shapes, Fixture.repeatable, Fixture.preview] {
            #expect(Self.configurationError(descriptionFiles: [path]) == nil, "\(path)")
        }
    }
}

/// The `identity-emulator` executable with `--spec`: the child process started the way a developer starts it.
@Suite struct IdentityEmulatorCommandSpecTests {
    /// `swift test` builds every product next to the test bundle.
    static var executable: String { StateFileKillTests.executable }

    /// Output and exit of a finished child.
    struct Finished {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// Runs the emulator with `arguments` until it exits or `stopWhen` sees its output, then SIGTERMs it.
    static func run(_ arguments: [String], stopWhen: @escaping @Sendable (String) -> Bool = { _ in false }) async throws -> Finished {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-emulator-spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--host", "127.0.0.1", "--port", "0", "--log-level", "error"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A debug build starting on a loaded 2-core machine can take a while.
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline {
            if stopWhen((try? String(contentsOf: outputFile, encoding: .utf8)) ?? "") { process.terminate() }
            try await Task.sleep(for: .milliseconds(20))
        }
        if process.isRunning {
            process.terminate()
            Issue.record("identity-emulator \(arguments) neither exited nor printed what was awaited within 30 s")
        }
        await StateFileKillTests.onThread { process.waitUntilExit() }
        // The connection string carries the (public, documented) test key; it stays out of failure messages all the same.
        let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        return Finished(
            status: process.terminationStatus,
            standardOutput: output.replacingOccurrences(of: EmulatorConfiguration.defaultAccessKey, with: "<key>"),
            standardError: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    @Test(.timeLimit(.minutes(1)))
    func missingSpecFileExitsWithTheMessage() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "identity-emulator was not built at \(Self.executable)")
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString).yaml").path
        let finished = try await Self.run(["--spec", missing])
        #expect(finished.status != 0)
        #expect(finished.standardError.contains("Cannot serve the description \(missing)"), "stderr: \(finished.standardError)")
        #expect(!finished.standardOutput.contains("listening on"), "it must not start: \(finished.standardOutput)")
    }

    @Test(.timeLimit(.minutes(1)))
    func specWithoutBuiltInVersionsServesOnlyThatVersion() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable), "identity-emulator was not built at \(Self.executable)")
        let finished = try await Self.run(["--spec", Fixture.renamed, "--no-built-in-versions"]) { $0.contains("Connection string:") }
        #expect(finished.standardOutput.contains("api-versions: \(Fixture.renamedVersion)\n"), "stdout: \(finished.standardOutput)")
        #expect(finished.status == 0, "a clean stop on SIGTERM; stderr: \(finished.standardError)")
    }
}
