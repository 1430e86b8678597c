#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A raw HTTP server on 127.0.0.1 (an ephemeral port) that follows a script per connection.
///
/// Plain POSIX sockets and `Thread`s, because the test target may depend on nothing that
/// speaks HTTP, and because a hostile server must be free to send bytes no real server would.
/// Every blocking call polls in short slices and checks `isStopped`, so `stop()` is prompt.
final class LoopbackServer: @unchecked Sendable {
    /// The port the kernel picked.
    let port: UInt16
    private let listener: Int32
    private let script: @Sendable (Int) -> [ServerStep]
    private let lock = NSLock()
    private var stopped = false
    private var heads: [String] = []
    private var accepted = 0
    private let running = DispatchGroup()

    /// Starts listening; `script(n)` gives the steps for the n-th connection (0-based).
    init(script: @escaping @Sendable (Int) -> [ServerStep]) throws {
        self.script = script
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXFailure(call: "socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw POSIXFailure(call: "bind/listen/getsockname")
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        running.enter()
        Thread { [self] in
            acceptLoop()
            running.leave()
        }.start()
    }

    /// A server that answers every connection with the same steps.
    convenience init(steps: [ServerStep]) throws {
        try self.init(script: { _ in steps })
    }

    /// Request heads received so far (request line and headers, as sent).
    var requestHeads: [String] { lock.withLock { heads } }
    /// Connections accepted so far.
    var connectionCount: Int { lock.withLock { accepted } }
    /// Whether `stop()` was called.
    var isStopped: Bool { lock.withLock { stopped } }

    /// Stops accepting, interrupts scripts and waits (briefly) for every thread to end.
    func stop() {
        let first = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        _ = running.wait(timeout: .now() + 3)
        close(listener)
    }

    deinit { stop() }

    private func acceptLoop() {
        var index = 0
        while !isStopped {
            guard SocketIO.waitReadable(listener, milliseconds: 20) else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            lock.withLock { accepted += 1 }
            let steps = script(index)
            index += 1
            running.enter()
            Thread { [self] in
                run(steps, on: client)
                running.leave()
            }.start()
        }
    }

    private func run(_ steps: [ServerStep], on fd: Int32) {
        var open = true
        for step in steps where open && !isStopped {
            switch step {
            case .readRequest:
                if let head = SocketIO.readRequest(fd, until: { self.isStopped }) {
                    lock.withLock { heads.append(head) }
                } else {
                    open = false
                }
            case .send(let data):
                open = SocketIO.sendAll(fd, data)
            case .sendRepeated(let chunk, let count):
                for _ in 0..<count where open && !isStopped { open = SocketIO.sendAll(fd, chunk) }
            case .sleep(let duration):
                let end = ContinuousClock.now + duration
                while ContinuousClock.now < end, !isStopped { usleep(10_000) }
            case .reset:
                var option = linger(l_onoff: 1, l_linger: 0)
                setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
                close(fd)
                return
            case .close:
                close(fd)
                return
            }
        }
        close(fd)
    }
}

/// A socket call failed while setting up the server.
struct POSIXFailure: Error, CustomStringConvertible {
    let call: String
    let code = errno
    var description: String { "\(call) failed: errno \(code)" }
}
