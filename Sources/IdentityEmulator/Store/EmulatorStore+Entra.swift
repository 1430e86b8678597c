/// Entra access assignments.
extension EmulatorStore {
    /// The existing assignment for `objectId`, if any.
    func entraAssignment(objectId: String) -> WireEntraAssignment? {
        snapshot.entraAssignments[objectId.lowercased()]
    }

    /// The 409 the service gives when an object's assignment belongs to another tenant; nil when none.
    func entraConflict(objectId: String, tenantId: String) -> ServiceFailure? {
        guard let existing = entraAssignment(objectId: objectId), existing.tenantId.lowercased() != tenantId.lowercased()
        else { return nil }
        return ServiceFailure(
            .conflict, code: "Conflict",
            message: "An assignment for object '\(objectId)' already exists in a different tenant.", target: "TenantId")
    }

    /// Creates or replaces assignments and removes those mapped to nil, all at once; returns which
    /// object ids were newly created.
    func applyEntraChanges(_ changes: [(objectId: String, assignment: WireEntraAssignment?)]) throws -> Set<String> {
        var created: Set<String> = []
        for change in changes {
            let key = change.objectId.lowercased()
            if let assignment = change.assignment {
                if snapshot.entraAssignments[key] == nil { created.insert(key) }
                snapshot.entraAssignments[key] = assignment
            } else {
                snapshot.entraAssignments[key] = nil
            }
        }
        try persist()
        return created
    }

    /// Removes the assignment, or throws the service's 404.
    func deleteEntraAssignment(objectId: String) throws {
        guard snapshot.entraAssignments.removeValue(forKey: objectId.lowercased()) != nil else {
            throw ServiceFailure.entraAssignmentNotFound(objectId: objectId)
        }
        try persist()
    }

    /// Up to `limit` assignments ordered by object id, starting after `afterObjectId`, and whether more follow.
    func entraAssignments(after afterObjectId: String?, limit: Int) -> (page: [WireEntraAssignment], more: Bool) {
        let ordered = snapshot.entraAssignments.sorted { $0.key < $1.key }
        let remaining = ordered.drop { entry in afterObjectId.map { entry.key <= $0.lowercased() } ?? false }
        return (remaining.prefix(limit).map(\.value), remaining.count > limit)
    }

    /// All assignments (for the exchanges to search).
    var allEntraAssignments: [WireEntraAssignment] { Array(snapshot.entraAssignments.values) }
}
