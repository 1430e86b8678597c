/// Who a request comes from, as authentication established it.
enum Principal: Sendable {
    /// Not authenticated yet.
    case anonymous
    /// Signed with one of the resource's access keys: the resource itself.
    case accessKey
    /// A Microsoft Entra ID bearer token; its claims when it is a readable JWT.
    case entra(token: String, claims: EntraClaims?)
}

extension Principal {
    /// Who is asking, for keys of repeatable requests: one caller's request id never answers another's.
    var repeatabilityScope: String {
        switch self {
        case .anonymous: return "anonymous"
        case .accessKey: return "access-key"
        case .entra(_, let claims): return "entra:\(claims?.tid ?? "")/\(claims?.oid ?? "")"
        }
    }
}
