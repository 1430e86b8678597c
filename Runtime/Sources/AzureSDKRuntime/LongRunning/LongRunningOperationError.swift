/// A long-running operation ended without a result, or could not be polled.
///
/// Like `ServiceError`, holds no headers and no URLs' query strings, so printing it cannot leak credentials.
public struct LongRunningOperationError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The status monitor reported `Failed`.
        case failed
        /// The status monitor reported `Canceled`.
        case canceled
        /// A status monitor response had no `status` the poller can read.
        case unreadableStatus
        /// The service pointed the poller to another host; following it would send the client's credential there.
        case foreignPollingLink
        /// A resume token that this runtime did not write (or that was altered).
        case invalidResumeToken
    }

    /// What went wrong.
    public let kind: Kind
    /// The last status the service reported, when there was one.
    public let status: PollingStatus?
    /// The error object from the status monitor (`error.code`, `error.message`, …), when it has one.
    public let serviceError: ServiceError?
    /// A short explanation.
    public let message: String

    /// Creates an error; the poller does this.
    public init(kind: Kind, status: PollingStatus? = nil, serviceError: ServiceError? = nil, message: String) {
        self.kind = kind
        self.status = status
        self.serviceError = serviceError
        self.message = message
    }

    /// A one-line summary: kind, status, the service's error code and message, request id.
    public var description: String {
        var parts = ["\(kind)", message]
        if let status { parts.append("status \(status)") }
        if let serviceError {
            if let code = serviceError.code { parts.append("code \(code)") }
            if let errorMessage = serviceError.message { parts.append("message \"\(errorMessage)\"") }
            if let requestID = serviceError.requestID { parts.append("request-id \(requestID)") }
        }
        return "LongRunningOperationError(" + parts.joined(separator: ", ") + ")"
    }
}
