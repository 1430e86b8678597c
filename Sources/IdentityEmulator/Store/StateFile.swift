import AzureSDKRuntime
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `--state` file, written so that a crash at any moment leaves either the old or the new
/// state on disk, never a torn one: write a temporary file, fsync it, rename it over, fsync the folder.
struct StateFile: Sendable {
    /// Where the state lives.
    let url: URL

    /// Errors reading or writing the file.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong, with the path.
        let description: String
    }

    /// The saved state, or nil when the file does not exist yet. Removes the temporary files that
    /// emulators killed in the middle of a save left behind.
    func load() throws -> EmulatorSnapshot? {
        removeLeftovers()
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONCoding.makeDecoder().decode(EmulatorSnapshot.self, from: Data(contentsOf: url))
        } catch {
            throw Failure(description: "Cannot read the state file \(url.path): \(error)")
        }
    }

    /// Deletes `.<name>.<pid>.tmp` files of processes that no longer run: each save uses its own
    /// process id, so without this every kill during a save would leave one for good.
    private func removeLeftovers() {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let pid = Int32(name.dropFirst(prefix.count).dropLast(".tmp".count)), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// Replaces the file with `snapshot` atomically and durably.
    func save(_ snapshot: EmulatorSnapshot) throws {
        let encoder = JSONCoding.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        let data = try encoder.encode(snapshot)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try write(data, to: temporary.path)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = errnoDescription()
            unlink(temporary.path)
            throw Failure(description: "Cannot replace \(url.path): \(reason)")
        }
        // The rename is only durable once the directory entry is on disk too.
        let directoryFD = open(directory.path, O_RDONLY)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            close(directoryFD)
        }
    }

    /// Writes `data` to a new file at `path` and flushes it to disk.
    private func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw Failure(description: "Cannot create \(path): \(errnoDescription())") }
        defer { close(fd) }
        do {
            try FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(contentsOf: data)
        } catch {
            throw Failure(description: "Cannot write \(path): \(error)")
        }
        guard fsync(fd) == 0 else { throw Failure(description: "Cannot flush \(path): \(errnoDescription())") }
    }

    private func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}
