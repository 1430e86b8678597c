import Foundation

/// A file of the description: the path shown in messages and the path read from disk.
struct SourceFile: Hashable, Sendable {
    /// The path as the user gave it, or relative to it for referenced files (`Spec/common.yaml`).
    let displayPath: String
    /// The standardized absolute path, the identity of the file.
    let absolutePath: String

    init(displayPath: String, absolutePath: String) {
        self.displayPath = displayPath
        self.absolutePath = absolutePath
    }

    /// The file given on the command line or in the configuration.
    init(userPath: String) {
        let url = URL(fileURLWithPath: userPath).standardizedFileURL
        self.init(displayPath: userPath, absolutePath: url.path)
    }

    /// The file that `relativePath` names, relative to this file's folder.
    func sibling(_ relativePath: String) -> SourceFile {
        let base = URL(fileURLWithPath: absolutePath).deletingLastPathComponent()
        let absolute = base.appendingPathComponent(relativePath).standardizedFileURL.path
        let displayBase = (displayPath as NSString).deletingLastPathComponent
        let display = Self.normalize(displayBase.isEmpty ? relativePath : displayBase + "/" + relativePath)
        return SourceFile(displayPath: display, absolutePath: absolute)
    }

    /// Removes `.` and resolvable `..` components without touching the file system,
    /// so displayed paths stay relative and the same on every machine.
    private static func normalize(_ path: String) -> String {
        var parts: [String] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case ".": continue
            case "..":
                if let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
