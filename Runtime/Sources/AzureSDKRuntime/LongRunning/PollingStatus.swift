/// The state a long-running operation's status monitor reports (`status` in its body), or what the poller
/// concluded from status codes when the service polls through `Location`.
///
/// Kept as text so states a service adds (`NotStarted`, `Running`, `Deleting`, …) pass through; only
/// `Succeeded`, `Failed` and `Canceled` (any case, also `Cancelled`) end the operation.
public struct PollingStatus: Hashable, Sendable, CustomStringConvertible {
    /// The status as the service wrote it.
    public let rawValue: String

    /// Wraps a status text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Still running (any status that is not terminal, before the poller knows more).
    public static let inProgress = PollingStatus("InProgress")
    /// Finished; the final result can be read.
    public static let succeeded = PollingStatus("Succeeded")
    /// Finished with an error.
    public static let failed = PollingStatus("Failed")
    /// Canceled on the service side.
    public static let canceled = PollingStatus("Canceled")

    /// Whether the operation has succeeded.
    public var isSucceeded: Bool { rawValue.lowercased() == "succeeded" }
    /// Whether the operation has failed.
    public var isFailed: Bool { rawValue.lowercased() == "failed" }
    /// Whether the operation was canceled (`Canceled` or `Cancelled`).
    public var isCanceled: Bool { ["canceled", "cancelled"].contains(rawValue.lowercased()) }
    /// Whether no further polling can change the status.
    public var isTerminal: Bool { isSucceeded || isFailed || isCanceled }

    /// The raw status.
    public var description: String { rawValue }
}
