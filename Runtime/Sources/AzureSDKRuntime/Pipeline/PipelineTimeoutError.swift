/// A try or a whole call took longer than `ClientOptions.perTryTimeout` / `overallTimeout`.
public struct PipelineTimeoutError: Error, Sendable, CustomStringConvertible {
    /// Which limit was hit.
    public enum Kind: Sendable, Hashable {
        /// One try exceeded `perTryTimeout` (and retries, if any, were exhausted or not allowed).
        case perTry
        /// The call including retries exceeded `overallTimeout`.
        case overall
    }

    /// Which limit was hit.
    public let kind: Kind
    /// The limit that was exceeded.
    public let limit: Duration

    /// A readable explanation.
    public var description: String {
        switch kind {
        case .perTry: return "A single try took longer than the per-try timeout of \(limit)."
        case .overall: return "The call took longer than the overall timeout of \(limit)."
        }
    }
}
