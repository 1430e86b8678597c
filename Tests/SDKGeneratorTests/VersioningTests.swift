import Foundation
import SDKGenerator
import Testing

/// A versioned SDK: the changelog follows api-versions, and pinned names survive upstream renames.
@Suite("Versioning")
struct VersioningTests {
    static func spec(version: String, operationID: String, extraEnumValue: Bool = true) -> String {
        """
        swagger: "2.0"
        info: {title: Thing, version: "\(version)"}
        paths:
          /things/{id}:
            get:
              operationId: \(operationID)
              parameters: [{name: id, in: path, required: true, type: string}]
              responses: {"200": {description: ok, schema: {$ref: "#/definitions/Thing"}}}
        definitions:
          Thing:
            type: object
            properties:
              kind: {type: string, enum: [a\(extraEnumValue ? ", b" : "")], x-ms-enum: {name: Kind, modelAsString: false}}
        """
    }

    /// Generates `text` into `output` as `sdkgen.yaml` would, and writes the result.
    static func generate(_ text: String, in folder: String, version: String = "1.0.0", names: PinnedNames? = nil) throws -> Generator.Result {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/api.yaml"))
        let config = GeneratorConfig(
            output: folder + "/Out", templates: (Checkout.root as NSString).appendingPathComponent("Templates"),
            sdks: [SDKConfig(spec: folder + "/api.yaml", module: "Things", sdkName: "things", sdkVersion: version, names: names)])
        let result = try Generator.run(config: config)
        try OutputWriter(folder: folder + "/Out").write(result.files)
        return result
    }

    static func changelog(_ folder: String) throws -> String {
        try String(contentsOfFile: folder + "/Out/Docs/Things/CHANGELOG.md", encoding: .utf8)
    }

    @Test("a new api-version adds a changelog entry with the suggested bump; the same version changes nothing")
    func changelogEntries() throws {
        let folder = NSTemporaryDirectory() + "sdkgen-version-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        _ = try Self.generate(Self.spec(version: "2024-01-01", operationID: "Things_Get"), in: folder)
        #expect(try Self.changelog(folder).contains("## 1.0.0 — api-version 2024-01-01\n\nFirst version: 1 operations (`Things_Get`)."))

        // Removing a value of a closed enum breaks callers: a major bump is due, 1.1.0 is too low.
        let second = try Self.generate(Self.spec(version: "2024-06-01", operationID: "Things_Get", extraEnumValue: false), in: folder, version: "1.1.0")
        let text = try Self.changelog(folder)
        #expect(text.contains("## 1.1.0 — api-version 2024-06-01\n\nSuggested SDK version: **2.0.0** (major bump from 1.0.0). Changes from api-version 2024-01-01:"))
        #expect(text.contains("value 'b' removed from enum Kind"))
        #expect(text.range(of: "## 1.1.0")!.lowerBound < text.range(of: "## 1.0.0")!.lowerBound)
        #expect(second.warnings.contains { $0.message == "sdkVersion 1.1.0 is lower than 2.0.0, which these breaking changes call for" })

        // Regenerating the same inputs gives the same files.
        let again = try Self.generate(Self.spec(version: "2024-06-01", operationID: "Things_Get", extraEnumValue: false), in: folder, version: "1.1.0")
        #expect(OutputWriter(folder: folder + "/Out").drift(again.files).isEmpty)
        #expect(try Self.changelog(folder) == text)
    }

    @Test("the snapshot has a line per operation and schema; a pretty-printed one from an earlier sdkgen is still read")
    func snapshotFormat() throws {
        let folder = NSTemporaryDirectory() + "sdkgen-snapshot-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try Self.generate(Self.spec(version: "2024-01-01", operationID: "Things_Get"), in: folder)
        let path = folder + "/Out/Docs/Things/api-snapshot.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1 + first.api.operations.count + 1 + first.api.schemas.count + 1)
        #expect(lines.filter { $0.hasPrefix("{\"") && $0.contains("\"operationID\":\"Things_Get\"") }.count == 1)

        // Rewrite it as the pretty-printed JSON earlier versions wrote; the next api-version must still be compared with it.
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
        _ = try Self.generate(Self.spec(version: "2024-06-01", operationID: "Things_Get", extraEnumValue: false), in: folder, version: "2.0.0")
        #expect(try Self.changelog(folder).contains("value 'b' removed from enum Kind"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == lines.count)
    }

    @Test("pinned names keep the Swift group, method and type names after an upstream rename")
    func pinnedNames() throws {
        let folder = NSTemporaryDirectory() + "sdkgen-pin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let renamed = Self.spec(version: "2024-01-01", operationID: "ThingOperations_Read")
        let result = try Self.generate(renamed, in: folder, names: PinnedNames(operations: ["ThingOperations_Read": "Things_Get"], types: ["Thing": "Widget"]))
        let paths = result.files.map(\.path)
        #expect(paths.contains("Sources/Things/ThingsOperations.swift"))
        #expect(paths.contains("Sources/Things/Models/Widget.swift"))
        let group = result.files.first { $0.path == "Sources/Things/ThingsOperations.swift" }?.contents ?? ""
        #expect(group.contains("public func get(id: String) async throws -> Widget {"))
        #expect(group.contains("(`ThingOperations_Read`)"))
    }
}
