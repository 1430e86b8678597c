import AzureSDKRuntime
import Crypto
import Foundation
import HTTPTypes

/// Repeatable requests (Azure's `Repeatability-Request-ID` / `Repeatability-First-Sent`), for the operations whose
/// version declares those headers: the first request with an id is executed, a repeat gets the first answer again
/// without executing anything — also while the first is still running — and both say `Repeatability-Result: accepted`.
actor RepeatabilityCache {
    /// The header fields involved.
    static let requestID = HTTPField.Name("Repeatability-Request-ID")!
    static let firstSent = HTTPField.Name("Repeatability-First-Sent")!
    static let result = HTTPField.Name("Repeatability-Result")!

    /// How many answers are kept; the oldest go first, so a long-running emulator does not grow.
    static let capacity = 1024

    private var answers: [String: OperationResult] = [:]
    private var order: [String] = []
    private var running: [String: Task<OperationResult, any Error>] = [:]

    /// The answer for `key` and whether it was a repeat: the one given before, the one an earlier request with the
    /// same key is still computing, or else `execute`'s (kept when it is a success).
    func answer(
        for key: String, execute: @escaping @Sendable () async throws -> OperationResult
    ) async throws -> (result: OperationResult, repeated: Bool) {
        if let earlier = answers[key] { return (earlier, true) }
        if let inFlight = running[key] { return (try await inFlight.value, true) }
        let task = Task { try await execute() }
        running[key] = task
        defer { running[key] = nil }
        let result = try await task.value
        if (200..<300).contains(result.status.code) {
            answers[key] = result
            order.append(key)
            if order.count > Self.capacity { answers[order.removeFirst()] = nil }
        }
        return (result, false)
    }

    /// The key of a repeatable request within `scope` (method, path, caller, body), nil when it carries no request id;
    /// 400 (`Repeatability-Result: rejected`) when the id comes without a valid IMF-fixdate `Repeatability-First-Sent`,
    /// as the guidelines require.
    static func key(operationID: String, scope: String, headers: HTTPFields) throws -> String? {
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
        return [operationID, scope, id, sent].joined(separator: "\n")
    }

    /// A short digest of a request body, for the key.
    static func digest(_ body: Data) -> String {
        SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()
    }
}
