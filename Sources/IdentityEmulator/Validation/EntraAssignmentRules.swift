/// The checks an Entra assignment passes before it is stored.
enum EntraAssignmentRules {
    /// The assignment for `objectId`, after checking the tenant and client ids are GUIDs and a
    /// principal type is given (any value round-trips, as the service's own example shows).
    static func assignment(objectId: String, _ body: WireEntraAssignmentRequest) throws -> WireEntraAssignment {
        try GUIDRule.require(body.tenantId, target: "TenantId")
        guard !body.principalType.isEmpty else {
            throw ServiceFailure.validation("The PrincipalType field is required.", target: "PrincipalType")
        }
        try GUIDRule.requireAll(body.clientIds, target: "ClientIds")
        return WireEntraAssignment(
            objectId: objectId, tenantId: body.tenantId, principalType: body.principalType, clientIds: body.clientIds)
    }
}
