import Foundation
import ServiceLifecycle

/// An emulator serving in the background, started by `IdentityEmulator.start()`; call `stop()` when done.
public struct RunningEmulator: Sendable {
    /// Where it listens.
    public let address: EmulatorAddress
    /// Its state, for checks and seeding.
    public let store: EmulatorStore
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    init(address: EmulatorAddress, store: EmulatorStore, group: ServiceGroup, task: Task<Void, any Error>) {
        self.address = address
        self.store = store
        self.group = group
        self.task = task
    }

    /// The bound port.
    public var port: Int { address.port }
    /// The endpoint URL.
    public var endpoint: URL { address.endpoint }
    /// A connection string with the first access key.
    public var connectionString: String { address.connectionString }

    /// Stops serving: closes the listening socket, lets requests in flight finish, closes the
    /// connections and waits until all that is done.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}
