// The emulator's own JSON shapes of the access assignments (Teams Phone and Entra); see WireIdentities.swift for why
// they are not the generated SDK's models.

/// A Teams Phone assignment as stored and answered (`TeamsExtensionAssignmentResponse`).
struct WireTeamsAssignment: Codable, Sendable, Hashable {
    var objectId: String
    var tenantId: String
    var principalType: String
    var clientIds: [String]?
}

/// The body of `PUT /access/teamsExtension/tenants/{tenantId}/assignments/{objectId}`.
struct WireTeamsAssignmentRequest: Codable, Sendable, Hashable {
    var principalType: String
    var clientIds: [String]?
}

/// An Entra assignment as stored and answered (`EntraAssignment`).
struct WireEntraAssignment: Codable, Sendable, Hashable {
    var objectId: String
    var tenantId: String
    var principalType: String
    var clientIds: [String]
}

/// The body of `PUT /access/entra/assignments/{objectId}`, and each value of the bulk merge-patch.
struct WireEntraAssignmentRequest: Codable, Sendable, Hashable {
    var tenantId: String
    var principalType: String
    var clientIds: [String]
}

/// One page of Entra assignments (`EntraAssignmentsResponse`).
struct WireEntraAssignmentPage: Codable, Sendable, Hashable {
    var value: [WireEntraAssignment]
    var nextLink: String?
}
