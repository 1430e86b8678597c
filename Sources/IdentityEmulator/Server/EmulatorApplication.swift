import Crypto
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL

/// Puts the emulator together: middleware in the order the service applies its checks, the dispatcher last.
enum EmulatorApplication {
    /// The Hummingbird application for `configuration`, working on `store`.
    static func make(
        configuration: EmulatorConfiguration, catalog: VersionCatalog, store: EmulatorStore, recorder: ExchangeRecorder,
        keys: [SymmetricKey],
        onServerRunning: @escaping @Sendable (any Channel) async -> Void
    ) throws -> some ApplicationProtocol {
        let scheme = configuration.tls == nil ? "http" : "https"
        let router = Router(context: EmulatorRequestContext.self)
        // Logging outermost, so it sees the final status of every answer, errors included.
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: ServiceHeadersMiddleware(supportedVersions: catalog.headerValue))
        router.add(middleware: FaultInjectionMiddleware(plan: configuration.faults, injector: FaultInjector(plan: configuration.faults)))
        router.add(middleware: AuthenticationMiddleware(
            verifier: HMACVerifier(keys: keys, clock: configuration.clock), bearerTokens: configuration.bearerTokens,
            store: store))
        // Last: every request is routed by the served descriptions, not by fixed routes.
        router.add(middleware: OperationDispatcher(
            catalog: catalog, semantics: Semantics(store: store, configuration: configuration), store: store, recorder: recorder,
            repeatability: RepeatabilityCache(), scheme: scheme, clock: configuration.clock))

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
