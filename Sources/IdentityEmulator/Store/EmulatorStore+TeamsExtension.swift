/// Teams Phone access assignments.
extension EmulatorStore {
    /// Creates or replaces an assignment; true when it was created.
    func upsertTeamsAssignment(_ assignment: WireTeamsAssignment) throws -> Bool {
        let key = TeamsAssignmentKey.storageKey(tenantId: assignment.tenantId, objectId: assignment.objectId)
        let created = snapshot.teamsExtensionAssignments[key] == nil
        snapshot.teamsExtensionAssignments[key] = assignment
        try persist()
        return created
    }

    /// The assignment, or the service's 404.
    func teamsAssignment(tenantId: String, objectId: String) throws -> WireTeamsAssignment {
        guard let assignment = snapshot.teamsExtensionAssignments[TeamsAssignmentKey.storageKey(tenantId: tenantId, objectId: objectId)]
        else { throw ServiceFailure.teamsAssignmentNotFound(tenantId: tenantId, objectId: objectId) }
        return assignment
    }

    /// Removes the assignment, or throws the service's 404.
    func deleteTeamsAssignment(tenantId: String, objectId: String) throws {
        let key = TeamsAssignmentKey.storageKey(tenantId: tenantId, objectId: objectId)
        guard snapshot.teamsExtensionAssignments.removeValue(forKey: key) != nil else {
            throw ServiceFailure.teamsAssignmentNotFound(tenantId: tenantId, objectId: objectId)
        }
        try persist()
    }
}
