import AzureSDKRuntime
import Foundation
import HTTPTypes

/// Repeatable requests (Azure's `Repeatability-Request-ID` / `Repeatability-First-Sent`), for the operations whose
/// version declares those headers: the first request with an id is executed, a repeat gets the first answer again
/// without executing anything, and both say `Repeatability-Result: accepted`.
actor RepeatabilityCache {
    /// The header fields involved.
    static let requestID = HTTPField.Name("Repeatability-Request-ID")!
    static let firstSent = HTTPField.Name("Repeatability-First-Sent")!
    static let result = HTTPField.Name("Repeatability-Result")!

    private var answers: [String: OperationResult] = [:]

    /// The answer already given for `key`, if any.
    func answer(for key: String) -> OperationResult? { answers[key] }

    /// Keeps a successful answer for repeats.
    func keep(_ answer: OperationResult, for key: String) {
        answers[key] = answer
    }

    /// The key of a repeatable request, nil when it carries no request id; 400 (`Repeatability-Result: rejected`)
    /// when the id comes without a valid IMF-fixdate `Repeatability-First-Sent`, as the guidelines require.
    static func key(operationID: String, headers: HTTPFields) throws -> String? {
        guard let id = headers[requestID] else { return nil }
        guard let sent = headers[firstSent], RFC1123Date.date(from: sent) != nil else {
            var failure = ServiceFailure.validation(
                "Repeatability-First-Sent must be given with Repeatability-Request-ID, as an IMF-fixdate.",
                target: "Repeatability-First-Sent")
            failure.headers[result] = "rejected"
            throw failure
        }
        guard !id.isEmpty, id.count <= 100 else {
            var failure = ServiceFailure.validation("Repeatability-Request-ID is invalid.", target: "Repeatability-Request-ID")
            failure.headers[result] = "rejected"
            throw failure
        }
        return operationID + "\n" + id + "\n" + sent
    }
}

