/// What the emitter needs besides the IR.
public struct EmitterOptions: Sendable, Hashable {
    /// The Swift module to generate, e.g. `AzureCommunicationIdentity`.
    public var moduleName: String
    /// The client type's name; nil derives it from the description's title.
    public var clientName: String?
    /// Name in `User-Agent`, e.g. `communication-identity`.
    public var sdkName: String
    /// The SDK's version, e.g. `1.0.0`.
    public var sdkVersion: String
    /// Emit `Package.swift` (a standalone package) depending on this runtime.
    public var package: PackageOptions?
    /// Swift names kept across upstream renames: operationId → the operationId whose Swift
    /// group and method names to use (e.g. `IdentityOperations_Create` → `CommunicationIdentity_Create`).
    public var pinnedOperationIDs: [String: String]
    /// Schema name → the Swift type name to use.
    public var pinnedTypeNames: [String: String]
    /// Operation group (the `operationId` prefix) → the group to put its operations in (named after it).
    public var groupNames: [String: String]
    /// Groups (after renaming and merging) whose operations are methods of the client itself, not of a property.
    public var groupsOnClient: Set<String>
    /// Request bodies with at most this many writable properties also get a method taking them as arguments
    /// (autorest's `payload-flattening-threshold`); 0 turns it off except for `x-ms-client-flatten`.
    public var flattenThreshold: Int
    /// End-to-end tests against an emulator, and a test running the usage example; nil emits neither (the example
    /// is then only compiled with the generated tests).
    public var endToEnd: EndToEndOptions?
    /// What the description does not say about authentication.
    public var authentication: AuthenticationOptions

    /// Creates options.
    public init(
        moduleName: String, clientName: String? = nil, sdkName: String, sdkVersion: String, package: PackageOptions? = nil,
        pinnedOperationIDs: [String: String] = [:], pinnedTypeNames: [String: String] = [:], endToEnd: EndToEndOptions? = nil,
        authentication: AuthenticationOptions = AuthenticationOptions(), groupNames: [String: String] = [:],
        flattenThreshold: Int = 2, groupsOnClient: Set<String> = []
    ) {
        self.moduleName = moduleName
        self.clientName = clientName
        self.sdkName = sdkName
        self.sdkVersion = sdkVersion
        self.package = package
        self.pinnedOperationIDs = pinnedOperationIDs
        self.pinnedTypeNames = pinnedTypeNames
        self.endToEnd = endToEnd
        self.authentication = authentication
        self.groupNames = groupNames
        self.flattenThreshold = flattenThreshold
        self.groupsOnClient = groupsOnClient
    }
}

/// Authentication a service accepts beyond its description's `securityDefinitions` / `securitySchemes`.
public struct AuthenticationOptions: Sendable, Hashable {
    /// Azure Communication Services HMAC-SHA256 signing with the resource's access key (connection strings), which
    /// ACS services accept though their descriptions declare only Entra ID.
    public var accessKey: Bool
    /// Scopes for bearer tokens (Entra ID), e.g. `https://communication.azure.com//.default`; nil takes the
    /// description's OAuth2 scopes that are URLs, and without any the caller passes them.
    public var tokenScopes: [String]?
    /// The endpoint shown in doc comments and used by generated tests; nil takes the first URL in the endpoint
    /// parameter's description, or the description's fixed host.
    public var exampleEndpoint: String?

    /// Creates options.
    public init(accessKey: Bool = false, tokenScopes: [String]? = nil, exampleEndpoint: String? = nil) {
        self.accessKey = accessKey
        self.tokenScopes = tokenScopes
        self.exampleEndpoint = exampleEndpoint
    }
}

/// Where generated end-to-end tests find the service they run against.
public struct EndToEndOptions: Sendable, Hashable {
    /// The Swift module of the emulator (it serves descriptions and prepares calls), e.g. `IdentityEmulator`.
    public var emulatorModule: String
    /// The description the SDK is generated from, relative to `Tests/<Module>EndToEndTests/` in the output:
    /// the tests start the emulator with it, so it serves exactly this api-version and its shapes.
    public var descriptionPath: String

    /// Creates end-to-end options.
    public init(emulatorModule: String, descriptionPath: String) {
        self.emulatorModule = emulatorModule
        self.descriptionPath = descriptionPath
    }
}

/// Where a standalone package finds the runtime library.
public struct PackageOptions: Sendable, Hashable {
    /// A local path or a git URL.
    public var runtimeLocation: String
    /// Whether `runtimeLocation` is a path (else a URL).
    public var runtimeIsPath: Bool
    /// The minimum version for a URL dependency; later patch releases of the same minor version are accepted.
    public var runtimeVersion: String
    /// Where the generated package itself will be published (its README's install line); nil shows a placeholder.
    public var repositoryURL: String?
    /// The name SwiftPM gives the runtime package in `.product(name:package:)`: a URL dependency is named after its
    /// repository, a path dependency after its folder (lower-cased either way).
    public var runtimeIdentity: String

    /// Creates package options; `runtimeIdentity` defaults to the last component of `runtimeLocation` (give the
    /// folder's own name when the path ends in `..`).
    public init(
        runtimeLocation: String, runtimeIsPath: Bool, runtimeVersion: String, repositoryURL: String? = nil,
        runtimeIdentity: String? = nil
    ) {
        self.runtimeLocation = runtimeLocation
        self.runtimeIsPath = runtimeIsPath
        self.runtimeVersion = runtimeVersion
        self.repositoryURL = repositoryURL
        self.runtimeIdentity = runtimeIdentity?.lowercased() ?? Self.identity(of: runtimeLocation, isPath: runtimeIsPath)
    }

    /// Where the runtime (this repository's `Runtime/` folder) is published, and the release this sdkgen generates
    /// code for: the default of a standalone package. The runtime and sdkgen are released together with one version
    /// (docs/RELEASING.md).
    public static let publishedRuntime = PackageOptions(
        runtimeLocation: "https://github.com/sdkgen-swift/swift-azure-sdk-runtime.git", runtimeIsPath: false,
        runtimeVersion: "0.11.0")

    /// SwiftPM's name for a package at `location`: the last path component, without `.git` for a URL, lower-cased.
    public static func identity(of location: String, isPath: Bool) -> String {
        var last = location
        while last.hasSuffix("/") { last.removeLast() }
        last = String(last.split(separator: "/").last ?? "")
        if !isPath, last.hasSuffix(".git") { last.removeLast(4) }
        return last.lowercased()
    }
}
