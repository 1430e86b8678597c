import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes generated files into an output folder, all or nothing, and compares them with it.
///
/// - The new tree is first written to a staging folder beside the output folder.
/// - When the output folder holds only files of an earlier generation (listed in its
///   manifest), the two folders are exchanged in one atomic step (`renameat2` on Linux,
///   `renamex_np` on macOS; two renames elsewhere): the folder is either the old or the new tree. Unchanged files are hard-linked from the old tree so that their
///   modification times (and incremental builds) are kept.
/// - When it also holds files sdkgen did not write, those are left alone: new files are
///   renamed into place one by one, files of the old manifest that are no longer
///   produced are removed, and the manifest is written last.
public struct OutputWriter {
    /// The manifest's name inside the output folder: the files the last generation wrote.
    public static let manifestName = ".sdkgen-manifest"

    /// The output folder.
    public let folder: String

    private var fileManager: FileManager { .default }

    /// Creates a writer for `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// A difference between the output folder and what would be generated.
    public struct Drift: Sendable, Hashable, CustomStringConvertible {
        /// What differs.
        public enum Kind: String, Sendable, Hashable {
            /// Would be created.
            case missing
            /// Content differs.
            case changed
            /// Generated before, no longer produced: would be removed.
            case stale
        }

        /// What differs.
        public var kind: Kind
        /// Path relative to the output folder.
        public var path: String

        /// Creates a drift entry.
        public init(kind: Kind, path: String) {
            self.kind = kind
            self.path = path
        }

        /// `changed: Sources/…`.
        public var description: String { "\(kind.rawValue): \(path)" }
    }

    /// The differences between `files` and the folder (empty when up to date).
    public func drift(_ files: [GeneratedFile]) -> [Drift] {
        // Without a staging folder nothing is written, so nothing can fail.
        drift(files, states: (try? process(files, staging: nil)) ?? [])
    }

    /// How a file to write compares with the folder.
    private enum FileState {
        case unchanged, changed, missing
    }

    /// Compares every file with the folder and, given `staging`, writes it there (a hard link to the
    /// old file when unchanged). Runs on all cores; each thread holds one file's text at a time, as
    /// reading `contents` renders it.
    private func process(_ files: [GeneratedFile], staging: String?) throws -> [FileState] {
        if let staging {
            var folders: Set<String> = []
            for file in files { folders.insert(((staging as NSString).appendingPathComponent(file.path) as NSString).deletingLastPathComponent) }
            for folder in folders.sorted() { try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        }
        let folder = self.folder
        return try concurrentMap(files.count) { index in
            let file = files[index]
            let existing = (folder as NSString).appendingPathComponent(file.path)
            let text = file.contents
            let state: FileState
            if let data = FileManager.default.contents(atPath: existing) {
                state = data.elementsEqual(text.utf8) ? .unchanged : .changed
            } else {
                state = .missing
            }
            guard let staging else { return state }
            let target = (staging as NSString).appendingPathComponent(file.path)
            if state == .unchanged, link(existing, target) == 0 { return state }
            try Self.createFile(target, text)
            return state
        }
    }

    private func drift(_ files: [GeneratedFile], states: [FileState]) -> [Drift] {
        var result: [Drift] = []
        for (file, state) in zip(files, states) {
            switch state {
            case .unchanged: continue
            case .changed: result.append(Drift(kind: .changed, path: file.path))
            case .missing: result.append(Drift(kind: .missing, path: file.path))
            }
        }
        let produced = Set(files.map(\.path))
        for path in readManifest() where !produced.contains(path) {
            if fileManager.fileExists(atPath: (folder as NSString).appendingPathComponent(path)) {
                result.append(Drift(kind: .stale, path: path))
            }
        }
        let manifest = (folder as NSString).appendingPathComponent(Self.manifestName)
        if fileManager.contents(atPath: manifest) != Data(Self.manifestText(files).utf8) {
            result.append(Drift(kind: .changed, path: Self.manifestName))
        }
        return result.sorted { $0.path < $1.path }
    }

    /// Replaces the generated files in the folder with `files`.
    /// - Returns: How many files changed (created, rewritten or removed).
    @discardableResult
    public func write(_ files: [GeneratedFile]) throws -> Int {
        let parent = (folder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(name).sdkgen-tmp-\(stamp)")
        removeLeftovers(parent: parent.isEmpty ? "." : parent, name: name)
        var changes = 0
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            defer { try? fileManager.removeItem(atPath: staging) }
            let states = try process(files, staging: staging)
            try Self.createFile((staging as NSString).appendingPathComponent(Self.manifestName), Self.manifestText(files))
            changes = drift(files, states: states).filter { $0.path != Self.manifestName }.count
            var isFolder: ObjCBool = false
            if !fileManager.fileExists(atPath: folder, isDirectory: &isFolder) {
                try fileManager.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
                try fileManager.moveItem(atPath: staging, toPath: folder)
            } else if !isFolder.boolValue {
                throw Diagnostic(location: folder, message: "the output path is a file, expected a folder")
            } else if try foreignFiles().isEmpty {
                // One atomic exchange where the system has it; the staging folder then holds the old tree.
                if AtomicSwap.exchange(staging, folder) { return changes }
                let old = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(name).sdkgen-old-\(stamp)")
                try fileManager.moveItem(atPath: folder, toPath: old)
                do {
                    try fileManager.moveItem(atPath: staging, toPath: folder)
                } catch {
                    try? fileManager.moveItem(atPath: old, toPath: folder)  // put the old tree back
                    throw error
                }
                try? fileManager.removeItem(atPath: old)
            } else {
                try mergeIntoPlace(files, states: states, from: staging)
            }
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(location: folder, message: "cannot write the output: \(error.localizedDescription)")
        }
        return changes
    }

    /// Writes `contents` to a new file at `path`.
    ///
    /// No `fsync` (Foundation's `Data.write` does one per file, which was a tenth of the time of a
    /// large generation): the all-or-nothing guarantee against a killed process comes from the
    /// folder exchange, which needs no flush; after a power loss, running sdkgen again repairs the tree.
    static func createFile(_ path: String, _ contents: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw Diagnostic(location: path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var contents = contents
        try contents.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = posixWrite(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Diagnostic(location: path, message: "cannot write the file: \(String(cString: strerror(errno)))")
                }
                next += written
                left -= written
            }
        }
    }

    /// Removes staging folders of runs that were killed: their process is gone.
    private func removeLeftovers(parent: String, name: String) {
        guard let siblings = try? fileManager.contentsOfDirectory(atPath: parent) else { return }
        for sibling in siblings {
            for marker in [".\(name).sdkgen-tmp-", ".\(name).sdkgen-old-"] where sibling.hasPrefix(marker) {
                let stamp = sibling.dropFirst(marker.count)
                guard let pid = Int32(stamp.split(separator: "-").first ?? ""), kill(pid, 0) != 0, errno == ESRCH else { continue }
                try? fileManager.removeItem(atPath: (parent as NSString).appendingPathComponent(sibling))
            }
        }
    }

    /// Files in the output folder that no earlier generation wrote.
    private func foreignFiles() throws -> [String] {
        let known = Set(readManifest() + [Self.manifestName])
        guard let enumerator = fileManager.enumerator(atPath: folder) else { return [] }
        var foreign: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: (folder as NSString).appendingPathComponent(path), isDirectory: &isFolder)
            if !isFolder.boolValue && !known.contains(path) { foreign.append(path) }
        }
        return foreign
    }

    private func mergeIntoPlace(_ files: [GeneratedFile], states: [FileState], from staging: String) throws {
        let oldManifest = readManifest()
        for (file, state) in zip(files, states) where state != .unchanged {
            let source = (staging as NSString).appendingPathComponent(file.path)
            let target = (folder as NSString).appendingPathComponent(file.path)
            try fileManager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if rename(source, target) != 0 {
                throw Diagnostic(location: target, message: "cannot replace the file (errno \(errno))")
            }
        }
        let produced = Set(files.map(\.path))
        for path in oldManifest where !produced.contains(path) {
            try? fileManager.removeItem(atPath: (folder as NSString).appendingPathComponent(path))
        }
        let manifest = (folder as NSString).appendingPathComponent(Self.manifestName)
        try Data(Self.manifestText(files).utf8).write(to: URL(fileURLWithPath: manifest), options: .atomic)
    }

    private func readManifest() -> [String] {
        let path = (folder as NSString).appendingPathComponent(Self.manifestName)
        guard let data = fileManager.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty && !$0.contains("..") }
    }

    private static func manifestText(_ files: [GeneratedFile]) -> String {
        "# Files written by sdkgen; it removes those it no longer produces and touches no others.\n"
            + files.map(\.path).sorted().joined(separator: "\n") + "\n"
    }
}

/// `write(2)`, named apart from `OutputWriter.write(_:)`.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
