import Foundation

/// Identities and their tokens.
extension EmulatorStore {
    /// Creates an identity, or returns the one already mapped to `customId`.
    func createIdentity(customId: String?) throws -> IdentityRecord {
        if let customId, let existing = identitiesByCustomID[customId], let record = snapshot.identities[existing] {
            return record
        }
        let record = IdentityRecord(id: "8:acs:\(resourceID)_\(UUID().uuidString.lowercased())", customId: customId)
        snapshot.identities[record.id] = record
        if let customId { identitiesByCustomID[customId] = record.id }
        try persist()
        return record
    }

    /// Adds an identity with a given id, replacing any with that id; for seeding tests and demos.
    public func addIdentity(_ record: IdentityRecord) throws {
        snapshot.identities[record.id] = record
        if let customId = record.customId { identitiesByCustomID[customId] = record.id }
        try persist()
    }

    /// The identity with `id`, if it exists.
    public func identity(id: String) -> IdentityRecord? {
        snapshot.identities[id]
    }

    /// The number of identities.
    public var identityCount: Int { snapshot.identities.count }

    /// The identity with `id`, or the service's 404.
    func existingIdentity(_ id: String) throws -> IdentityRecord {
        guard let record = snapshot.identities[id] else { throw ServiceFailure.identityNotFound(id) }
        return record
    }

    /// Deletes the identity, its custom id mapping and so all its tokens.
    func deleteIdentity(_ id: String) throws {
        let record = try existingIdentity(id)
        snapshot.identities[id] = nil
        if let customId = record.customId, identitiesByCustomID[customId] == id { identitiesByCustomID[customId] = nil }
        try persist()
    }

    /// Makes every token issued so far for the identity invalid.
    func revokeTokens(_ id: String) throws {
        var record = try existingIdentity(id)
        record.revocations += 1
        snapshot.identities[id] = record
        try persist()
    }

    /// Issues a token for an existing identity, valid `minutes` from now, and records when.
    func issueToken(for id: String, scopes: [String], minutes: Int) throws -> WireAccessToken {
        let now = clock()
        return try issueToken(for: id, scopes: scopes, expiresOn: now.addingTimeInterval(Double(minutes) * 60), now: now)
    }

    /// Issues a token for an existing identity, valid until `expiresOn`, and records when.
    func issueToken(for id: String, scopes: [String], expiresOn: Date, now: Date) throws -> WireAccessToken {
        var record = try existingIdentity(id)
        record.lastTokenIssuedAt = now
        snapshot.identities[id] = record
        try persist()
        let claims = issuer.claims(
            identityID: id, scopes: scopes, issuedAt: now, expiresOn: expiresOn, revocations: record.revocations)
        return WireAccessToken(token: issuer.token(claims), expiresOn: expiresOn)
    }

    /// Records an identity that a token exchange produced, keeping its history if it exists.
    func ensureIdentity(_ id: String) throws {
        guard snapshot.identities[id] == nil else { return }
        snapshot.identities[id] = IdentityRecord(id: id)
        try persist()
    }

    /// Whether `token` is one this emulator issued and is still valid: not expired, and its
    /// identity still exists and has not had its tokens revoked since.
    public func isTokenValid(_ token: String) -> Bool {
        guard let claims = issuer.claims(of: token), Double(claims.exp) > clock().timeIntervalSince1970 else { return false }
        if claims.skypeid.hasPrefix("orgid:") { return true }
        guard let record = snapshot.identities["8:" + claims.skypeid] else { return false }
        return record.revocations == claims.rev
    }
}
