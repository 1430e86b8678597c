import SDKGenIR

/// Compares two API descriptions and reports what changed for callers of the generated SDK.
public enum APIDiff {
    /// The changes from `old` to `new`; with no `old`, every operation of `new` is reported as new.
    ///
    /// Pure and deterministic: the same descriptions always give an equal report.
    public static func compare(old: APIDescription?, new: APIDescription) -> ChangeReport {
        var oldAPI = old ?? APIDescription(
            title: new.title, summary: nil, apiVersion: "", host: new.host, operations: [], schemas: [], securitySchemes: [])
        // `x-ms-internal` operations are outside the SDK's public surface: one made internal is removed for callers,
        // one made public is added.
        let madeInternal = Set(new.operations.filter(\.isInternal).map(\.operationID))
        oldAPI.operations.removeAll(where: \.isInternal)
        var new = new
        new.operations.removeAll(where: \.isInternal)
        let comparer = OperationComparer(old: oldAPI, new: new)
        let newShapes = ShapeBuilder(api: new)
        let oldShapes = ShapeBuilder(api: oldAPI)
        var operations: [OperationChange] = []
        for match in OperationMatcher.match(old: oldAPI.operations, new: new.operations) {
            switch match {
            case .added(let operation):
                let change = Change(kind: .operationAdded, location: "", message: "operation added",
                                    severity: ChangeRules.severity(of: .operationAdded))
                operations.append(entry(.added, operation, previous: nil, [change],
                                        newShapes.shape(of: operation)))
            case .removed(let operation):
                let message = madeInternal.contains(operation.operationID)
                    ? "operation removed from the public API (now x-ms-internal)" : "operation removed"
                let change = Change(kind: .operationRemoved, location: "", message: message,
                                    severity: ChangeRules.severity(of: .operationRemoved))
                operations.append(entry(.removed, operation, previous: nil, [change],
                                        oldShapes.shape(of: operation)))
            case .both(let before, let after):
                let changes = comparer.changes(from: before, to: after)
                guard !changes.isEmpty else { continue }
                let renamed = before.operationID != after.operationID
                operations.append(entry(renamed ? .renamed : .changed, after, previous: renamed ? before.operationID : nil, changes,
                                        newShapes.shape(of: after)))
            }
        }
        return ChangeReport(title: new.title, oldVersion: old?.apiVersion, newVersion: new.apiVersion, operations: operations)
    }

    private static func entry(
        _ status: OperationStatus, _ operation: Operation, previous: String?, _ changes: [Change], _ shape: OperationShape
    ) -> OperationChange {
        let text = operation.summary ?? operation.description
        let summary = text.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        return OperationChange(
            status: status, operationID: operation.operationID, previousOperationID: previous,
            method: operation.method, path: operation.path, summary: summary, changes: changes, shape: shape)
    }
}
