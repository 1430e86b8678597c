import Foundation
import Yams

/// `sdkgen.yaml` at the repository root: what `sdkgen generate` (no arguments) produces.
///
/// ```yaml
/// output: Generated          # one folder, one manifest, swapped in as a whole
/// templates: Templates
/// sdks:
///   - spec: Spec/CommunicationIdentity.yaml
///     module: AzureCommunicationIdentity
///     clientName: CommunicationIdentityClient
///     sdkName: communication-identity
///     sdkVersion: 1.0.0-beta.1
/// ```
/// Relative paths are relative to the folder holding the configuration file. Every SDK writes
/// `Sources/<module>/` and `Tests/<module>Tests/` inside `output`.
public struct GeneratorConfig: Codable, Sendable, Hashable {
    /// The output folder.
    public var output: String
    /// The templates folder; the templates built into sdkgen when absent.
    public var templates: String?
    /// The SDKs to generate, each from its own description.
    public var sdks: [SDKConfig]

    /// Creates a configuration.
    public init(output: String, templates: String? = nil, sdks: [SDKConfig]) {
        self.output = output
        self.templates = templates
        self.sdks = sdks
    }

    /// Reads the configuration at `path`, resolving its relative paths against its folder.
    public static func load(path: String) throws -> GeneratorConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(location: path, message: "cannot read the configuration file (expected sdkgen.yaml with output and sdks)")
        }
        var config: GeneratorConfig
        do {
            config = try YAMLDecoder().decode(GeneratorConfig.self, from: text)
        } catch let error as DecodingError {
            throw Diagnostic(location: path, message: "invalid configuration: \(Self.describe(error))")
        } catch {
            throw Diagnostic(location: path, message: "invalid configuration: \(error)")
        }
        guard !config.sdks.isEmpty else { throw Diagnostic(location: path, message: "invalid configuration: 'sdks' is empty") }
        let modules = config.sdks.map(\.module)
        if let duplicate = modules.first(where: { module in modules.filter { $0 == module }.count > 1 }) {
            throw Diagnostic(location: path, message: "invalid configuration: module '\(duplicate)' appears twice in 'sdks'")
        }
        let base = (path as NSString).deletingLastPathComponent
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") || base.isEmpty ? relative : (base as NSString).appendingPathComponent(relative)
        }
        config.output = resolve(config.output)
        config.templates = config.templates.map(resolve)
        for index in config.sdks.indices { config.sdks[index].spec = resolve(config.sdks[index].spec) }
        return config
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "missing key '\(path)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)': \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// One SDK of the configuration.
public struct SDKConfig: Codable, Sendable, Hashable {
    /// The API description.
    public var spec: String
    /// The generated module's name.
    public var module: String
    /// The client type's name; derived from the description's title when absent.
    public var clientName: String?
    /// Name in `User-Agent`.
    public var sdkName: String
    /// The SDK's version.
    public var sdkVersion: String
    /// Swift names kept when upstream renames operations or schemas (`sdkgen diff` suggests them).
    public var names: PinnedNames?
    /// End-to-end tests against an emulator, including one that runs the README's usage example.
    public var endToEnd: EndToEndSettings?
    /// Authentication the description does not declare.
    public var authentication: AuthenticationSettings?
    /// Request bodies with at most this many writable properties also get a method taking them as arguments
    /// (default 2; 0 keeps only `x-ms-client-flatten` ones).
    public var flattenBodiesUpTo: Int?

    /// Creates an SDK entry.
    public init(
        spec: String, module: String, clientName: String? = nil, sdkName: String, sdkVersion: String, names: PinnedNames? = nil,
        endToEnd: EndToEndSettings? = nil, authentication: AuthenticationSettings? = nil
    ) {
        self.spec = spec
        self.module = module
        self.clientName = clientName
        self.sdkName = sdkName
        self.sdkVersion = sdkVersion
        self.names = names
        self.endToEnd = endToEnd
        self.authentication = authentication
    }
}

/// ```yaml
/// authentication:
///   accessKey: true                                        # ACS HMAC access keys, connection strings
///   tokenScopes: ["https://communication.azure.com//.default"]   # scopes of bearer tokens
///   exampleEndpoint: https://my-resource.communication.azure.com
/// ```
/// Adds to what the description's `securityDefinitions` / `securitySchemes` declare: ACS services accept HMAC
/// access keys though their descriptions name only Entra ID, whose OAuth2 scopes (`user_impersonation`) are not
/// token scopes.
public struct AuthenticationSettings: Codable, Sendable, Hashable {
    /// Accept ACS HMAC access keys: `init(connectionString:)` and `init(endpoint:accessKey:)`.
    public var accessKey: Bool?
    /// Scopes for bearer tokens; setting them also offers `init(endpoint:tokenCredential:scopes:)`.
    public var tokenScopes: [String]?
    /// The endpoint shown in doc comments and used by generated tests.
    public var exampleEndpoint: String?

    /// Creates the settings.
    public init(accessKey: Bool? = nil, tokenScopes: [String]? = nil, exampleEndpoint: String? = nil) {
        self.accessKey = accessKey
        self.tokenScopes = tokenScopes
        self.exampleEndpoint = exampleEndpoint
    }
}

/// ```yaml
/// endToEnd:
///   emulatorModule: IdentityEmulator   # serves the SDK's description; the tests prepare calls with it
/// ```
/// Generates `Tests/<Module>EndToEndTests/` (every operation over a real socket: a prepared call that must
/// succeed, a wrong key, an unserved api-version) and `Docs/<Module>/README.md`, whose example a test runs.
/// The emulator module must offer `IdentityEmulator`, `EmulatorConfiguration` (with `descriptionFiles` and
/// `defaultAccessKey`), `RunningEmulator.prepareCall` and `recordedExchanges()`, and answer in the ACS error shape
/// (`InvalidAccessToken` for a wrong key, `UnsupportedApiVersion`); the package declares the test target that
/// depends on it.
public struct EndToEndSettings: Codable, Sendable, Hashable {
    /// The Swift module of the emulator.
    public var emulatorModule: String

    /// Creates the settings.
    public init(emulatorModule: String) {
        self.emulatorModule = emulatorModule
    }
}

/// ```yaml
/// names:
///   operations: {IdentityOperations_Create: CommunicationIdentity_Create}   # new id: id whose Swift names to keep
///   types: {IdentityModel: CommunicationIdentity}                          # schema: Swift type name
///   groups: {EntraIdAssignment: EntraAssignments}                          # group: the group to use instead
///   onClient: [Default]                                                    # groups whose methods are the client's
/// ```
public struct PinnedNames: Codable, Sendable, Hashable {
    /// operationId → the operationId whose Swift group and method names to keep.
    public var operations: [String: String]?
    /// Operation group → the group to put its operations in (`{EntraIdAssignment: EntraAssignments}`).
    public var groups: [String: String]?
    /// Groups whose operations become methods of the client itself (`[Default]`), after renaming and merging.
    public var onClient: [String]?
    /// Schema name → Swift type name.
    public var types: [String: String]?

    /// Creates pinned names.
    public init(
        operations: [String: String]? = nil, types: [String: String]? = nil, groups: [String: String]? = nil, onClient: [String]? = nil
    ) {
        self.operations = operations
        self.types = types
        self.groups = groups
        self.onClient = onClient
    }
}
