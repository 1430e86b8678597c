import AzureSDKRuntime
import Foundation
import HTTPTypes

/// A scripted `HTTPTransport` that records every request and answers from a list or a handler.
///
/// Lets tests of generated clients and the pipeline run without a network, and assert on the
/// exact requests (URL, headers, signature, body) that would have been sent.
public final class StubTransport: HTTPTransport, @unchecked Sendable {
    // @unchecked: all mutable state is guarded by `lock`.
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var scripted: [StubResponse]
    private let handler: (@Sendable (RecordedRequest) -> StubResponse)?

    /// Answers with `responses` in order; the last one repeats for any further request.
    public init(_ responses: [StubResponse]) {
        precondition(!responses.isEmpty, "StubTransport needs at least one response")
        scripted = responses
        handler = nil
    }

    /// Answers every request with `handler`'s response.
    public init(handler: @escaping @Sendable (RecordedRequest) -> StubResponse) {
        scripted = []
        self.handler = handler
    }

    /// The requests received so far, in order.
    public var requests: [RecordedRequest] {
        lock.withLock { recorded }
    }

    /// Records the request and returns the next scripted response.
    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let stub = nextResponse(for: RecordedRequest(request, body: body))
        var fields = HTTPFields()
        for (name, value) in stub.headers.sorted(by: { $0.key < $1.key }) {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        return (HTTPResponse(status: .init(code: stub.status), headerFields: fields), stub.body)
    }

    /// Records `record` and picks its response: the handler's, or the next scripted one.
    private func nextResponse(for record: RecordedRequest) -> StubResponse {
        if let handler {
            lock.withLock { recorded.append(record) }
            return handler(record)
        }
        return lock.withLock {
            recorded.append(record)
            return scripted.count > 1 ? scripted.removeFirst() : scripted[0]
        }
    }
}
