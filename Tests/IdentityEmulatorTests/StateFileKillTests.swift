import AzureSDKRuntime
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--state FILE` survives a kill mid-write: the built `identity-emulator` runs as a child process
/// under a stream of concurrent creates and is SIGKILLed at random moments, again and again.
/// After every kill the file must be complete JSON holding every identity whose 201 came back
/// (each change is saved before its answer), and an emulator restarted on it must serve them.
@Suite("--state file survives SIGKILL of the emulator process")
struct StateFileKillTests {
    /// How many times the child is killed under load.
    static let kills = 10
    /// Concurrent create loops while the child runs.
    static let writers = 8
    /// Generous: a debug build starting on a loaded 2-core machine.
    static let startTimeout: TimeInterval = 30

    /// `swift test` builds every product next to the test bundle.
    static var executable: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("identity-emulator").path
    }

    @Test("SIGKILL under concurrent writes leaves the old or the new state, complete", .timeLimit(.minutes(2)))
    func killedUnderLoad() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            Issue.record("identity-emulator was not built next to the tests at \(Self.executable)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-emulator-kill-\(UUID().uuidString)")
        // The state file alone in its folder, so every other entry there is a temporary file of StateFile's.
        let stateFolder = folder.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stateFile = stateFolder.appendingPathComponent("state.json")
        // A throwaway key of this test's own; it is never printed.
        let accessKey = Data((0..<32).map { _ in UInt8.random(in: .min ... .max) }).base64EncodedString()

        let acknowledged = Acknowledged()
        var persisted: Set<String> = []  // what the file held after the previous kill
        var everWritten = false

        for round in 0..<Self.kills {
            let child = try await Child.launch(stateFile: stateFile, accessKey: accessKey, folder: folder, index: round)
            defer { child.killIfRunning() }
            let client = try child.client()

            // The restarted emulator loaded the file: what it held is served.
            try await Self.expectServed(Self.sample(persisted, recent: acknowledged.recent(3)), by: client, round: round)

            let before = acknowledged.count
            let load = Task { await Self.createContinuously(client: client, writers: Self.writers, into: acknowledged) }
            // Kill once writes are flowing, after a random 20–200 ms more of them.
            let flowing = await Self.wait(until: { acknowledged.count > before }, timeout: 20)
            #expect(flowing, "round \(round): no create succeeded within 20 s")
            let delay = Int.random(in: 20...200)
            try await Task.sleep(for: .milliseconds(delay))
            #expect(child.process.isRunning, "round \(round): the emulator exited on its own before the kill")
            kill(child.process.processIdentifier, SIGKILL)
            await child.waitForExit()
            #expect(child.process.terminationReason == .uncaughtSignal && child.process.terminationStatus == SIGKILL)
            await load.value  // every loop stops at its first failed call
            everWritten = everWritten || acknowledged.count > 0

            // The file: there once anything was acknowledged, complete, and holding all that was.
            guard everWritten else { continue }
            let inFile = try Self.identities(in: stateFile, round: round, killedAfterMilliseconds: delay)
            let missing = acknowledged.all.subtracting(inFile)
            #expect(missing.isEmpty, "round \(round) (killed \(delay) ms into the load): \(missing.count) acknowledged identities are not in the file")
            #expect(persisted.isSubset(of: inFile), "round \(round): identities saved before the previous kill were lost")
            persisted = inFile

            // The restart of this round removed the leftovers of earlier kills; this kill may have left one.
            Self.expectOnlyTemporaryFilesOf([child.process.processIdentifier], in: stateFolder, round: round)
        }

        // A last restart serves everything that was ever acknowledged, then stops cleanly.
        let child = try await Child.launch(stateFile: stateFile, accessKey: accessKey, folder: folder, index: Self.kills)
        defer { child.killIfRunning() }
        let client = try child.client()
        #expect(persisted.count >= acknowledged.count)
        try await Self.expectServed(Self.sample(persisted, recent: acknowledged.recent(5), count: 20), by: client, round: Self.kills)
        let created = try await client.createIdentityID()
        kill(child.process.processIdentifier, SIGTERM)
        let stopped = await child.waitForExit(timeout: 30)
        #expect(stopped && child.process.terminationReason == .exit && child.process.terminationStatus == 0)
        let final = try Self.identities(in: stateFile, round: Self.kills, killedAfterMilliseconds: nil)
        #expect(final == persisted.union([created]))
        // The last start removed the last kill's leftover, and a clean stop leaves none.
        Self.expectOnlyTemporaryFilesOf([], in: stateFolder, round: Self.kills)
    }
}

// MARK: - Load and checks

extension StateFileKillTests {
    /// The ids of created identities whose 201 arrived, in order.
    final class Acknowledged: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String] = []
        func append(_ id: String) { lock.withLock { ids.append(id) } }
        var count: Int { lock.withLock { ids.count } }
        var all: Set<String> { lock.withLock { Set(ids) } }
        func recent(_ count: Int) -> [String] { lock.withLock { Array(ids.suffix(count)) } }
    }

    /// Creates identities on `writers` loops until each one's call fails (the child was killed).
    static func createContinuously(client: WireClient, writers: Int, into acknowledged: Acknowledged) async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<writers {
                group.addTask {
                    while true {
                        guard let created = try? await client.post(IdentityPaths.identities), created.status == 201,
                            let id = try? created.json()["identity"]?["id"]?.stringValue
                        else { return }
                        acknowledged.append(id)
                    }
                }
            }
        }
    }

    /// Polls `condition` until it holds or `timeout` seconds pass.
    static func wait(until condition: () -> Bool, timeout: TimeInterval) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// A few ids to look up: the latest acknowledged ones and some random saved ones.
    static func sample(_ persisted: Set<String>, recent: [String], count: Int = 5) -> [String] {
        Array(Set(recent).intersection(persisted)) + Array(persisted.shuffled().prefix(count))
    }

    /// GET on each id answers 200 with that identity.
    static func expectServed(_ ids: [String], by client: WireClient, round: Int) async throws {
        for id in ids {
            let identity = try await client.get(IdentityPaths.identity(id))
            #expect(identity.status == 200, "round \(round): \(identity)")
            #expect(try identity.json()["id"]?.stringValue == id, "round \(round)")
        }
    }

    /// Reads the state file as the emulator's snapshot format and returns its identity ids.
    static func identities(in file: URL, round: Int, killedAfterMilliseconds delay: Int?) throws -> Set<String> {
        let context = "round \(round)" + (delay.map { " (killed \($0) ms into the load)" } ?? "")
        let data = try #require(FileManager.default.contents(atPath: file.path), "\(context): the state file is missing")
        let json = try #require(
            (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            "\(context): the state file (\(data.count) bytes) is not a JSON object; it ends with \(String(decoding: data.suffix(80), as: UTF8.self))")
        #expect(json["formatVersion"] as? Int == 1, "\(context)")
        #expect(json["teamsExtensionAssignments"] is [String: Any], "\(context)")
        #expect(json["entraAssignments"] is [String: Any], "\(context)")
        let identities = try #require(json["identities"] as? [String: [String: Any]], "\(context): no identities object")
        for (key, record) in identities {
            #expect(record["id"] as? String == key, "\(context): identity record \(key) is incomplete")
        }
        return Set(identities.keys)
    }

    /// Besides the state file, the folder holds at most one temporary file (`.state.json.<pid>.tmp`) of each
    /// of `killedPIDs` (killed mid-save): a live or cleanly stopped emulator leaves none, and a starting one
    /// removes those of processes that are gone.
    static func expectOnlyTemporaryFilesOf(_ killedPIDs: Set<Int32>, in folder: URL, round: Int) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let others = names.filter { $0 != "state.json" }
        for name in others {
            let pid = name.wholeMatch(of: /\.state\.json\.(\d+)\.tmp/).flatMap { Int32($0.1) }
            #expect(pid.map(killedPIDs.contains) == true, "round \(round): unexpected file \(name) next to the state file")
        }
        #expect(others.count <= killedPIDs.count, "round \(round): \(others.count) temporary files after \(killedPIDs.count) kills")
    }
}

// MARK: - The child process

extension StateFileKillTests {
    /// One `identity-emulator` process.
    final class Child: @unchecked Sendable {
        let process: Process
        let port: Int
        private let accessKey: String
        private let output: Pipe

        private init(process: Process, port: Int, accessKey: String, output: Pipe) {
            self.process = process
            self.port = port
            self.accessKey = accessKey
            self.output = output
        }

        /// Starts the emulator on a free loopback port and returns once it printed where it listens.
        static func launch(stateFile: URL, accessKey: String, folder: URL, index: Int) async throws -> Child {
            let log = folder.appendingPathComponent("emulator-\(index).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let errors = try FileHandle(forWritingTo: log)
            defer { try? errors.close() }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: StateFileKillTests.executable)
            process.arguments = [
                "--host", "127.0.0.1", "--port", "0", "--state", stateFile.path,
                "--access-key", accessKey, "--log-level", "error",
            ]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let port = await onThread { readPort(from: output.fileHandleForReading, timeout: StateFileKillTests.startTimeout) }
            let child = Child(process: process, port: port ?? 0, accessKey: accessKey, output: output)
            guard port != nil else {
                child.killIfRunning()
                await child.waitForExit()
                // stderr holds log lines and errors only; the key is on the command line and in stdout.
                let reason = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw StartFailure(description: "emulator \(index) did not start: \(reason.replacingOccurrences(of: accessKey, with: "<key>").suffix(2000))")
            }
            return child
        }

        struct StartFailure: Error, CustomStringConvertible {
            let description: String
        }

        /// A wire client for this child: one try per call, so a killed child fails calls at once.
        func client() throws -> WireClient {
            try WireClient(
                connectionString: "endpoint=http://127.0.0.1:\(port)/;accesskey=\(accessKey)",
                options: ClientOptions(
                    retry: RetryOptions(maxRetries: 0), perTryTimeout: .seconds(20), overallTimeout: .seconds(30)))
        }

        func killIfRunning() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        /// Waits for the exit on a thread of its own, not on the few threads async tests share.
        func waitForExit() async {
            let process = process
            await onThread { process.waitUntilExit() }
            try? output.fileHandleForReading.close()
        }

        /// Waits up to `timeout` seconds, then SIGKILLs; false when the kill was needed.
        func waitForExit(timeout: TimeInterval) async -> Bool {
            let exited = await StateFileKillTests.wait(until: { !process.isRunning }, timeout: timeout)
            if !exited { killIfRunning() }
            await waitForExit()
            return exited
        }

        /// Reads stdout until the "listening on http://127.0.0.1:PORT (HTTP)" line; nil at EOF or timeout.
        private static func readPort(from handle: FileHandle, timeout: TimeInterval) -> Int? {
            let deadline = Date().addingTimeInterval(timeout)
            let descriptor = handle.fileDescriptor
            var text = ""
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let remaining = Int32(deadline.timeIntervalSinceNow * 1000)
                guard remaining > 0 else { return nil }
                var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&entry, 1, remaining)
                if ready < 0, errno == EINTR { continue }
                guard ready > 0 else { return nil }
                let count = read(descriptor, &buffer, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return nil }
                text += String(decoding: buffer[..<count], as: UTF8.self)
                if let match = text.firstMatch(of: #/listening on http://127\.0\.0\.1:(\d+) /#) { return Int(match.1) }
            }
        }
    }

    /// Runs blocking `work` on a new thread and awaits its result.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}
