import AzureSDKRuntime
import Foundation
import IdentityEmulator

/// Starts an emulator on a free loopback port for one test, hands it and a `WireClient` signing
/// with its connection string to the test, and always stops it afterwards.
enum EmulatorHarness {
    /// Retries fast enough that tests against injected faults take milliseconds.
    static let fastRetries = RetryOptions(maxRetries: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20))

    /// A configuration for tests: loopback, port 0, quiet logs.
    static func configuration(_ adjust: (inout EmulatorConfiguration) -> Void = { _ in }) -> EmulatorConfiguration {
        var configuration = EmulatorConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.logger.logLevel = .error
        adjust(&configuration)
        return configuration
    }

    /// Runs `body` against a fresh emulator and a wire client made from its connection string.
    static func withEmulator<T: Sendable>(
        _ adjust: (inout EmulatorConfiguration) -> Void = { _ in },
        options: ClientOptions = ClientOptions(retry: fastRetries),
        _ body: (RunningEmulator, WireClient) async throws -> T
    ) async throws -> T {
        let emulator = try await IdentityEmulator(configuration: configuration(adjust)).start()
        do {
            let wire = try WireClient(connectionString: emulator.connectionString, options: options)
            let result = try await body(emulator, wire)
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Runs `body` against a fresh emulator that also serves the description `file`, with a client for its
    /// `apiVersion` and the emulator's log (at `info`) going to `log`.
    static func withDescription<T: Sendable>(
        _ file: String, apiVersion: String, log: CapturedLog = CapturedLog(),
        _ body: (RunningEmulator, WireClient) async throws -> T
    ) async throws -> T {
        try await withEmulator({
            $0.descriptionFiles = [file]
            $0.logger = log.logger()
        }) { emulator, wire in
            try await body(emulator, wire.withAPIVersion(apiVersion))
        }
    }
}
