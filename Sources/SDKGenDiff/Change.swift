/// One difference between the old and the new version of an operation.
public struct Change: Codable, Sendable, Hashable {
    /// What kind of change it is.
    public var kind: ChangeKind
    /// Where in the operation, e.g. `header Repeatability-Request-ID`, `body.scopes[]`,
    /// `response 200.identity.customId`; empty for the operation as a whole.
    public var location: String
    /// What changed, in words, e.g. `optional parameter removed`.
    public var message: String
    /// Whether it breaks SDK callers.
    public var severity: Severity

    /// Creates a change.
    public init(kind: ChangeKind, location: String, message: String, severity: Severity) {
        self.kind = kind
        self.location = location
        self.message = message
        self.severity = severity
    }

    /// `location: message`, or just the message for operation-level changes.
    public var summary: String { location.isEmpty ? message : "\(location): \(message)" }
}
