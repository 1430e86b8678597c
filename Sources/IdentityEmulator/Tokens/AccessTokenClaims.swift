/// The payload of the access tokens the emulator issues, shaped like the service's.
///
/// `rev` is the emulator's own claim: the identity's revocation count when the token was issued,
/// which is how revoking makes earlier tokens invalid.
struct AccessTokenClaims: Codable, Sendable, Hashable {
    /// The identity without the `8:` prefix (`acs:<resource>_<guid>`, or `orgid:<user>` for Teams users).
    var skypeid: String
    /// The service's scope bit mask, kept as it writes it.
    var scp: Int
    /// Issue time, seconds since 1970, as a string (as the service writes it).
    var csi: String
    /// Expiry, seconds since 1970.
    var exp: Int
    /// The granted scopes, comma-separated.
    var acsScope: String
    /// The resource the token is for.
    var resourceId: String
    /// Where the resource lives.
    var resourceLocation: String
    /// How many times the identity's tokens had been revoked when this one was issued.
    var rev: Int
}
