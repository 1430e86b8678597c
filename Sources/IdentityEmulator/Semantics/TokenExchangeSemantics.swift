import Foundation

/// The three token exchanges: a Teams user's Entra token (in the body), and a Teams Phone or Entra
/// principal's own token (the bearer token the request is authorized with).
struct TokenExchangeSemantics: Sendable {
    /// Where identities and assignments live.
    let store: EmulatorStore
    /// The resource id exchanged identities carry.
    let resourceID: String
    /// The service's clock.
    let clock: @Sendable () -> Date

    /// `POST /teamsUser/:exchangeAccessToken`: the token's `appid` and `oid` must match `appId` and `userId`;
    /// the ACS token expires when the Entra token does.
    func exchangeTeamsUser(_ request: OperationRequest) async throws -> OperationResult {
        let body = try request.decodeBody(WireTeamsUserExchangeRequest.self)
        guard let claims = EntraClaims.decode(jwt: body.token), let expiresOn = claims.expiresOn, expiresOn > clock() else {
            throw ServiceFailure.invalidAccessToken
        }
        guard claims.applicationID?.lowercased() == body.appId.lowercased() else {
            throw ServiceFailure.validation("AppId does not match the appid claim of the token.", target: "AppId")
        }
        guard claims.oid?.lowercased() == body.userId.lowercased() else {
            throw ServiceFailure.validation("UserId does not match the oid claim of the token.", target: "UserId")
        }
        let id = "8:orgid:" + body.userId.lowercased()
        let now = clock()
        let claimsOut = store.issuer.claims(
            identityID: id, scopes: ["chat", "voip"], issuedAt: now, expiresOn: expiresOn, revocations: 0)
        return try .json(WireAccessToken(token: store.issuer.token(claimsOut), expiresOn: expiresOn))
    }

    /// `POST /access/teamsExtension/:exchangeAccessToken`: needs a Teams Phone assignment for the token's tenant
    /// and object, listing the token's application when it lists any.
    func exchangeTeamsExtension(_ request: OperationRequest) async throws -> OperationResult {
        _ = try request.decodeBody([String: WireJSON].self)
        let claims = try Self.exchangeClaims(request.principal)
        let assignment: WireTeamsAssignment
        do {
            assignment = try await store.teamsAssignment(tenantId: claims.tenantId, objectId: claims.objectId)
        } catch {
            throw ServiceFailure.forbidden("The principal has no Teams Phone access assignment on this resource.")
        }
        if let clientIds = assignment.clientIds, !clientIds.isEmpty {
            try Self.requireClient(claims.applicationID, in: clientIds)
        }
        let id = "8:acs:\(resourceID)_\(claims.tenantId)_\(claims.objectId)"
        return try await exchangeResult(identityID: id, scopes: ["voip"], expiresOn: claims.expiresOn)
    }

    /// `POST /access/entra/:exchangeAccessToken`: needs an Entra assignment for the user, one of its groups,
    /// or its tenant, listing the token's application.
    func exchangeEntra(_ request: OperationRequest) async throws -> OperationResult {
        _ = try request.decodeBody([String: WireJSON].self)
        let claims = try Self.exchangeClaims(request.principal)
        let candidates = Set([claims.objectId, claims.tenantId] + claims.groups).map { $0.lowercased() }
        let matching = await store.allEntraAssignments.filter { assignment in
            candidates.contains(assignment.objectId.lowercased()) && assignment.tenantId.lowercased() == claims.tenantId
        }
        guard !matching.isEmpty else {
            throw ServiceFailure.forbidden("The principal has no Entra access assignment on this resource.")
        }
        try Self.requireClient(claims.applicationID, in: matching.flatMap(\.clientIds))
        let id = "8:acs:\(resourceID)_wf_\(claims.tenantId)_\(claims.objectId)"
        return try await exchangeResult(identityID: id, scopes: ["chat", "voip"], expiresOn: claims.expiresOn)
    }

    /// The identity (created on first exchange) with a token expiring with the exchanged one.
    private func exchangeResult(identityID: String, scopes: [String], expiresOn: Date) async throws -> OperationResult {
        try await store.ensureIdentity(identityID)
        let token = try await store.issueToken(for: identityID, scopes: scopes, expiresOn: expiresOn, now: clock())
        let identity = try await store.existingIdentity(identityID).wire
        return try .json(WireIdentityAndToken(identity: identity, accessToken: token))
    }

    /// What an exchange needs from the bearer token it is authorized with.
    struct ExchangeClaims {
        var tenantId: String
        var objectId: String
        var applicationID: String?
        var groups: [String]
        var expiresOn: Date
    }

    /// The bearer token's claims; 401 when the request was not made with a readable Entra token.
    static func exchangeClaims(_ principal: Principal) throws -> ExchangeClaims {
        guard case .entra(_, let claims?) = principal, let tenantId = claims.tid, let objectId = claims.oid,
            let expiresOn = claims.expiresOn
        else { throw ServiceFailure.invalidAccessToken }
        return ExchangeClaims(
            tenantId: tenantId.lowercased(), objectId: objectId.lowercased(), applicationID: claims.applicationID,
            groups: claims.groups ?? [], expiresOn: expiresOn)
    }

    /// 403 unless the token's application is one of the assignment's client ids.
    static func requireClient(_ applicationID: String?, in clientIds: [String]) throws {
        guard let applicationID, clientIds.contains(where: { $0.lowercased() == applicationID.lowercased() }) else {
            throw ServiceFailure.forbidden("The application '\(applicationID ?? "")' is not allowed to exchange tokens for this principal.")
        }
    }
}
