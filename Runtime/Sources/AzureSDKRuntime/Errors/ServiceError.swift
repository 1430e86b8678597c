/// The service answered with a status the operation does not expect.
///
/// Carries the parsed Azure error body plus the request id so a failure can be reported to
/// Azure support; it deliberately holds no headers, so printing it cannot leak credentials.
public struct ServiceError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status code of the response.
    public let statusCode: Int
    /// `error.code` from the body, when the body has the Azure error shape.
    public let code: String?
    /// `error.message` from the body.
    public let message: String?
    /// `error.target` from the body.
    public let target: String?
    /// `error.details` from the body.
    public let details: [ServiceErrorDetail]
    /// `error.innererror` from the body.
    public let innerError: ServiceErrorDetail?
    /// The request id to quote to support (`x-ms-client-request-id`, `x-ms-request-id` or `MS-CV`).
    public let requestID: String?
    /// The first 4 KiB of the body as text, kept even when it is not JSON (e.g. a gateway's HTML).
    public let rawBody: String

    /// Creates an error from its parts; the pipeline uses `init(response:)`.
    public init(
        statusCode: Int, code: String? = nil, message: String? = nil, target: String? = nil,
        details: [ServiceErrorDetail] = [], innerError: ServiceErrorDetail? = nil,
        requestID: String? = nil, rawBody: String = ""
    ) {
        self.statusCode = statusCode
        self.code = code
        self.message = message
        self.target = target
        self.details = details
        self.innerError = innerError
        self.requestID = requestID
        self.rawBody = rawBody
    }

    /// A one-line summary: status, code, message, target and request id (never headers).
    public var description: String {
        var parts = ["status \(statusCode)"]
        if let code { parts.append("code \(code)") }
        if let message { parts.append("message \"\(message)\"") }
        if let target { parts.append("target \(target)") }
        if let requestID { parts.append("request-id \(requestID)") }
        if code == nil, message == nil, !rawBody.isEmpty {
            parts.append("body \"\(rawBody.prefix(200))\"")
        }
        return "ServiceError(" + parts.joined(separator: ", ") + ")"
    }
}
