/// Everything that changed from one API description to the next, operation by operation.
///
/// Made by `APIDiff.compare(old:new:)`; rendered by `TextReport`, `MarkdownReport` and `JSONReport`.
public struct ChangeReport: Codable, Sendable, Hashable {
    /// `info.title` of the new description.
    public var title: String
    /// The old api-version; nil when there was no old description (everything is new).
    public var oldVersion: String?
    /// The new api-version.
    public var newVersion: String
    /// Changed operations in the new description's order, then removed ones in the old description's order.
    /// Unchanged operations are left out.
    public var operations: [OperationChange]

    /// Creates a report.
    public init(title: String, oldVersion: String?, newVersion: String, operations: [OperationChange]) {
        self.title = title
        self.oldVersion = oldVersion
        self.newVersion = newVersion
        self.operations = operations
    }

    /// Operations only in the new description.
    public var added: [OperationChange] { operations.filter { $0.status == .added } }
    /// Operations only in the old description.
    public var removed: [OperationChange] { operations.filter { $0.status == .removed } }
    /// Operations whose `operationId` changed.
    public var renamed: [OperationChange] { operations.filter { $0.status == .renamed } }
    /// Operations with the same `operationId` and other changes.
    public var changed: [OperationChange] { operations.filter { $0.status == .changed } }

    /// Every change of every operation, in report order.
    public var allChanges: [Change] { operations.flatMap(\.changes) }

    /// Whether any change breaks SDK callers (the `sdkgen diff` exit status 1).
    public var isBreaking: Bool { allChanges.contains { $0.severity == .breaking } }

    /// The version bump for the SDK: major with a breaking change, minor with others, patch with none.
    public var suggestedBump: VersionBump {
        if isBreaking { return .major }
        return operations.isEmpty ? .patch : .minor
    }
}
