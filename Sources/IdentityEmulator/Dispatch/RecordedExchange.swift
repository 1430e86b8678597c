import Foundation

/// One answered request, kept so end-to-end tests can compare what a client sent and decoded with the bytes on the wire.
public struct RecordedExchange: Sendable, Hashable {
    /// `GET`, `POST`, …
    public let method: String
    /// The path as sent (percent-encoded), without the query.
    public let path: String
    /// The description's `operationId` (or the built-in name) it reached.
    public let operationID: String
    /// The answer's status.
    public let status: Int
    /// The request body as received.
    public let requestBody: Data
    /// The response body as sent (empty when there was none).
    public let responseBody: Data
}

/// The last answered requests, oldest first, bounded so a long-running emulator does not grow.
actor ExchangeRecorder {
    /// How many exchanges are kept.
    static let capacity = 256
    private var exchanges: [RecordedExchange] = []

    /// Keeps `exchange`, dropping the oldest past the capacity.
    func record(_ exchange: RecordedExchange) {
        exchanges.append(exchange)
        if exchanges.count > Self.capacity { exchanges.removeFirst(exchanges.count - Self.capacity) }
    }

    /// The kept exchanges, oldest first.
    func all() -> [RecordedExchange] { exchanges }
}
