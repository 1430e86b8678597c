import Foundation
import SDKGenDiff
import SDKGenIR
import SDKGenReader

/// Paths of the test fixtures, found from this file since Package.swift declares no resources.
enum Fixtures {
    /// `Tests/SDKGenDiffTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// The package root.
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Tests/SDKGenDiffTests/Fixtures`.
    static func path(_ relative: String) -> String {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(relative).path
    }

    /// A rule fixture: `Fixtures/Rules/<name>.yaml`.
    static func rule(_ name: String) -> String { path("Rules/\(name).yaml") }

    /// Reads a description.
    static func read(_ path: String) throws -> APIDescription {
        try SpecReader.read(path: path).api
    }

    /// The report from `old` to `new` (both paths), bodies placed as declared, as `sdkgen diff` does.
    static func diff(_ old: String?, _ new: String) throws -> ChangeReport {
        let newAPI = try read(new)
        let oldAPI = try old.map(read)
        return APIDiff.compare(old: oldAPI, new: newAPI)
    }

    /// The text of a file.
    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
