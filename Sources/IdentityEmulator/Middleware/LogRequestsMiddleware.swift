import Hummingbird
import Logging

/// One log line per request and its status, at `level`; headers and bodies are never logged (they carry keys and tokens).
struct LogRequestsMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The level the lines are written at.
    let level: Logger.Level

    init(_ level: Logger.Level) {
        self.level = level
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        context.logger.log(level: level, "\(request.method) \(request.uri.path) → \(response.status.code)")
        return response
    }
}
