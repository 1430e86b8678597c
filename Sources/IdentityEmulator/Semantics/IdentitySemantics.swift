/// The five identity and token operations: create, get, delete, revoke, issue.
struct IdentitySemantics: Sendable {
    /// The state they work on.
    let store: EmulatorStore

    /// `POST /identities`: 201, with a token when scopes are asked for; the same `customId` gives the same identity.
    func create(_ request: OperationRequest) async throws -> OperationResult {
        let body = try request.decodeBody(WireCreateIdentityRequest.self)
        if let customId = body.customId { try TokenRules.checkCustomID(customId) }
        let minutes = try TokenRules.minutes(body.expiresInMinutes)
        let scopes = try body.createTokenWithScopes.map { try TokenRules.scopes($0, target: "CreateTokenWithScopes") }
        let record = try await store.createIdentity(customId: body.customId)
        var token: WireAccessToken?
        if let scopes {
            token = try await store.issueToken(for: record.id, scopes: scopes, minutes: minutes)
        }
        let identity = try await store.existingIdentity(record.id).wire
        return try .json(WireIdentityAndToken(identity: identity, accessToken: token), status: .created)
    }

    /// `GET /identities/{id}`.
    func get(_ request: OperationRequest) async throws -> OperationResult {
        try .json(try await store.existingIdentity(try request.pathValue(0)).wire)
    }

    /// `DELETE /identities/{id}`: 204, and the identity is gone.
    func delete(_ request: OperationRequest) async throws -> OperationResult {
        try await store.deleteIdentity(try request.pathValue(0))
        return .noContent()
    }

    /// `POST /identities/{id}/:revokeAccessTokens`: 204, and earlier tokens are invalid.
    func revoke(_ request: OperationRequest) async throws -> OperationResult {
        try await store.revokeTokens(try request.pathValue(0))
        return .noContent()
    }

    /// `POST /identities/{id}/:issueAccessToken`.
    func issue(_ request: OperationRequest) async throws -> OperationResult {
        let id = try request.pathValue(0)
        let body = try request.decodeBody(WireIssueTokenRequest.self)
        let scopes = try TokenRules.scopes(body.scopes, target: "Scopes")
        let minutes = try TokenRules.minutes(body.expiresInMinutes)
        return try .json(try await store.issueToken(for: id, scopes: scopes, minutes: minutes))
    }
}

extension IdentityRecord {
    /// The identity as the API shows it.
    var wire: WireIdentity {
        WireIdentity(id: id, customId: customId, lastTokenIssuedAt: lastTokenIssuedAt)
    }
}
