import AzureSDKRuntime
import Foundation

/// Unsigned JWTs with Entra ID claims, and a `TokenCredential` that hands one out: the emulator reads
/// the claims without checking signatures, as it has no Entra ID to ask.
struct FakeEntraToken: TokenCredential {
    var tenantId: String
    var objectId: String
    var appId: String
    var groups: [String] = []
    var expiresOn = Date().addingTimeInterval(3600)

    /// The compact JWT.
    var jwt: String {
        func part(_ object: [String: Any]) -> String {
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let claims: [String: Any] = [
            "tid": tenantId, "oid": objectId, "appid": appId, "groups": groups,
            "exp": Int(expiresOn.timeIntervalSince1970), "aud": "https://communication.azure.com",
        ]
        return part(["alg": "none", "typ": "JWT"]) + "." + part(claims) + ".c2lnbmF0dXJl"
    }

    func token(for scopes: [String]) async throws -> AccessToken {
        AccessToken(token: jwt, expiresOn: expiresOn)
    }
}
