import Foundation
import SDKGenerator
import Testing

/// `Generated/` is the golden output: compiled and tested by `swift test` as its own targets.
/// Re-record it with `SDKGEN_RECORD=1 swift test --filter GeneratedSDKSnapshotTests`
/// (or `swift run sdkgen generate`), never by hand.
@Suite("Generated SDK snapshot")
struct GeneratedSDKSnapshotTests {
    static let root = Checkout.root

    static func generate() throws -> Generator.Result {
        let config = try GeneratorConfig.load(path: (root as NSString).appendingPathComponent("sdkgen.yaml"))
        return try Generator.run(config: config)
    }

    @Test("Generated/ is exactly what Spec/ and Templates/ produce")
    func generatedIsUpToDate() throws {
        let result = try Self.generate()
        let writer = OutputWriter(folder: (Self.root as NSString).appendingPathComponent("Generated"))
        if ProcessInfo.processInfo.environment["SDKGEN_RECORD"] == "1" {
            try writer.write(result.files)
        }
        let drift = writer.drift(result.files)
        #expect(drift.isEmpty, "Generated/ differs; run `swift run sdkgen generate`: \(drift)")
    }

    @Test("two runs give byte-identical files")
    func deterministic() throws {
        let first = try Self.generate().files
        let second = try Self.generate().files
        #expect(first == second)
    }

    @Test("every SDK of sdkgen.yaml is generated into the one folder")
    func everySDKIncluded() throws {
        let config = try GeneratorConfig.load(path: (Self.root as NSString).appendingPathComponent("sdkgen.yaml"))
        let result = try Generator.run(config: config)
        #expect(result.apis.count == config.sdks.count)
        for sdk in config.sdks {
            #expect(result.files.contains { $0.path.hasPrefix("Sources/\(sdk.module)/") }, "nothing generated for \(sdk.module)")
            let endToEnd = result.files.contains { $0.path.hasPrefix("Tests/\(sdk.module)EndToEndTests/") }
            #expect(endToEnd == (sdk.endToEnd != nil), "\(sdk.module): end-to-end tests only when its entry asks for them")
        }
    }

    /// Package.swift lists the generated SDKs itself (SwiftPM caches a manifest by its text, so it cannot list
    /// `Generated/`): the list must be sdkgen.yaml's, or a generated SDK or its tests would not be built.
    @Test("Package.swift declares exactly the SDKs and end-to-end tests sdkgen.yaml generates")
    func packageManifestListsTheConfiguredSDKs() throws {
        let config = try GeneratorConfig.load(path: (Self.root as NSString).appendingPathComponent("sdkgen.yaml"))
        let manifest = try String(contentsOfFile: (Self.root as NSString).appendingPathComponent("Package.swift"), encoding: .utf8)
        let list = try #require(manifest.components(separatedBy: "let generatedSDKs").dropFirst().first?
            .components(separatedBy: "\n]").first, "Package.swift has no generatedSDKs list")
        var declared: [String: Bool] = [:]
        for line in list.split(separator: "\n") where line.contains("(\"") {
            let module = line.split(separator: "\"")[1]
            declared[String(module)] = line.contains("endToEnd: true")
        }
        let configured = Dictionary(uniqueKeysWithValues: config.sdks.map { ($0.module, $0.endToEnd != nil) })
        #expect(declared == configured, "Package.swift generatedSDKs \(declared) ≠ sdkgen.yaml \(configured)")
    }

    /// `Spec/` is our description of the seed; the product SDK may be moved to another api-version in sdkgen.yaml,
    /// so this reads `Spec/` directly.
    @Test("the seed description generates all 16 operations, one file per model and group, a test per operation")
    func coversTheSeed() throws {
        let spec = (Self.root as NSString).appendingPathComponent("Spec/CommunicationIdentity.yaml")
        let options = EmitterOptions(
            moduleName: "Seed", sdkName: "seed", sdkVersion: "1.0.0",
            endToEnd: EndToEndOptions(emulatorModule: "IdentityEmulator", descriptionPath: "Spec/CommunicationIdentity.yaml"))
        let result = try Generator.run(spec: spec, templatesFolder: (Self.root as NSString).appendingPathComponent("Templates"), options: options)
        #expect(result.api.operations.count == 16)
        #expect(result.api.apiVersion == "2025-03-02-preview")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let sources = result.files.map(\.path).filter { $0.hasPrefix("Sources/Seed/") }
        #expect(sources.contains("Sources/Seed/CommunicationIdentityClient.swift"))
        #expect(sources.filter { $0.contains("/Models/") }.count == result.api.schemas.count)
        let tests = result.files.filter { $0.path.hasPrefix("Tests/SeedTests/") }.map(\.contents).joined()
        let endToEnd = result.files.filter { $0.path.hasPrefix("Tests/SeedEndToEndTests/") }.map(\.contents).joined()
        for operation in result.api.operations {
            let method = operation.name.prefix(1).lowercased() + operation.name.dropFirst()
            #expect(tests.contains("func \(method)Request()"), "no request test for \(operation.operationID)")
            #expect(endToEnd.contains("prepareCall(operationID: \"\(operation.operationID)\""), "no end-to-end test for \(operation.operationID)")
        }
    }
}
