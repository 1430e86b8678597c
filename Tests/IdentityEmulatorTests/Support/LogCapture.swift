import Foundation
import Logging

/// The log lines an emulator wrote, kept in memory so a test can look for one (for example the line saying an
/// operation was answered from its description because the emulator has no semantics for it).
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [String] = []

    /// Every line so far, `level message`, oldest first.
    var lines: [String] { lock.withLock { captured } }

    /// The lines containing `text`.
    func lines(containing text: String) -> [String] { lines.filter { $0.contains(text) } }

    fileprivate func append(_ line: String) { lock.withLock { captured.append(line) } }

    /// A logger writing here, at `level` and above (the emulator writes per-request lines at `info`).
    func logger(level: Logger.Level = .info) -> Logger {
        var logger = Logger(label: "identity-emulator-tests") { _ in CapturingLogHandler(sink: self) }
        logger.logLevel = level
        return logger
    }
}

/// A swift-log handler that hands each line to a `CapturedLog`. A value type: loggers copy handlers and set
/// metadata on their copies, and only the sink is shared.
struct CapturingLogHandler: LogHandler {
    let sink: CapturedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        sink.append("\(event.level) \(event.message)")
    }
}
