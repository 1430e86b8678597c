/// Which `Authorization: Bearer` tokens the emulator accepts in place of an HMAC signature.
///
/// There is no Microsoft Entra ID to validate against, so the emulator reads a bearer token's claims
/// (`tid`, `oid`, `appid`/`azp`, `exp`, `groups`) without checking its signature.
public enum BearerTokenPolicy: Sendable, Hashable {
    /// Bearer tokens are refused (401): only HMAC-signed requests get in.
    case rejected
    /// Any JWT whose payload decodes and that has not expired is accepted.
    case anyJWT
    /// Exactly these token strings are accepted.
    case exactly(Set<String>)
}
