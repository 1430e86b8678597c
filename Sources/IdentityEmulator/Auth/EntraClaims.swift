import Foundation

/// The claims of a Microsoft Entra ID access token that the exchanges look at.
///
/// Read without signature verification: the emulator has no Entra ID keys, and tests make their own tokens.
struct EntraClaims: Codable, Sendable, Hashable {
    /// Tenant id.
    var tid: String?
    /// Object id of the user or service principal.
    var oid: String?
    /// Client id of the application the token was issued to (v1 tokens).
    var appid: String?
    /// Client id of the application the token was issued to (v2 tokens).
    var azp: String?
    /// Expiry, seconds since 1970.
    var exp: Double?
    /// Ids of the groups the user is a member of.
    var groups: [String]?

    /// The application's client id from either token version.
    var applicationID: String? { appid ?? azp }

    /// The expiry as a date.
    var expiresOn: Date? { exp.map(Date.init(timeIntervalSince1970:)) }

    /// Reads the payload of a compact JWT (`header.payload.signature`); nil when it is not one.
    static func decode(jwt: String) -> EntraClaims? {
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = Base64URL.decode(parts[1]) else { return nil }
        return try? JSONDecoder().decode(EntraClaims.self, from: payload)
    }
}
