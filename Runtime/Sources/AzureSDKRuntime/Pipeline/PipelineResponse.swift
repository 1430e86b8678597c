import Foundation
import HTTPTypes

/// The response to one logical call, after retries, as generated code consumes it.
public struct PipelineResponse: Sendable {
    /// The HTTP status code.
    public let status: Int
    /// The response headers.
    public let headerFields: HTTPFields
    /// The complete response body (empty for e.g. 204).
    public let body: Data

    /// Creates a response; the pipeline does this, tests may too.
    public init(status: Int, headerFields: HTTPFields = [:], body: Data = Data()) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
    }

    /// The body as UTF-8 text (`text/*` responses); invalid bytes become U+FFFD.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Decodes the body as `type` with `JSONCoding`'s decoder.
    ///
    /// - Throws: `ResponseDecodingError` naming the type, the failing path and a bounded body
    ///   excerpt, so schema mismatches are diagnosable without a debugger.
    @_spi(Generated)
    public func decodeBody<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try JSONCoding.sharedDecoder.decode(T.self, from: body)
        } catch {
            throw decodingError(for: T.self, reason: DecodingFailureReason.describe(error))
        }
    }

    /// Decodes the body as `type`, or returns nil when the body is empty (e.g. 204 No Content).
    @_spi(Generated)
    public func decodeBodyIfPresent<T: Decodable>(_ type: T.Type) throws -> T? {
        guard !body.isEmpty else { return nil }
        return try decodeBody(type)
    }

    /// A `ResponseDecodingError` for this response.
    func decodingError<T>(for type: T.Type, reason: String) -> ResponseDecodingError {
        ResponseDecodingError(
            status: status, typeName: String(describing: type), reason: reason,
            bodyExcerpt: BodyExcerpt.redacted(body, limit: 1024))
    }
}
