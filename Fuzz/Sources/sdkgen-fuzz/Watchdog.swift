import Foundation

/// Watches the execution in progress from another thread: a slow input is saved while it
/// still runs (it may never finish), and a hung one ends the batch with exit status 3 so
/// the script can carry on with the next batch.
final class Watchdog: @unchecked Sendable {
    static let slowLimit: Double = 5
    static let hangLimit: Double = 30

    private let lock = NSLock()
    private var started: Date?
    private var flagged = false
    private let onSlow: @Sendable () -> Void

    init(onSlow: @escaping @Sendable () -> Void) {
        self.onSlow = onSlow
        Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                check()
            }
        }.start()
    }

    func begin() { lock.withLock { started = Date(); flagged = false } }

    /// Ends the execution; true when it was slow.
    func end() -> Bool {
        lock.withLock {
            defer { started = nil }
            return flagged
        }
    }

    private func check() {
        let (elapsed, first): (Double, Bool) = lock.withLock {
            guard let started else { return (0, false) }
            let elapsed = Date().timeIntervalSince(started)
            let first = elapsed > Self.slowLimit && !flagged
            if first { flagged = true }
            return (elapsed, first)
        }
        if first { onSlow() }
        if elapsed > Self.hangLimit {
            FileHandle.standardError.write(Data("hang: an input ran over \(Int(Self.hangLimit)) s\n".utf8))
            exit(3)
        }
    }
}
