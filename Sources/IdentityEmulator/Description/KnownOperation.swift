/// The Identity operations whose behaviour the emulator implements (identities, tokens, assignments, exchanges).
///
/// A description's operation gets these semantics when its method and path template have the same shape
/// (`PathTemplate.shape`), whatever its `operationId` or parameter names: a new api-version that renames
/// them needs no emulator change. Operations matching none of these are answered from the description.
enum KnownOperation: String, Sendable, CaseIterable {
    case createIdentity, getIdentity, deleteIdentity, revokeAccessTokens, issueAccessToken
    case exchangeTeamsUserToken
    case upsertTeamsAssignment, getTeamsAssignment, deleteTeamsAssignment, exchangeTeamsExtensionToken
    case listEntraAssignments, updateEntraAssignments, upsertEntraAssignment, getEntraAssignment, deleteEntraAssignment
    case exchangeEntraToken

    /// The HTTP method.
    var method: String {
        switch self {
        case .createIdentity, .revokeAccessTokens, .issueAccessToken, .exchangeTeamsUserToken, .exchangeTeamsExtensionToken,
            .exchangeEntraToken:
            return "POST"
        case .getIdentity, .getTeamsAssignment, .listEntraAssignments, .getEntraAssignment: return "GET"
        case .deleteIdentity, .deleteTeamsAssignment, .deleteEntraAssignment: return "DELETE"
        case .upsertTeamsAssignment, .upsertEntraAssignment: return "PUT"
        case .updateEntraAssignments: return "PATCH"
        }
    }

    /// The path template as the published descriptions write it.
    var path: PathTemplate {
        switch self {
        case .createIdentity: return PathTemplate("/identities")
        case .getIdentity, .deleteIdentity: return PathTemplate("/identities/{id}")
        case .revokeAccessTokens: return PathTemplate("/identities/{id}/:revokeAccessTokens")
        case .issueAccessToken: return PathTemplate("/identities/{id}/:issueAccessToken")
        case .exchangeTeamsUserToken: return PathTemplate("/teamsUser/:exchangeAccessToken")
        case .upsertTeamsAssignment, .getTeamsAssignment, .deleteTeamsAssignment:
            return PathTemplate("/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}")
        case .exchangeTeamsExtensionToken: return PathTemplate("/access/teamsExtension/:exchangeAccessToken")
        case .listEntraAssignments, .updateEntraAssignments: return PathTemplate("/access/entra/assignments")
        case .upsertEntraAssignment, .getEntraAssignment, .deleteEntraAssignment:
            return PathTemplate("/access/entra/assignments/{objectId}")
        case .exchangeEntraToken: return PathTemplate("/access/entra/:exchangeAccessToken")
        }
    }

    /// The `operationId` `2025-03-02-preview` gives it, for logs and the built-in versions.
    var operationID: String {
        switch self {
        case .createIdentity: return "CommunicationIdentity_Create"
        case .getIdentity: return "CommunicationIdentity_Get"
        case .deleteIdentity: return "CommunicationIdentity_Delete"
        case .revokeAccessTokens: return "CommunicationIdentity_RevokeAccessTokens"
        case .issueAccessToken: return "CommunicationIdentity_IssueAccessToken"
        case .exchangeTeamsUserToken: return "CommunicationIdentity_ExchangeTeamsUserAccessToken"
        case .upsertTeamsAssignment: return "TeamsExtensionAssignment_Upsert"
        case .getTeamsAssignment: return "TeamsExtensionAssignment_Get"
        case .deleteTeamsAssignment: return "TeamsExtensionAssignment_Delete"
        case .exchangeTeamsExtensionToken: return "TeamsExtensionToken_Exchange"
        case .listEntraAssignments: return "EntraIdAssignments_List"
        case .updateEntraAssignments: return "EntraIdAssignments_Update"
        case .upsertEntraAssignment: return "EntraIdAssignment_Upsert"
        case .getEntraAssignment: return "EntraIdAssignment_Get"
        case .deleteEntraAssignment: return "EntraIdAssignment_Delete"
        case .exchangeEntraToken: return "EntraIdToken_Exchange"
        }
    }

    /// Method and template shape: what a description's operation is matched on.
    var key: String { method + " " + path.shape }

    /// The known operation with `method` and `template`'s shape, if any.
    static func matching(method: String, template: PathTemplate) -> KnownOperation? {
        byKey[method.uppercased() + " " + template.shape]
    }

    private static let byKey: [String: KnownOperation] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.key, $0) })
}
