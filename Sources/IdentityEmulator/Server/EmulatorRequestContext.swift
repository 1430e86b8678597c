import Hummingbird
import NIOCore

/// The per-request state the emulator's middleware hands on to the operations.
struct EmulatorRequestContext: RequestContext {
    /// Hummingbird's own per-request storage (route parameters, logger).
    var coreContext: CoreRequestContextStorage
    /// The connection, so fault injection can drop it.
    let channel: any Channel
    /// Who signed or authorized the request; set by `AuthenticationMiddleware`.
    var principal: Principal = .anonymous

    /// Creates the context for a request arriving on `source.channel`.
    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}
