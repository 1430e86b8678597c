import Crypto
import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
import UnixSignals

/// A local stand-in for the Azure Communication Services Identity service, driven by API descriptions.
///
/// It serves built-in api-versions and those of the descriptions it is given (`descriptionFiles`):
/// operations it knows (identities, tokens, assignments, exchanges) keep their real semantics whatever a
/// version calls them; others are answered from the description's examples or schemas.
///
/// ```swift
/// var configuration = EmulatorConfiguration()
/// configuration.port = 0
/// configuration.descriptionFiles = ["Spec/CommunicationIdentity.yaml"]
/// let emulator = try await IdentityEmulator(configuration: configuration).start()
/// // … point a client at emulator.connectionString …
/// await emulator.stop()
/// ```
public struct IdentityEmulator: Sendable {
    /// How this instance is set up.
    public let configuration: EmulatorConfiguration
    /// Its state (loaded from the state file, if any).
    public let store: EmulatorStore
    /// The api-versions it serves.
    public let catalog: VersionCatalog
    private let keys: [SymmetricKey]
    private let recorder = ExchangeRecorder()

    /// Errors in the configuration.
    public struct ConfigurationError: Error, CustomStringConvertible {
        /// What is wrong.
        public let description: String
    }

    /// Checks the configuration, reads the descriptions and loads the state file when there is one.
    public init(configuration: EmulatorConfiguration) throws {
        var keys: [SymmetricKey] = []
        for accessKey in configuration.accessKeys {
            guard let bytes = Data(base64Encoded: accessKey.trimmingCharacters(in: .whitespaces)), !bytes.isEmpty else {
                throw ConfigurationError(description: "An access key is not valid base64.")
            }
            keys.append(SymmetricKey(data: bytes))
        }
        guard let signingKey = keys.first else { throw ConfigurationError(description: "At least one access key is needed.") }
        self.configuration = configuration
        self.keys = keys
        self.catalog = try VersionCatalog(
            descriptionFiles: configuration.descriptionFiles, includeBuiltIn: configuration.servesBuiltInVersions)
        guard !catalog.apiVersions.isEmpty else {
            throw ConfigurationError(description: "No api-version to serve: give a description, or serve the built-in versions.")
        }
        self.store = try EmulatorStore(
            stateFile: configuration.stateFile.map(StateFile.init(url:)),
            issuer: AccessTokenIssuer(key: signingKey, resourceID: configuration.resourceID),
            clock: configuration.clock)
    }

    /// Serves until the task is cancelled or, when given, one of `shutdownSignals` arrives;
    /// `onRunning` gets the address once the socket is bound.
    public func run(
        shutdownSignals: [UnixSignal] = [], onRunning: @escaping @Sendable (EmulatorAddress) async -> Void = { _ in }
    ) async throws {
        try await serviceGroup(shutdownSignals: shutdownSignals, onRunning: onRunning).run()
    }

    /// Starts serving in the background and returns once the socket is bound (use port 0 for a free one).
    public func start() async throws -> RunningEmulator {
        let (addresses, continuation) = AsyncStream<EmulatorAddress>.makeStream()
        let group = try serviceGroup(shutdownSignals: []) { address in continuation.yield(address) }
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        var iterator = addresses.makeAsyncIterator()
        guard let address = await iterator.next() else {
            try await task.value
            throw ConfigurationError(description: "The emulator stopped before it was listening.")
        }
        return RunningEmulator(
            address: address, store: store, catalog: catalog, recorder: recorder, clock: configuration.clock,
            group: group, task: task)
    }

    /// The server as a service group, so it can be shut down gracefully (open connections finish first).
    private func serviceGroup(
        shutdownSignals: [UnixSignal], onRunning: @escaping @Sendable (EmulatorAddress) async -> Void
    ) throws -> ServiceGroup {
        let configuration = configuration
        let application = try EmulatorApplication.make(
            configuration: configuration, catalog: catalog, store: store, recorder: recorder, keys: keys
        ) { channel in
            let port = channel.localAddress?.port ?? configuration.port
            await onRunning(EmulatorAddress(configuration: configuration, port: port))
        }
        return ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application], gracefulShutdownSignals: shutdownSignals, logger: configuration.logger))
    }
}
