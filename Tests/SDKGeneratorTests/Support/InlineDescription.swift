import Foundation
import SDKGenerator
import Testing

/// Generation from a description written in the test itself: saved to a temporary folder, generated with the
/// repository's templates, the folder removed afterwards.
enum InlineDescription {
    /// `Templates/` of this checkout.
    static let templates = (Checkout.root as NSString).appendingPathComponent("Templates")

    /// The files and warnings for `text`, saved as `name` (its extension picks YAML or JSON).
    static func generate(
        _ text: String, name: String = "api.yaml",
        options: EmitterOptions = EmitterOptions(moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0")
    ) throws -> Generator.Result {
        let folder = NSTemporaryDirectory() + "sdkgen-inline-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        return try Generator.run(spec: folder + "/" + name, templatesFolder: templates, options: options)
    }

    /// The contents of the one file whose path ends with `suffix`; fails the test when there is none.
    static func file(_ result: Generator.Result, _ suffix: String) throws -> String {
        try #require(result.files.first { $0.path.hasSuffix(suffix) }, "no file ending in \(suffix)").contents
    }
}
