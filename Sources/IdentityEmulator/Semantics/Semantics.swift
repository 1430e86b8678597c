import Foundation

/// The behaviour of every `KnownOperation`, over one store.
struct Semantics: Sendable {
    let identities: IdentitySemantics
    let teamsAssignments: TeamsAssignmentSemantics
    let entraAssignments: EntraAssignmentSemantics
    let exchanges: TokenExchangeSemantics

    /// The semantics over `store`, configured by `configuration`.
    init(store: EmulatorStore, configuration: EmulatorConfiguration) {
        identities = IdentitySemantics(store: store)
        teamsAssignments = TeamsAssignmentSemantics(store: store)
        entraAssignments = EntraAssignmentSemantics(store: store, pageSize: max(1, configuration.pageSize))
        exchanges = TokenExchangeSemantics(store: store, resourceID: configuration.resourceID, clock: configuration.clock)
    }

    /// Carries out `operation` for `request`.
    func handle(_ operation: KnownOperation, _ request: OperationRequest) async throws -> OperationResult {
        switch operation {
        case .createIdentity: return try await identities.create(request)
        case .getIdentity: return try await identities.get(request)
        case .deleteIdentity: return try await identities.delete(request)
        case .revokeAccessTokens: return try await identities.revoke(request)
        case .issueAccessToken: return try await identities.issue(request)
        case .exchangeTeamsUserToken: return try await exchanges.exchangeTeamsUser(request)
        case .upsertTeamsAssignment: return try await teamsAssignments.upsert(request)
        case .getTeamsAssignment: return try await teamsAssignments.get(request)
        case .deleteTeamsAssignment: return try await teamsAssignments.delete(request)
        case .exchangeTeamsExtensionToken: return try await exchanges.exchangeTeamsExtension(request)
        case .listEntraAssignments: return try await entraAssignments.list(request)
        case .updateEntraAssignments: return try await entraAssignments.update(request)
        case .upsertEntraAssignment: return try await entraAssignments.upsert(request)
        case .getEntraAssignment: return try await entraAssignments.get(request)
        case .deleteEntraAssignment: return try await entraAssignments.delete(request)
        case .exchangeEntraToken: return try await exchanges.exchangeEntra(request)
        }
    }
}
