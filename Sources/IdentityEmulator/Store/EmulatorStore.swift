import Crypto
import Foundation

/// The emulator's state: identities, their token revocations, and the access assignments.
///
/// An actor, so concurrent requests see each change whole; with a state file, every change is
/// saved before its answer is sent.
public actor EmulatorStore {
    /// Everything that is persisted.
    var snapshot: EmulatorSnapshot
    /// Identity ids by custom id, so the same custom id gives back the same identity.
    var identitiesByCustomID: [String: String]
    /// Where to save, if anywhere.
    let stateFile: StateFile?
    /// Signs and reads access tokens.
    let issuer: AccessTokenIssuer
    /// The resource id identity ids carry.
    let resourceID: String
    /// The service's clock.
    let clock: @Sendable () -> Date
    /// Bearer tokens made by `RunningEmulator.prepareCall`, accepted whatever the bearer token policy; never persisted.
    var preparedBearerTokens: Set<String> = []
    /// Operations without semantics and path values `prepareCall(outcome: .notFound)` declared missing; never persisted.
    var missingResources: Set<String> = []

    /// Creates the store, loading `stateFile` when it exists.
    init(stateFile: StateFile?, issuer: AccessTokenIssuer, clock: @escaping @Sendable () -> Date) throws {
        let loaded = try stateFile?.load() ?? EmulatorSnapshot()
        self.snapshot = loaded
        self.identitiesByCustomID = Dictionary(
            loaded.identities.values.compactMap { record in record.customId.map { ($0, record.id) } },
            uniquingKeysWith: { first, _ in first })
        self.stateFile = stateFile
        self.issuer = issuer
        self.resourceID = issuer.resourceID
        self.clock = clock
    }

    /// Whether `token` was made by `RunningEmulator.prepareCall`.
    func isPreparedBearerToken(_ token: String) -> Bool {
        preparedBearerTokens.contains(token)
    }

    /// Accepts `token` as a bearer token from now on.
    func acceptPreparedBearerToken(_ token: String) {
        preparedBearerTokens.insert(token)
    }

    /// Declares a resource of an operation without semantics missing (`MissingResourceKey`).
    func markMissing(_ key: String) {
        missingResources.insert(key)
    }

    /// Whether `prepareCall(outcome: .notFound)` declared this resource missing.
    func isMarkedMissing(_ key: String) -> Bool {
        missingResources.contains(key)
    }

    /// Saves the state after a change, when a state file is configured.
    func persist() throws {
        try stateFile?.save(snapshot)
    }
}
