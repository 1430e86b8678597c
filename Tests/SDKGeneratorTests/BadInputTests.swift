import SDKGenIR
import Foundation
import SDKGenerator
import Testing

/// A failed generation leaves the output folder exactly as it was.
@Suite("Bad input leaves the output untouched")
struct BadInputTests {
    static let templates = (Checkout.root as NSString).appendingPathComponent("Templates")
    static let options = EmitterOptions(moduleName: "Broken", sdkName: "broken", sdkVersion: "0.0.1")

    func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.default.enumerator(atPath: "/nonexistent")! {
            files[path] = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(path))
        }
        return files
    }

    @Test("missing file, invalid JSON, invalid YAML, dangling $ref, $ref cycle, wrong type", arguments: [
        ("missing.yaml", nil),
        ("bad.json", "{\"swagger\": \"2.0\",,}"),
        ("bad.yaml", "swagger: \"2.0\"\n  info: [\n"),
        ("dangling.yaml", "swagger: \"2.0\"\ninfo: {title: x, version: \"1\"}\npaths: {}\ndefinitions: {A: {$ref: \"#/definitions/B\"}}\n"),
        ("cycle.yaml", "swagger: \"2.0\"\ninfo: {title: x, version: \"1\"}\npaths: {}\ndefinitions: {A: {$ref: \"#/definitions/B\"}, B: {$ref: \"#/definitions/A\"}}\n"),
        ("type.yaml", "swagger: \"2.0\"\ninfo: {title: x, version: \"1\"}\npaths: {/a: {get: {operationId: 5, responses: {}}}}\n"),
    ] as [(String, String?)])
    func badInput(name: String, text: String?) throws {
        let base = NSTemporaryDirectory() + "sdkgen-bad-\(UUID().uuidString)"
        let output = base + "/Generated"
        defer { try? FileManager.default.removeItem(atPath: base) }
        try OutputWriter(folder: output).write([GeneratedFile(path: "Sources/Old.swift", contents: "old")])
        let before = snapshot(output)
        if let text { try Data(text.utf8).write(to: URL(fileURLWithPath: base + "/" + name)) }
        var thrown: (any Error)?
        do {
            let result = try Generator.run(spec: base + "/" + name, templatesFolder: Self.templates, options: Self.options)
            try OutputWriter(folder: output).write(result.files)
        } catch {
            thrown = error
        }
        let error = try #require(thrown as? Diagnostic)
        #expect(error.location.contains(name))
        #expect(!error.message.isEmpty)
        #expect(snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: base).filter { $0.contains("sdkgen-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a templates folder without every template is refused before anything is written")
    func missingTemplate() throws {
        let empty = NSTemporaryDirectory() + "sdkgen-tpl-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let spec = (Checkout.root as NSString).appendingPathComponent("Spec/CommunicationIdentity.yaml")
        #expect(throws: Diagnostic.self) {
            _ = try Generator.run(spec: spec, templatesFolder: empty, options: Self.options)
        }
    }
}
