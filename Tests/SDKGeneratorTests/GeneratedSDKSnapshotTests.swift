import Foundation
import SDKGenerator
import Testing

/// `Generated/` is the golden output: compiled and tested by `swift test` as its own targets.
/// Re-record it with `SDKGEN_RECORD=1 swift test --filter GeneratedSDKSnapshotTests`
/// (or `swift run sdkgen generate`), never by hand.
@Suite("Generated SDK snapshot")
struct GeneratedSDKSnapshotTests {
    static let root = Generator.checkoutRoot

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

    @Test("the configuration also builds the naming-torture SDK into the same folder")
    func tortureIncluded() throws {
        let result = try Self.generate()
        #expect(result.apis.map(\.title) == ["CommunicationIdentityClient", "NamingTorture"])
        #expect(result.files.contains { $0.path == "Sources/NamingTorture/Models/Thing.swift" })
    }

    @Test("the SDK covers all 16 operations of 2025-03-02-preview, one file per model and group")
    func coversTheSeed() throws {
        let result = try Self.generate()
        #expect(result.api.operations.count == 16)
        #expect(result.api.apiVersion == "2025-03-02-preview")
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let sources = result.files.map(\.path).filter { $0.hasPrefix("Sources/AzureCommunicationIdentity/") }
        #expect(sources.contains("Sources/AzureCommunicationIdentity/CommunicationIdentityClient.swift"))
        #expect(sources.filter { $0.contains("/Models/") }.count == result.api.schemas.count)
        let tests = result.files.filter { $0.path.hasPrefix("Tests/AzureCommunicationIdentityTests/") }.map(\.contents).joined()
        for operation in result.api.operations {
            let method = operation.name.prefix(1).lowercased() + operation.name.dropFirst()
            #expect(tests.contains("func \(method)Request()"), "no request test for \(operation.operationID)")
        }
    }
}
