import AzureCommunicationIdentity
import Hummingbird

/// The five identity and token operations: create, get, delete, revoke, issue.
struct IdentityRoutes: Sendable {
    /// The state they work on.
    let store: EmulatorStore

    /// Adds the routes. `/:revokeAccessTokens` and `/:issueAccessToken` are literal segments, which
    /// Hummingbird's path syntax would read as captures, so they are matched as `{action}`.
    func register(on router: Router<EmulatorRequestContext>) {
        router.post("identities") { request, context in try await create(request, context) }
        router.get("identities/{id}") { _, context in try await get(context) }
        router.delete("identities/{id}") { _, context in try await delete(context) }
        router.post("identities/{id}/{action}") { request, context in
            switch try context.pathParameter("action") {
            case ":revokeAccessTokens": return try await revoke(context)
            case ":issueAccessToken": return try await issue(request, context)
            default: throw ServiceFailure.http(.notFound)
            }
        }
    }

    /// `CommunicationIdentity_Create`: 201, with a token when scopes are asked for.
    func create(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let body = try await request.decodeBody(CommunicationIdentityCreateRequest.self, context: context)
        if let customId = body.customId { try TokenRules.checkCustomID(customId) }
        let minutes = try TokenRules.minutes(body.expiresInMinutes)
        let scopes = try body.createTokenWithScopes.map { try TokenRules.scopes($0, target: "CreateTokenWithScopes") }
        let record = try await store.createIdentity(customId: body.customId)
        var token: CommunicationIdentityAccessToken?
        if let scopes {
            token = try await store.issueToken(for: record.id, scopes: scopes, minutes: minutes)
        }
        let identity = try await store.existingIdentity(record.id).model
        return try ServiceResponse.json(CommunicationIdentityAccessTokenResult(identity: identity, accessToken: token), status: .created)
    }

    /// `CommunicationIdentity_Get`.
    func get(_ context: EmulatorRequestContext) async throws -> Response {
        try ServiceResponse.json(try await store.existingIdentity(try context.pathParameter("id")).model)
    }

    /// `CommunicationIdentity_Delete`: 204, and the identity is gone.
    func delete(_ context: EmulatorRequestContext) async throws -> Response {
        try await store.deleteIdentity(try context.pathParameter("id"))
        return ServiceResponse.noContent()
    }

    /// `CommunicationIdentity_RevokeAccessTokens`: 204, and earlier tokens are invalid.
    func revoke(_ context: EmulatorRequestContext) async throws -> Response {
        try await store.revokeTokens(try context.pathParameter("id"))
        return ServiceResponse.noContent()
    }

    /// `CommunicationIdentity_IssueAccessToken`.
    func issue(_ request: Request, _ context: EmulatorRequestContext) async throws -> Response {
        let id = try context.pathParameter("id")
        let body = try await request.decodeBody(CommunicationIdentityAccessTokenRequest.self, context: context)
        let scopes = try TokenRules.scopes(body.scopes, target: "Scopes")
        let minutes = try TokenRules.minutes(body.expiresInMinutes)
        return try ServiceResponse.json(try await store.issueToken(for: id, scopes: scopes, minutes: minutes))
    }
}

extension IdentityRecord {
    /// The identity as the API shows it.
    var model: CommunicationIdentity {
        CommunicationIdentity(customId: customId, lastTokenIssuedAt: lastTokenIssuedAt, id: id)
    }
}
