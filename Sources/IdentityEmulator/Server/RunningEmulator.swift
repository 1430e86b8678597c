import Foundation
import ServiceLifecycle

/// An emulator serving in the background, started by `IdentityEmulator.start()`; call `stop()` when done.
public struct RunningEmulator: Sendable {
    /// Where it listens.
    public let address: EmulatorAddress
    /// Its state, for checks and seeding.
    public let store: EmulatorStore
    /// The api-versions it serves.
    public let catalog: VersionCatalog
    private let recorder: ExchangeRecorder
    private let clock: @Sendable () -> Date
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    init(
        address: EmulatorAddress, store: EmulatorStore, catalog: VersionCatalog, recorder: ExchangeRecorder,
        clock: @escaping @Sendable () -> Date, group: ServiceGroup, task: Task<Void, any Error>
    ) {
        self.address = address
        self.store = store
        self.catalog = catalog
        self.recorder = recorder
        self.clock = clock
        self.group = group
        self.task = task
    }

    /// The bound port.
    public var port: Int { address.port }
    /// The endpoint URL.
    public var endpoint: URL { address.endpoint }
    /// A connection string with the first access key.
    public var connectionString: String { address.connectionString }

    /// Thrown by `prepareCall` for an operation the emulator does not serve.
    public struct PreparationError: Error, CustomStringConvertible {
        /// What is wrong.
        public let description: String
    }

    /// Values for a call of `operationID` in `apiVersion` that will meet `outcome`: by default success, with the
    /// state it needs created; `.notFound` names a resource that does not exist.
    public func prepareCall(operationID: String, apiVersion: String, outcome: CallOutcome = .success) async throws -> PreparedCall {
        guard let version = catalog.version(apiVersion) else {
            throw PreparationError(description: "api-version \(apiVersion) is not served (served: \(catalog.apiVersions.joined(separator: ", ")))")
        }
        guard let operation = version.operation(id: operationID) else {
            throw PreparationError(description: "api-version \(apiVersion) (\(version.source)) has no operation \(operationID)")
        }
        return try await CallPreparation(store: store, clock: clock).prepare(operation, in: version, outcome: outcome)
    }

    /// The requests an operation answered so far (the last 256), oldest first: what clients sent and what the
    /// emulator answered. Refusals (authentication, api-version, validation, errors of the semantics) are not kept.
    public func recordedExchanges() async -> [RecordedExchange] {
        await recorder.all()
    }

    /// Stops serving: closes the listening socket, lets requests in flight finish, closes the
    /// connections and waits until all that is done.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}
