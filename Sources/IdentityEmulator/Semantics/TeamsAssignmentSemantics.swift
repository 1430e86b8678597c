/// Teams Phone access assignments: upsert (201 created, 200 replaced), get, delete.
struct TeamsAssignmentSemantics: Sendable {
    /// Where assignments live.
    let store: EmulatorStore

    /// `PUT …/tenants/{tenantId}/assignments/{objectId}`.
    func upsert(_ request: OperationRequest) async throws -> OperationResult {
        let (tenantId, objectId) = try Self.ids(request)
        let body = try request.decodeBody(WireTeamsAssignmentRequest.self)
        guard !body.principalType.isEmpty else {
            throw ServiceFailure.validation("The PrincipalType field is required.", target: "PrincipalType")
        }
        try GUIDRule.requireAll(body.clientIds ?? [], target: "ClientIds")
        let assignment = WireTeamsAssignment(
            objectId: objectId, tenantId: tenantId, principalType: body.principalType, clientIds: body.clientIds)
        let created = try await store.upsertTeamsAssignment(assignment)
        return try .json(assignment, status: created ? .created : .ok)
    }

    /// `GET …/tenants/{tenantId}/assignments/{objectId}`.
    func get(_ request: OperationRequest) async throws -> OperationResult {
        let (tenantId, objectId) = try Self.ids(request)
        return try .json(try await store.teamsAssignment(tenantId: tenantId, objectId: objectId))
    }

    /// `DELETE …/tenants/{tenantId}/assignments/{objectId}`.
    func delete(_ request: OperationRequest) async throws -> OperationResult {
        let (tenantId, objectId) = try Self.ids(request)
        try await store.deleteTeamsAssignment(tenantId: tenantId, objectId: objectId)
        return .noContent()
    }

    /// The path's tenant and object ids, which must be GUIDs.
    static func ids(_ request: OperationRequest) throws -> (tenantId: String, objectId: String) {
        let tenantId = try request.pathValue(0)
        let objectId = try request.pathValue(1)
        try GUIDRule.require(tenantId, target: "TenantId")
        try GUIDRule.require(objectId, target: "ObjectId")
        return (tenantId, objectId)
    }
}
