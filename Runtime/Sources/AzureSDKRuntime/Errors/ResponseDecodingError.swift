/// A response had an expected status but its body did not match the expected model.
///
/// Separate from `ServiceError` because the service succeeded: this points at a schema
/// mismatch between the SDK and the service, so it names the Swift type and the reason.
public struct ResponseDecodingError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status of the response.
    public let status: Int
    /// The Swift type that could not be decoded.
    public let typeName: String
    /// What went wrong, from the decoder.
    public let reason: String
    /// The start of the body (at most 1 KiB; values of `…token…` keys redacted).
    public let bodyExcerpt: String

    /// Creates the error from its parts.
    public init(status: Int, typeName: String, reason: String, bodyExcerpt: String) {
        self.status = status
        self.typeName = typeName
        self.reason = reason
        self.bodyExcerpt = bodyExcerpt
    }

    /// A one-line summary including the body excerpt.
    public var description: String {
        "ResponseDecodingError(status \(status), type \(typeName): \(reason); body: \(bodyExcerpt))"
    }
}
