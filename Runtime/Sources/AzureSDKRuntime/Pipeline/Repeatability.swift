import Foundation
import HTTPTypes

@_spi(Generated)
extension PipelineRequest {
    /// Makes the request repeatable, as Azure's guidelines ask of clients for operations that declare
    /// `Repeatability-Request-ID` and `Repeatability-First-Sent`: a new random id and the current time as an
    /// IMF-fixdate, unless the caller gives its own (to repeat a request it sent before, e.g. after a crash).
    ///
    /// Set once on the request, the values are the same on every try, so the service runs the operation once
    /// however many tries reach it; the pipeline therefore retries such a POST or PATCH like a GET.
    public mutating func setRepeatability(requestID: String?, firstSent: Date?) {
        setHeader(HTTPField.Name.repeatabilityRequestID.rawName, requestID ?? RequestID.random())
        setHeader(HTTPField.Name.repeatabilityFirstSent.rawName, firstSent ?? Date(), format: .imfFixdate)
    }
}

@_spi(Generated)
extension PipelineRequest {
    /// Like `setRepeatability(requestID:firstSent:)`, for descriptions that type `Repeatability-First-Sent` as plain
    /// text: a caller's own value is sent as given; without one, the current time as an IMF-fixdate.
    public mutating func setRepeatability(requestID: String?, firstSentText: String?) {
        setHeader(HTTPField.Name.repeatabilityRequestID.rawName, requestID ?? RequestID.random())
        if let firstSentText {
            setHeader(HTTPField.Name.repeatabilityFirstSent.rawName, firstSentText)
        } else {
            setHeader(HTTPField.Name.repeatabilityFirstSent.rawName, Date(), format: .imfFixdate)
        }
    }
}

@_spi(Generated)
extension PipelineRequest {
    /// Like `setRepeatability(requestID:firstSent:)`, for descriptions that type `Repeatability-Request-ID` as
    /// `format: uuid`: a caller's own id is sent in lower case (as the client's own ids are). Disfavored so that a
    /// literal `nil` still picks the `String` form (generated code always passes a typed argument).
    @_disfavoredOverload
    public mutating func setRepeatability(requestID: UUID?, firstSent: Date?) {
        setRepeatability(requestID: requestID?.headerValue, firstSent: firstSent)
    }

    /// Like `setRepeatability(requestID:firstSentText:)`, with a `format: uuid` request id (sent in lower case).
    @_disfavoredOverload
    public mutating func setRepeatability(requestID: UUID?, firstSentText: String?) {
        setRepeatability(requestID: requestID?.headerValue, firstSentText: firstSentText)
    }
}
