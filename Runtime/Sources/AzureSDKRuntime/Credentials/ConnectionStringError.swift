/// A connection string could not be parsed.
///
/// Messages name the problem and the part's position, never a part's text: any part might be
/// (or contain) the access key, and these errors end up in logs.
public struct ConnectionStringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Hashable {
        /// The string is empty or only whitespace and separators.
        case empty
        /// A `;`-separated part has no `=` (1-based position).
        case malformedPart(position: Int)
        /// No `endpoint=` part.
        case missingEndpoint
        /// No `accesskey=` part, or it is empty.
        case missingAccessKey
        /// The endpoint is not an absolute http(s) URL with a host.
        case invalidEndpoint
        /// The access key is not valid base64.
        case invalidAccessKey
    }

    /// What is wrong.
    public let reason: Reason

    /// Creates the error.
    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// A readable explanation that never repeats the connection string's contents.
    public var description: String {
        let format = "expected \"endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>\""
        switch reason {
        case .empty: return "The connection string is empty; \(format)."
        case .malformedPart(let position): return "Part \(position) of the connection string is not name=value; \(format)."
        case .missingEndpoint: return "The connection string has no endpoint; \(format)."
        case .missingAccessKey: return "The connection string has no access key; \(format)."
        case .invalidEndpoint: return "The connection string's endpoint is not an absolute http(s) URL with a host."
        case .invalidAccessKey: return "The connection string's access key is not valid base64."
        }
    }
}
