import Foundation
import HTTPTypes

/// Follows a long-running operation (`x-ms-long-running-operation`) to its end.
///
/// A generated `begin…` method sends the request and returns a poller; `try await poller.result()` polls until the
/// operation ends and returns its final result. Between polls it waits as long as the service's `Retry-After` asks,
/// else `ClientOptions.pollingInterval`. Cancelling the awaiting task stops polling (it throws `CancellationError`);
/// the operation itself carries on at the service. `resumeToken` lets another process (or a later run) pick the
/// operation up with the generated `resume…(from:)` method.
///
/// Polling links are followed only on the client's own endpoint host: the requests carry the client's credential.
/// Use one poller from one task at a time.
public actor Poller<Value: Sendable> {
    private let pipeline: HTTPPipeline
    private let decode: @Sendable (PipelineResponse) throws -> Value
    private var state: PollingState
    private var finalResult: Response<Value>?

    /// The latest response received: the initial one, a poll, or the final GET; nil after resuming until the
    /// first poll.
    public private(set) var lastResponse: PipelineResponse?

    init(pipeline: HTTPPipeline, state: PollingState, lastResponse: PipelineResponse?,
         decode: @escaping @Sendable (PipelineResponse) throws -> Value) {
        self.pipeline = pipeline
        self.state = state
        self.lastResponse = lastResponse
        self.decode = decode
    }

    /// The last status the service reported.
    public var status: PollingStatus { PollingStatus(state.status) }

    /// Whether the operation has ended (succeeded, failed or canceled).
    public var isDone: Bool { status.isTerminal }

    /// An opaque text from which `resume…(from:)` continues polling, also in another process.
    ///
    /// Holds the operation's URLs (with their query) and, once they cannot be fetched again, the final status and
    /// body, base64-encoded, not encrypted; never a credential or header. Store it as carefully as the result.
    public var resumeToken: String { state.token() }

    /// Asks the service once for the status (nothing is sent when the operation has ended) and returns it.
    @discardableResult
    public func poll() async throws -> PollingStatus {
        guard !status.isTerminal, let link = state.pollingURL else { return status }
        try Task.checkCancellation()
        switch state.mode {
        case .statusMonitor:
            let response = try await get(link, expecting: [200, 201, 202])
            lastResponse = response
            let monitor = try? JSONCoding.sharedDecoder.decode(StatusMonitor.self, from: response.body)
            guard let text = monitor?.status, !text.isEmpty else {
                throw LongRunningOperationError(
                    kind: .unreadableStatus, serviceError: ServiceError(response: response),
                    message: "the status monitor's response has no 'status'")
            }
            state.status = text
            if let location = monitor?.resourceLocation, !location.isEmpty { state.resourceLocation = location }
            // The monitor's last answer is the result when nothing is fetched after it: keep it for resume tokens.
            if status.isSucceeded, state.finalURLAfterStatusMonitor == nil { keepFinal(response) }
        case .location:
            let response = try await get(link, expecting: [200, 201, 202, 204])
            lastResponse = response
            if response.status == 202 {
                if let next = response.headerFields[.location], !next.isEmpty { state.pollingURL = next }
                state.status = PollingStatus.inProgress.rawValue
            } else {
                state.status = PollingStatus.succeeded.rawValue
                if state.finalStateVia != .originalURI { keepFinal(response) }
            }
        case .done:
            break
        }
        return status
    }

    /// Polls until the operation ends and returns its final result.
    ///
    /// - Throws: `LongRunningOperationError` when it failed or was canceled at the service (with the service's error
    ///   object), `ServiceError` when a poll or the final GET is answered with an error status, `CancellationError`
    ///   when the awaiting task is cancelled, `ResponseDecodingError` when the result does not decode.
    public func result() async throws -> Value {
        try await resultWithResponse().value
    }

    /// Like `result()`, with the HTTP response the result was read from.
    public func resultWithResponse() async throws -> Response<Value> {
        if let finalResult { return finalResult }
        while !status.isTerminal {
            try await pipeline.sleep(delayBeforeNextPoll())
            try await poll()
        }
        guard status.isSucceeded else {
            throw LongRunningOperationError(
                kind: status.isCanceled ? .canceled : .failed, status: status,
                serviceError: lastResponse.map { ServiceError(response: $0) },
                message: "the operation ended without a result")
        }
        let response = try await finalResponse()
        let result = Response(value: try decode(response), raw: response)
        finalResult = result
        return result
    }

    /// The service's `Retry-After` on the last response, else the client's polling interval; none right after
    /// resuming, when the last status may be long out of date.
    private func delayBeforeNextPoll() -> Duration {
        guard let lastResponse else { return .zero }
        return RetryAfter.delay(in: lastResponse.headerFields, now: Date()) ?? pipeline.options.pollingInterval
    }

    /// The response holding the result, fetching it when it is elsewhere.
    private func finalResponse() async throws -> PipelineResponse {
        if let status = state.finalStatus, let body = state.finalBody {
            // Kept from the initial or last poll response: that response itself, unless this poller was resumed.
            return lastResponse ?? PipelineResponse(status: status, body: body)
        }
        var link: String?
        switch state.mode {
        case .statusMonitor: link = state.finalURLAfterStatusMonitor
        case .location: link = state.originalURL
        case .done: link = nil
        }
        guard let link else {
            // The last status-monitor response is the result (`final-state-via: operation-location` without a
            // `resourceLocation`, or a DELETE); `keepFinal` stored it, so a resumed poller has it too.
            guard let lastResponse else {
                throw LongRunningOperationError(kind: .invalidResumeToken, status: status, message: "the resume token holds no result")
            }
            return lastResponse
        }
        let response = try await get(link, expecting: [200, 201, 204])
        lastResponse = response
        return response
    }

    /// Remembers a final response that cannot be fetched again, so the resume token carries it.
    private func keepFinal(_ response: PipelineResponse) {
        state.finalStatus = response.status
        state.finalBody = response.body
    }

    private func get(_ link: String, expecting statuses: Set<Int>) async throws -> PipelineResponse {
        try pipeline.checkPollingLink(link)
        return try await pipeline.send(PipelineRequest(method: .get, path: link), expecting: statuses)
    }

    /// The parts of an Azure status monitor the poller reads.
    private struct StatusMonitor: Decodable {
        let status: String?
        let resourceLocation: String?
    }
}

@_spi(Generated)
extension HTTPPipeline {
    /// Starts a long-running operation: sends `request`, then returns a poller following the status monitor
    /// (`Operation-Location`, `Azure-AsyncOperation`) or `Location` the response names; without either, the
    /// initial response is the result.
    public func beginLongRunning<Value: Sendable>(
        _ request: PipelineRequest, expecting statuses: Set<Int>, finalStateVia: FinalStateVia?,
        decode: @escaping @Sendable (PipelineResponse) throws -> Value
    ) async throws -> Poller<Value> {
        let prepared = try prepare(request)
        let originalURL = "\(prepared.scheme ?? "https")://\(prepared.authority ?? "")\(prepared.path ?? "/")"
        let initial = try await send(request, expecting: statuses)
        let fields = initial.headerFields
        func header(_ name: HTTPField.Name) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        // `final-state-via: azure-async-operation` names the header to follow when a service sends both.
        let monitor = finalStateVia == .azureAsyncOperation
            ? header(.azureAsyncOperation) ?? header(.operationLocation)
            : header(.operationLocation) ?? header(.azureAsyncOperation)
        let location = header(.location)
        var state: PollingState
        if let monitor {
            state = PollingState(
                method: request.method.rawValue, originalURL: originalURL, mode: .statusMonitor, pollingURL: monitor,
                locationURL: location, finalStateVia: finalStateVia, status: PollingStatus.inProgress.rawValue)
            try checkPollingLink(monitor)
        } else if let location, initial.status == 202 || finalStateVia == .location {
            state = PollingState(
                method: request.method.rawValue, originalURL: originalURL, mode: .location, pollingURL: location,
                locationURL: location, finalStateVia: finalStateVia, status: PollingStatus.inProgress.rawValue)
            try checkPollingLink(location)
        } else {
            state = PollingState(
                method: request.method.rawValue, originalURL: originalURL, mode: .done, pollingURL: nil,
                locationURL: location, finalStateVia: finalStateVia, status: PollingStatus.succeeded.rawValue)
            state.finalStatus = initial.status
            state.finalBody = initial.body
        }
        return Poller(pipeline: self, state: state, lastResponse: initial, decode: decode)
    }

    /// A poller continuing from `Poller.resumeToken`.
    ///
    /// - Throws: `LongRunningOperationError` (`.invalidResumeToken`) for a token this runtime did not write, or
    ///   (`.foreignPollingLink`) when its links are not on this client's endpoint host.
    public func resumeLongRunning<Value: Sendable>(
        from token: String, decode: @escaping @Sendable (PipelineResponse) throws -> Value
    ) throws -> Poller<Value> {
        let state = try PollingState(token: token)
        for link in [state.originalURL, state.pollingURL].compactMap(\.self) { try checkPollingLink(link) }
        return Poller(pipeline: self, state: state, lastResponse: nil, decode: decode)
    }

    /// Refuses a link to another scheme or host than the endpoint's: the pipeline would sign the request and send
    /// the credential there. Relative links are the endpoint's own.
    func checkPollingLink(_ link: String) throws {
        guard let target = RequestTarget.absolute(link), let endpointParts else { return }
        guard target.scheme == endpointParts.scheme, target.authority.lowercased() == endpointParts.authority.lowercased()
        else {
            throw LongRunningOperationError(
                kind: .foreignPollingLink,
                message: "the service's polling link is on \(target.scheme)://\(target.authority), not the endpoint's "
                    + "\(endpointParts.scheme)://\(endpointParts.authority); it is not followed with this client's credential")
        }
    }
}
