/// The whole emulator state: what `--state FILE` holds.
struct EmulatorSnapshot: Codable, Sendable {
    /// Format version, so a future emulator can recognise old files.
    var formatVersion = 1
    /// Identities by id.
    var identities: [String: IdentityRecord] = [:]
    /// Teams Phone assignments by `TeamsAssignmentKey.storageKey`.
    var teamsExtensionAssignments: [String: WireTeamsAssignment] = [:]
    /// Entra assignments by object id.
    var entraAssignments: [String: WireEntraAssignment] = [:]
}

/// Teams Phone assignments are per tenant and object.
enum TeamsAssignmentKey {
    /// The key for `tenantId` and `objectId` (both GUIDs, so "/" cannot occur in either).
    static func storageKey(tenantId: String, objectId: String) -> String {
        tenantId.lowercased() + "/" + objectId.lowercased()
    }
}
