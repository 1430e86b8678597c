import Foundation
import Hummingbird

/// Lets in only requests signed with an access key (HMAC-SHA256) or carrying an accepted bearer
/// token; everything else gets the service's 401.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// Checks HMAC signatures.
    let verifier: HMACVerifier
    /// Which bearer tokens are accepted.
    let bearerTokens: BearerTokenPolicy
    /// Also accepted: the bearer tokens `RunningEmulator.prepareCall` made for the exchanges.
    let store: EmulatorStore

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var request = request
        // The whole body is needed to check its hash; the operations read the collected copy.
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let authorization = request.headers[.authorization] else {
            context.logger.info("Refused: no Authorization header")
            throw ServiceFailure.invalidAccessToken
        }
        var context = context
        if authorization.lowercased().hasPrefix("bearer ") {
            let token = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            guard let principal = await bearerPrincipal(token) else {
                context.logger.info("Refused: bearer token not accepted")
                throw ServiceFailure.invalidAccessToken
            }
            context.principal = principal
        } else {
            do {
                try verifier.verify(
                    method: request.method.rawValue, pathAndQuery: request.head.path ?? "/",
                    host: request.head.authority ?? "", headers: request.headers,
                    body: body.readableBytesView, authorization: authorization)
            } catch {
                context.logger.info("Refused: \(error)")
                throw ServiceFailure.invalidAccessToken
            }
            context.principal = .accessKey
        }
        return try await next(request, context)
    }

    /// The principal for an accepted bearer token, nil when the policy refuses it.
    private func bearerPrincipal(_ token: String) async -> Principal? {
        let claims = EntraClaims.decode(jwt: token)
        if await store.isPreparedBearerToken(token) { return .entra(token: token, claims: claims) }
        switch bearerTokens {
        case .rejected:
            return nil
        case .exactly(let accepted):
            return accepted.contains(token) ? .entra(token: token, claims: claims) : nil
        case .anyJWT:
            guard let claims else { return nil }
            if let expiresOn = claims.expiresOn, expiresOn <= verifier.clock() { return nil }
            return .entra(token: token, claims: claims)
        }
    }
}
