/// How often and how patiently the pipeline retries transient failures.
///
/// Delays grow exponentially from `baseDelay` with full jitter (a random delay between zero and
/// the exponential bound) so that many clients failing together do not retry in lockstep.
public struct RetryOptions: Sendable {
    /// Retries after the first try; 0 disables retrying.
    public var maxRetries: Int = 3
    /// The bound for the first retry's delay; doubled for each further retry.
    public var baseDelay: Duration = .milliseconds(800)
    /// The upper bound of any computed delay (a server's Retry-After is honoured as given).
    public var maxDelay: Duration = .seconds(60)

    /// Creates retry options; the defaults match the other Azure SDKs.
    public init(maxRetries: Int = 3, baseDelay: Duration = .milliseconds(800), maxDelay: Duration = .seconds(60)) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }
}
