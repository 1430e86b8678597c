/// One operation of the report: added, removed, renamed or changed, with what changed.
public struct OperationChange: Codable, Sendable, Hashable {
    /// Added, removed, renamed or changed.
    public var status: OperationStatus
    /// The `operationId`: the new one, or the old one for a removed operation.
    public var operationID: String
    /// The old `operationId` of a renamed operation.
    public var previousOperationID: String?
    /// `GET`, `POST`, … (upper case).
    public var method: String
    /// The path template, as the (new, or for removals old) description writes it.
    public var path: String
    /// The operation's summary, else its description, on one line.
    public var summary: String?
    /// Every change, in a fixed order: operation, parameters, body, responses.
    public var changes: [Change]
    /// The request and responses as a type skeleton (of the new version; of the old one for removals).
    ///
    /// Not encoded: JSON reports are for the changes; the skeleton is for reading.
    public var shape: OperationShape?

    private enum CodingKeys: String, CodingKey {
        case status, operationID, previousOperationID, method, path, summary, changes
    }

    /// Creates an operation entry.
    public init(
        status: OperationStatus, operationID: String, previousOperationID: String?, method: String, path: String,
        summary: String?, changes: [Change], shape: OperationShape?
    ) {
        self.status = status
        self.operationID = operationID
        self.previousOperationID = previousOperationID
        self.method = method
        self.path = path
        self.summary = summary
        self.changes = changes
        self.shape = shape
    }

    /// The worst severity of its changes.
    public var severity: Severity {
        changes.map(\.severity).min() ?? .nonBreaking
    }

    /// Whether any of its changes breaks callers.
    public var isBreaking: Bool { severity == .breaking }
}
