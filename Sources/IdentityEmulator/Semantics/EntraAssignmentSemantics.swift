import Foundation

/// Entra access assignments: upsert, get, delete, list with paging, and the merge-patch bulk update.
struct EntraAssignmentSemantics: Sendable {
    /// Where assignments live.
    let store: EmulatorStore
    /// The largest page the list returns.
    let pageSize: Int

    /// `PUT /access/entra/assignments/{objectId}`: 201 when created, 200 when replaced, 409 when the object belongs to another tenant.
    func upsert(_ request: OperationRequest) async throws -> OperationResult {
        let objectId = try Self.objectId(request)
        let body = try request.decodeBody(WireEntraAssignmentRequest.self)
        let assignment = try EntraAssignmentRules.assignment(objectId: objectId, body)
        if let conflict = await store.entraConflict(objectId: objectId, tenantId: assignment.tenantId) { throw conflict }
        let created = try await store.applyEntraChanges([(objectId, assignment)])
        return try .json(assignment, status: created.isEmpty ? .ok : .created)
    }

    /// `GET /access/entra/assignments/{objectId}`.
    func get(_ request: OperationRequest) async throws -> OperationResult {
        let objectId = try Self.objectId(request)
        guard let assignment = await store.entraAssignment(objectId: objectId) else {
            throw ServiceFailure.entraAssignmentNotFound(objectId: objectId)
        }
        return try .json(assignment)
    }

    /// `DELETE /access/entra/assignments/{objectId}`.
    func delete(_ request: OperationRequest) async throws -> OperationResult {
        try await store.deleteEntraAssignment(objectId: try Self.objectId(request))
        return .noContent()
    }

    /// `GET /access/entra/assignments`: one page, and a `nextLink` while more follow.
    func list(_ request: OperationRequest) async throws -> OperationResult {
        var limit = pageSize
        if let text = request.query["maxpagesize"] ?? request.query["maxPageSize"] {
            guard let asked = Int(text), asked > 0 else {
                throw ServiceFailure.validation("The value of maxpagesize is invalid.", target: "maxpagesize")
            }
            limit = min(limit, asked)
        }
        let after = try (request.query["$skipToken"] ?? request.query["skipToken"]).map(SkipToken.decode)
        let (page, more) = await store.entraAssignments(after: after, limit: limit)
        var nextLink: String?
        if more, let last = page.last {
            var link = "\(request.origin)/access/entra/assignments?api-version=\(request.apiVersion)"
            if limit != pageSize { link += "&maxpagesize=\(limit)" }
            nextLink = link + "&$skipToken=" + SkipToken.encode(after: last.objectId)
        }
        return try .json(WireEntraAssignmentPage(value: page, nextLink: nextLink))
    }

    /// `PATCH /access/entra/assignments`: a JSON merge-patch; a value creates or replaces, `null` removes.
    /// All entries are checked before any is applied; 200 lists the upserted ones, 204 when there are none.
    func update(_ request: OperationRequest) async throws -> OperationResult {
        let body = try request.decodeBody([String: WireEntraAssignmentRequest?].self)
        var changes: [(objectId: String, assignment: WireEntraAssignment?)] = []
        var problems: [WireError] = []
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
        guard !upserted.isEmpty else { return .noContent() }
        return try .json(WireEntraAssignmentPage(value: upserted))
    }

    /// The path's object id, which must be a GUID.
    static func objectId(_ request: OperationRequest) throws -> String {
        let objectId = try request.pathValue(0)
        try GUIDRule.require(objectId, target: "ObjectId")
        return objectId
    }
}
