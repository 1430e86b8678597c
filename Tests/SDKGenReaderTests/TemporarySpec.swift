import Foundation

/// A folder of description files written by a test, removed when the test ends.
final class TemporarySpec {
    let folder: String

    init(_ files: [String: String]) throws {
        folder = NSTemporaryDirectory() + "sdkgen-reader-\(UUID().uuidString)"
        for (path, text) in files {
            let full = (folder as NSString).appendingPathComponent(path)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    func path(_ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
