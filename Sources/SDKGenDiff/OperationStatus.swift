/// How an operation differs between the two descriptions.
public enum OperationStatus: String, Codable, Sendable, Hashable {
    /// Only in the new description.
    case added = "new"
    /// Only in the old description.
    case removed
    /// Same method and path template, new `operationId` (and possibly other changes).
    case renamed
    /// Same `operationId`, method and path template, with changes.
    case changed
}
