import ArgumentParser
import Foundation
import IdentityEmulator
import Logging

/// `identity-emulator`: serves the Identity API on loopback and prints a connection string to use.
@main
struct IdentityEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "identity-emulator",
        abstract: "A local Azure Communication Services Identity emulator, serving built-in api-versions and those of --spec descriptions.",
        discussion: "Prints a connection string on start; stop it with Ctrl-C.")

    @Option(help: "Address to bind (keep it on loopback).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(name: .customLong("access-key"), help: "Base64 access key accepted for HMAC signing; repeat for a secondary key. Default: the documented test key.")
    var accessKeys: [String] = []

    @Option(name: .customLong("resource-id"), help: "Resource id used in identity ids (8:acs:<resource-id>_<guid>).")
    var resourceID = EmulatorConfiguration.defaultResourceID

    @Option(help: "JSON file that keeps the state across restarts (written atomically).")
    var state: String?

    @Option(name: .customLong("tls-cert"), help: "PEM certificate: serve HTTPS (needs --tls-key).")
    var tlsCert: String?

    @Option(name: .customLong("tls-key"), help: "PEM private key for --tls-cert.")
    var tlsKey: String?

    @Option(name: .customLong("page-size"), help: "Largest page of Entra assignments a list returns.")
    var pageSize = 100

    @Flag(name: .customLong("accept-bearer-tokens"), help: "Accept any unexpired JWT as a Microsoft Entra ID bearer token (claims read, signature not checked).")
    var acceptBearerTokens = false

    @Option(name: .customLong("bearer-token"), help: "Accept exactly this bearer token; repeatable.")
    var bearerTokens: [String] = []

    @Option(name: .customLong("fail-first"), help: "Answer the first N requests (after dropped ones) with 503 and Retry-After.")
    var failFirst = 0

    @Option(name: .customLong("retry-after"), help: "Seconds the injected 503s ask clients to wait (fractions allowed).")
    var retryAfter = 1.0

    @Option(name: .customLong("latency-ms"), help: "Milliseconds added before every answer.")
    var latencyMilliseconds = 0

    @Option(name: .customLong("drop-first"), help: "Close the connection of the first N requests without answering.")
    var dropFirst = 0

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @Option(name: .customLong("spec"), help: "API description (JSON or YAML) whose api-version to serve too, with its operations and shapes; repeatable.")
    var specs: [String] = []

    @Flag(name: .customLong("no-built-in-versions"), help: "Serve only the api-versions of the --spec descriptions.")
    var noBuiltInVersions = false

    func validate() throws {
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together.") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be within 0…65535.") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("Unknown --log-level \(logLevel).") }
        guard failFirst >= 0, dropFirst >= 0, latencyMilliseconds >= 0, retryAfter >= 0, pageSize > 0 else {
            throw ValidationError("Counts, delays and --page-size cannot be negative.")
        }
    }

    func run() async throws {
        let emulator = try IdentityEmulator(configuration: makeConfiguration())
        try await emulator.run(shutdownSignals: [.sigint, .sigterm]) { address in
            let scheme = address.endpoint.scheme ?? "http"
            Self.printNow("""
                Identity emulator listening on \(address.endpoint.absoluteString) (\(scheme.uppercased()))
                api-versions: \(emulator.catalog.apiVersions.joined(separator: ", "))
                Connection string:
                \(address.connectionString)
                """)
        }
    }

    /// The library configuration the options describe.
    func makeConfiguration() -> EmulatorConfiguration {
        var configuration = EmulatorConfiguration()
        configuration.host = host
        configuration.port = port
        if !accessKeys.isEmpty { configuration.accessKeys = accessKeys }
        configuration.resourceID = resourceID
        configuration.stateFile = state.map { URL(fileURLWithPath: $0) }
        if let tlsCert, let tlsKey { configuration.tls = TLSFiles(certificatePath: tlsCert, privateKeyPath: tlsKey) }
        configuration.pageSize = pageSize
        configuration.descriptionFiles = specs
        configuration.servesBuiltInVersions = !noBuiltInVersions
        if acceptBearerTokens {
            configuration.bearerTokens = .anyJWT
        } else if !bearerTokens.isEmpty {
            configuration.bearerTokens = .exactly(Set(bearerTokens))
        }
        configuration.faults = FaultInjection(
            failFirst: failFirst, retryAfter: .milliseconds(Int64(retryAfter * 1000)),
            latency: .milliseconds(latencyMilliseconds), dropFirst: dropFirst)
        configuration.logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        return configuration
    }

    /// Writes straight to stdout, so the connection string shows at once even when piped.
    static func printNow(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
