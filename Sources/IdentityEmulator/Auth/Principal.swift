/// Who a request comes from, as authentication established it.
enum Principal: Sendable {
    /// Not authenticated yet.
    case anonymous
    /// Signed with one of the resource's access keys: the resource itself.
    case accessKey
    /// A Microsoft Entra ID bearer token; its claims when it is a readable JWT.
    case entra(token: String, claims: EntraClaims?)
}
