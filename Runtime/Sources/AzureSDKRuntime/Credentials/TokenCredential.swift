/// A source of OAuth access tokens (e.g. an Entra ID / managed-identity client).
///
/// Kept minimal so any identity library can be adapted with a few lines.
public protocol TokenCredential: Sendable {
    /// Fetches a token valid for `scopes`; called only when the cached one is about to expire.
    func token(for scopes: [String]) async throws -> AccessToken
}
