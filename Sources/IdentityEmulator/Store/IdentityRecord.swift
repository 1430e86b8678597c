import Foundation

/// One identity as the emulator keeps it.
public struct IdentityRecord: Codable, Sendable, Hashable {
    /// The identity id, `8:acs:<resource id>_<guid>`.
    public var id: String
    /// The caller's own id for it, if created with one.
    public var customId: String?
    /// When a token was last issued for it.
    public var lastTokenIssuedAt: Date?
    /// How many times its tokens were revoked; tokens issued before the latest revocation are invalid.
    public var revocations: Int

    /// Creates a record with no tokens issued yet.
    public init(id: String, customId: String? = nil, lastTokenIssuedAt: Date? = nil, revocations: Int = 0) {
        self.id = id
        self.customId = customId
        self.lastTokenIssuedAt = lastTokenIssuedAt
        self.revocations = revocations
    }
}
