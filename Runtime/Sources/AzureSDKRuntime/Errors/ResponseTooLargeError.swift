/// A response body was larger than the transport's limit (`maxResponseBytes`) and was refused.
/// `AsyncHTTPClientTransport` stops reading at the limit; `URLSessionTransport` refuses the body
/// once FoundationNetworking has collected it (see its `maxResponseBytes`).
public struct ResponseTooLargeError: Error, Sendable, CustomStringConvertible {
    /// The limit, in bytes.
    public let limit: Int
    /// The size the server announced in `Content-Length`, when it did.
    public let announcedLength: Int?

    /// Creates the error.
    public init(limit: Int, announcedLength: Int? = nil) {
        self.limit = limit
        self.announcedLength = announcedLength
    }

    /// A readable explanation (sizes only, never content).
    public var description: String {
        let announced = announcedLength.map { " (Content-Length \($0))" } ?? ""
        return "The response body is larger than the limit of \(limit) bytes\(announced); it was refused."
    }
}
