import Foundation
import Logging

/// Everything that shapes one emulator instance: where it listens, which keys it accepts,
/// what it persists and which faults it injects.
public struct EmulatorConfiguration: Sendable {
    /// The fixed test access key used when none is given (base64 of `identity-emulator-test-key-00000`).
    /// It is public on purpose: the emulator is for local tests, never for secrets.
    public static let defaultAccessKey = "aWRlbnRpdHktZW11bGF0b3ItdGVzdC1rZXktMDAwMDA="

    /// The resource id used in identity ids (`8:acs:<resource id>_<guid>`) when none is given.
    public static let defaultResourceID = "e1a7e000-0000-4000-8000-000000000001"

    /// The address to bind; loopback by default so the emulator is never reachable from outside.
    public var host: String = "127.0.0.1"
    /// The port to bind; 0 picks a free one (read it back from `RunningEmulator.port`).
    public var port: Int = 8080
    /// Base64 access keys accepted for HMAC-SHA256 signing, like the resource's primary and secondary
    /// keys; the first one also signs the access tokens the emulator issues.
    public var accessKeys: [String] = [EmulatorConfiguration.defaultAccessKey]
    /// The Communication Services resource id that identity ids carry.
    public var resourceID: String = EmulatorConfiguration.defaultResourceID
    /// Which `Authorization: Bearer` tokens are accepted.
    public var bearerTokens: BearerTokenPolicy = .rejected
    /// The largest page `EntraIdAssignments_List` returns; a client's `maxpagesize` may ask for less.
    public var pageSize: Int = 100
    /// Faults injected before requests are handled, for testing retries for real.
    public var faults: FaultInjection = FaultInjection()
    /// A JSON file that keeps the state across restarts; nil keeps it in memory only.
    public var stateFile: URL?
    /// PEM certificate and key to serve HTTPS; nil serves plain HTTP.
    public var tls: TLSFiles?
    /// API descriptions (Swagger 2.0 or OpenAPI 3.x, JSON or YAML) whose api-versions are served too, each with
    /// its operation set and shapes; one with the api-version of a built-in version replaces it.
    public var descriptionFiles: [String] = []
    /// Whether the built-in versions (`2022-10-01`, `2023-08-01`, `2023-10-01`, `2025-03-02-preview`) are served.
    public var servesBuiltInVersions: Bool = true
    /// The service's clock; tests pin it to check signatures made at a fixed instant.
    public var clock: @Sendable () -> Date = { Date() }
    /// The logger for the server and, at `logRequests` level, one line per request.
    public var logger: Logger = {
        var logger = Logger(label: "identity-emulator")
        logger.logLevel = .notice
        return logger
    }()

    /// Creates the default configuration: loopback, port 8080, the default key, no faults, in memory.
    public init() {}
}
