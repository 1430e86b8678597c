import AzureCommunicationIdentity
import Hummingbird

/// Teams Phone access assignments: upsert (201 created, 200 replaced), get, delete.
struct TeamsExtensionAssignmentRoutes: Sendable {
    /// Where assignments live.
    let store: EmulatorStore

    /// Adds the routes.
    func register(on router: Router<EmulatorRequestContext>) {
        let path: RouterPath = "access/teamsExtension/tenants/{tenantId}/assignments/{objectId}"
        router.put(path) { request, context in try await upsert(request, context) }
        router.get(path) { _, context in
            let (tenantId, objectId) = try Self.ids(context)
            return try ServiceResponse.json(try await store.teamsAssignment(tenantId: tenantId, objectId: objectId))
        }
        router.delete(path) { _, context in
            let (tenantId, objectId) = try Self.ids(context)
            try await store.deleteTeamsAssignment(tenantId: tenantId, objectId: objectId)
            return ServiceResponse.noContent()
        }
    }

    /// `TeamsExtensionAssignment_Upsert`.
    func upsert(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let (tenantId, objectId) = try Self.ids(context)
        let body = try await request.decodeBody(TeamsExtensionAssignmentCreateOrUpdateRequest.self, context: context)
        guard !body.principalType.rawValue.isEmpty else {
            throw ServiceFailure.validation("The PrincipalType field is required.", target: "PrincipalType")
        }
        try GUIDRule.requireAll(body.clientIds ?? [], target: "ClientIds")
        let assignment = TeamsExtensionAssignmentResponse(
            objectId: objectId, tenantId: tenantId, principalType: body.principalType, clientIds: body.clientIds)
        let created = try await store.upsertTeamsAssignment(assignment)
        return try ServiceResponse.json(assignment, status: created ? .created : .ok)
    }

    /// The path's tenant and object ids, which must be GUIDs.
    static func ids(_ context: EmulatorRequestContext) throws -> (tenantId: String, objectId: String) {
        let tenantId = try context.pathParameter("tenantId")
        let objectId = try context.pathParameter("objectId")
        try GUIDRule.require(tenantId, target: "TenantId")
        try GUIDRule.require(objectId, target: "ObjectId")
        return (tenantId, objectId)
    }
}
