import Hummingbird
import NIOCore

/// Adds latency, answers 503 or drops the connection, as `FaultInjection` plans.
struct FaultInjectionMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The plan (for latency and the `Retry-After` value).
    let plan: FaultInjection
    /// The request counter that picks each request's fault.
    let injector: FaultInjector

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if plan.latency > .zero {
            try await Task.sleep(for: plan.latency)
        }
        switch await injector.next() {
        case .none:
            return try await next(request, context)
        case .unavailable:
            throw ServiceFailure.serviceUnavailable(retryAfter: plan.retryAfter)
        case .drop:
            context.logger.info("Fault injection: dropping the connection")
            try? await context.channel.close()
            throw ConnectionDropped()
        }
    }
}
