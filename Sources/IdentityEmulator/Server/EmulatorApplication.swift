import Crypto
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL

/// Puts the emulator together: middleware in the order the service applies its checks, then the operations.
enum EmulatorApplication {
    /// The Hummingbird application for `configuration`, working on `store`.
    static func make(
        configuration: EmulatorConfiguration, store: EmulatorStore, keys: [SymmetricKey],
        onServerRunning: @escaping @Sendable (any Channel) async -> Void
    ) throws -> some ApplicationProtocol {
        let scheme = configuration.tls == nil ? "http" : "https"
        let router = Router(context: EmulatorRequestContext.self)
        // Logging outermost, so it sees the final status of every answer, errors included.
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: ServiceHeadersMiddleware(supportedVersions: configuration.apiVersions.headerValue))
        router.add(middleware: FaultInjectionMiddleware(plan: configuration.faults, injector: FaultInjector(plan: configuration.faults)))
        router.add(middleware: AuthenticationMiddleware(
            verifier: HMACVerifier(keys: keys, clock: configuration.clock), bearerTokens: configuration.bearerTokens))
        router.add(middleware: APIVersionMiddleware(catalog: configuration.apiVersions, scheme: scheme))

        IdentityRoutes(store: store).register(on: router)
        TokenExchangeRoutes(store: store, resourceID: configuration.resourceID, clock: configuration.clock).register(on: router)
        TeamsExtensionAssignmentRoutes(store: store).register(on: router)
        EntraAssignmentRoutes(store: store, pageSize: max(1, configuration.pageSize), scheme: scheme).register(on: router)

        return Application(
            router: router,
            server: try serverBuilder(tls: configuration.tls),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: onServerRunning,
            logger: configuration.logger)
    }

    /// Plain HTTP/1.1, or HTTP/1.1 over TLS with the given PEM files.
    static func serverBuilder(tls: TLSFiles?) throws -> HTTPServerBuilder {
        guard let tls else { return .http1() }
        let certificates = try NIOSSLCertificate.fromPEMFile(tls.certificatePath)
        let key = try NIOSSLPrivateKey(file: tls.privateKeyPath, format: .pem)
        let tlsConfiguration = TLSConfiguration.makeServerConfiguration(
            certificateChain: certificates.map { .certificate($0) }, privateKey: .privateKey(key))
        return try .tls(.http1(), tlsConfiguration: tlsConfiguration)
    }
}
