import Foundation
import HTTPTypes

/// A call's result together with the HTTP response it came from.
///
/// Every generated operation has a `…WithResponse` twin returning this (Azure's guidelines: the raw response is
/// reachable from every call), for callers who need the status, a header the description does not declare, or the
/// request id to quote to support.
public struct Response<Value: Sendable>: Sendable {
    /// The decoded result (`Void` for operations without a body).
    public let value: Value
    /// The final HTTP response, after retries.
    public let raw: PipelineResponse

    /// Creates a response; generated code does this.
    public init(value: Value, raw: PipelineResponse) {
        self.value = value
        self.raw = raw
    }
}

/// A call's result, the response headers its description declares (typed), and the HTTP response.
///
/// Returned by the `…WithResponse` twin of an operation that declares response headers (`ETag`, `Location`,
/// `x-ms-error-code`, …); `Headers` is a struct generated for that operation with one optional property per header.
public struct ResponseWithHeaders<Value: Sendable, Headers: Sendable>: Sendable {
    /// The decoded result (`Void` for operations without a body).
    public let value: Value
    /// The declared response headers, typed; a header that is absent or does not parse is nil.
    public let headers: Headers
    /// The final HTTP response, after retries.
    public let raw: PipelineResponse

    /// Creates a response; generated code does this.
    public init(value: Value, headers: Headers, raw: PipelineResponse) {
        self.value = value
        self.headers = headers
        self.raw = raw
    }
}
