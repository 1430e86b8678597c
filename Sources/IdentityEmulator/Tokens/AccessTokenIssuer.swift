import Crypto
import Foundation

/// Makes and checks the emulator's access tokens: JWTs signed with HMAC-SHA256 using the primary access key.
///
/// The live service signs with RS256 keys of its own; clients treat tokens as opaque, so only the shape matters.
struct AccessTokenIssuer: Sendable {
    /// The signing key.
    let key: SymmetricKey
    /// The resource id written into tokens.
    let resourceID: String

    private static let header = Base64URL.encode(Data(#"{"alg":"HS256","kid":"identity-emulator","typ":"JWT"}"#.utf8))

    /// A signed token carrying `claims`.
    func token(_ claims: AccessTokenClaims) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payload = Base64URL.encode((try? encoder.encode(claims)) ?? Data())
        let signingInput = Self.header + "." + payload
        let signature = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: key)
        return signingInput + "." + Base64URL.encode(Data(signature))
    }

    /// The claims of `token` when this issuer signed it; nil for anything else.
    func claims(of token: String) -> AccessTokenClaims? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let signature = Base64URL.decode(parts[2]),
            HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data((parts[0] + "." + parts[1]).utf8), using: key),
            let payload = Base64URL.decode(parts[1])
        else { return nil }
        return try? JSONDecoder().decode(AccessTokenClaims.self, from: payload)
    }

    /// Claims for `identityID` (`8:acs:…`, or `8:orgid:…`) with `scopes`, valid from `issuedAt` until `expiresOn`.
    func claims(identityID: String, scopes: [String], issuedAt: Date, expiresOn: Date, revocations: Int) -> AccessTokenClaims {
        AccessTokenClaims(
            skypeid: identityID.hasPrefix("8:") ? String(identityID.dropFirst(2)) : identityID,
            scp: 1792, csi: String(Int(issuedAt.timeIntervalSince1970)), exp: Int(expiresOn.timeIntervalSince1970),
            acsScope: scopes.joined(separator: ","), resourceId: resourceID, resourceLocation: "emulator",
            rev: revocations)
    }
}
