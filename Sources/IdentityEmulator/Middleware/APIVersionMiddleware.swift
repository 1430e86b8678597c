import Hummingbird

/// Requires an `api-version` the requested operation is served in, as ASP.NET API versioning does.
struct APIVersionMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The versions served.
    let catalog: APIVersionCatalog
    /// `http` or `https`, for the request URI quoted in the error message.
    let scheme: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let version = request.uri.queryParameters.get("api-version"), !version.isEmpty else {
            throw ServiceFailure.apiVersionUnspecified
        }
        guard catalog.serves(version, path: request.uri.path) else {
            let uri = scheme + "://" + (request.head.authority ?? "localhost") + request.uri.path
            throw ServiceFailure.unsupportedAPIVersion(uri: uri, version: version)
        }
        var context = context
        context.apiVersion = version
        return try await next(request, context)
    }
}
