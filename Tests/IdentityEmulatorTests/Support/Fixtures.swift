import Foundation

/// The API descriptions in `Tests/IdentityEmulatorTests/Fixtures`, by path: the test target excludes the folder
/// from its sources, and the emulator reads them the way `--spec FILE` does, with their example files beside them.
enum Fixture {
    /// `Fixtures/`, found from this file's own path so the tests run from any working directory.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The path of fixture `name`.
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// `2030-01-01`: the identity operations under new operationIds, the path parameter renamed `communicationUserId`.
    static let renamed = path("Renamed-2030-01-01.yaml")
    static let renamedVersion = "2030-01-01"

    /// `2030-02-01` (JSON): only operations the emulator has no semantics for.
    static let unknown = path("Unknown-2030-02-01.json")
    static let unknownVersion = "2030-02-01"

    /// `2030-03-01`: 2022-10-01's shapes (no `customId`, an identity that is only an id).
    static let shapes = path("Shapes-2030-03-01.yaml")
    static let shapesVersion = "2030-03-01"

    /// `2030-04-01`: create, delete and issue declare the repeatability headers; get does not.
    static let repeatable = path("Repeatable-2030-04-01.yaml")
    static let repeatableVersion = "2030-04-01"

    /// `2025-03-02-preview`, replacing the built-in one: the sixteen operations and two unknown ones.
    static let preview = path("Preview-2025-03-02-preview.yaml")
    static let previewVersion = "2025-03-02-preview"

    /// YAML that is not an API description.
    static let notADescription = path("NotADescription.yaml")
    /// A Swagger 2.0 description without `info.version`.
    static let noVersion = path("NoVersion.yaml")
}
