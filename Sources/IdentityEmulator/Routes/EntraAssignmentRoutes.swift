import AzureCommunicationIdentity
import Hummingbird

/// Entra access assignments: upsert, get, delete, list with paging, and the merge-patch bulk update.
struct EntraAssignmentRoutes: Sendable {
    /// Where assignments live.
    let store: EmulatorStore
    /// The largest page the list returns.
    let pageSize: Int
    /// `http` or `https`, for absolute `nextLink`s.
    let scheme: String

    /// Adds the routes.
    func register(on router: Router<EmulatorRequestContext>) {
        router.get("access/entra/assignments") { request, context in try await list(request, context) }
        router.patch("access/entra/assignments") { request, context in try await update(request, context) }
        router.put("access/entra/assignments/{objectId}") { request, context in try await upsert(request, context) }
        router.get("access/entra/assignments/{objectId}") { _, context in
            let objectId = try Self.objectId(context)
            guard let assignment = await store.entraAssignment(objectId: objectId) else {
                throw ServiceFailure.entraAssignmentNotFound(objectId: objectId)
            }
            return try ServiceResponse.json(assignment)
        }
        router.delete("access/entra/assignments/{objectId}") { _, context in
            try await store.deleteEntraAssignment(objectId: try Self.objectId(context))
            return ServiceResponse.noContent()
        }
    }

    /// `EntraIdAssignment_Upsert`: 201 when created, 200 when replaced, 409 when the object belongs to another tenant.
    func upsert(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let objectId = try Self.objectId(context)
        let body = try await request.decodeBody(EntraAssignmentCreateOrUpdateRequest.self, context: context)
        let assignment = try EntraAssignmentRules.assignment(objectId: objectId, body)
        if let conflict = await store.entraConflict(objectId: objectId, tenantId: assignment.tenantId) { throw conflict }
        let created = try await store.applyEntraChanges([(objectId, assignment)])
        return try ServiceResponse.json(assignment, status: created.isEmpty ? .ok : .created)
    }

    /// `EntraIdAssignments_List`: one page, and a `nextLink` while more follow.
    func list(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        var limit = pageSize
        if let text = query.get("maxpagesize") ?? query.get("maxPageSize") {
            guard let asked = Int(text), asked > 0 else {
                throw ServiceFailure.validation("The value of maxpagesize is invalid.", target: "maxpagesize")
            }
            limit = min(limit, asked)
        }
        let after = try (query.get("$skipToken") ?? query.get("skipToken")).map(SkipToken.decode)
        let (page, more) = await store.entraAssignments(after: after, limit: limit)
        var nextLink: String?
        if more, let last = page.last {
            let host = request.head.authority ?? "localhost"
            var link = "\(scheme)://\(host)/access/entra/assignments?api-version=\(context.apiVersion)"
            if limit != pageSize { link += "&maxpagesize=\(limit)" }
            nextLink = link + "&$skipToken=" + SkipToken.encode(after: last.objectId)
        }
        return try ServiceResponse.json(EntraAssignmentsResponse(value: page, nextLink: nextLink))
    }

    /// `EntraIdAssignments_Update`: a JSON merge-patch; a value creates or replaces, `null` removes.
    /// All entries are checked before any is applied; 200 lists the upserted ones, 204 when there are none.
    func update(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let body = try await request.decodeBody(EntraAssignmentUpdateBulkRequest.self, context: context)
        var changes: [(objectId: String, assignment: EntraAssignment?)] = []
        var problems: [CommunicationError] = []
        for (objectId, value) in body.sorted(by: { $0.key < $1.key }) {
            do {
                try GUIDRule.require(objectId, target: "ObjectId")
                let assignment = try value.map { try EntraAssignmentRules.assignment(objectId: objectId, $0) }
                if let assignment, let conflict = await store.entraConflict(objectId: objectId, tenantId: assignment.tenantId) {
                    throw conflict
                }
                changes.append((objectId, assignment))
            } catch let failure as ServiceFailure {
                var detail = failure.error
                detail.target = failure.error.target.map { "\(objectId).\($0)" } ?? objectId
                problems.append(detail)
            }
        }
        guard problems.isEmpty else {
            throw ServiceFailure(
                .badRequest, code: "ValidationError", message: "One or more assignments in the request are invalid.",
                details: problems)
        }
        _ = try await store.applyEntraChanges(changes)
        let upserted = changes.compactMap(\.assignment)
        guard !upserted.isEmpty else { return ServiceResponse.noContent() }
        return try ServiceResponse.json(EntraAssignmentsResponse(value: upserted))
    }

    /// The path's object id, which must be a GUID.
    static func objectId(_ context: EmulatorRequestContext) throws -> String {
        let objectId = try context.pathParameter("objectId")
        try GUIDRule.require(objectId, target: "ObjectId")
        return objectId
    }
}
