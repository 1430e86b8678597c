/// Faults the emulator injects so clients' retry and timeout handling can be tested against a real socket.
///
/// Requests are counted from the start: the first `dropFirst` have their connection closed without
/// an answer, the next `failFirst` get 503 with `Retry-After`; every request is delayed by `latency`.
public struct FaultInjection: Sendable, Hashable {
    /// How many requests, after the dropped ones, are answered with 503 Service Unavailable.
    public var failFirst: Int
    /// The delay the 503 answers ask for (`Retry-After` in whole seconds, `retry-after-ms` exactly).
    public var retryAfter: Duration
    /// Added before every request is handled.
    public var latency: Duration
    /// How many requests, from the first, have their connection closed without any answer.
    public var dropFirst: Int

    /// Creates a fault plan; the defaults inject nothing.
    public init(failFirst: Int = 0, retryAfter: Duration = .seconds(1), latency: Duration = .zero, dropFirst: Int = 0) {
        self.failFirst = failFirst
        self.retryAfter = retryAfter
        self.latency = latency
        self.dropFirst = dropFirst
    }
}
