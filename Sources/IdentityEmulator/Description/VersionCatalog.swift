import Foundation
import SDKGenIR
import SDKGenReader

/// The api-versions the emulator serves: the built-in ones, replaced or joined by those of the descriptions it is given.
public struct VersionCatalog: Sendable {
    /// Every version served, sorted by `api-version`.
    let versions: [ServedVersion]

    /// The versions clients send out of the box: the three published stable ones (the five identity and token
    /// operations; the official Python SDK 1.5.0 sends `2023-10-01`) and `2025-03-02-preview` (all sixteen).
    /// They carry no shapes: bodies are read and written as the newest version has them.
    static let builtIn: [ServedVersion] = {
        let identity: [KnownOperation] = [
            .createIdentity, .deleteIdentity, .revokeAccessTokens, .exchangeTeamsUserToken, .issueAccessToken,
        ]
        return [
            ServedVersion(builtIn: "2022-10-01", operations: identity),
            // 2023-08-01 declares Repeatability-Request-ID / -First-Sent on all five; 2023-10-01 dropped them again.
            ServedVersion(builtIn: "2023-08-01", operations: identity, repeatable: Set(identity)),
            ServedVersion(builtIn: "2023-10-01", operations: identity),
            ServedVersion(builtIn: "2025-03-02-preview", operations: KnownOperation.allCases),
        ]
    }()

    /// The built-in versions, then each description's version in turn (a description replaces a version of the same name).
    init(builtIn: [ServedVersion] = VersionCatalog.builtIn, descriptions: [ServedVersion]) {
        var byVersion: [String: ServedVersion] = [:]
        for version in builtIn + descriptions { byVersion[version.apiVersion] = version }
        self.versions = byVersion.values.sorted { $0.apiVersion < $1.apiVersion }
    }

    /// Reads each description (Swagger 2.0 or OpenAPI 3.x, JSON or YAML) and serves its api-version beside the built-in ones.
    public init(descriptionFiles: [String], includeBuiltIn: Bool = true) throws {
        var read: [ServedVersion] = []
        for path in descriptionFiles {
            let api: APIDescription
            do {
                api = try SpecReader.read(path: path).api
            } catch {
                throw IdentityEmulator.ConfigurationError(description: "Cannot serve the description \(path): \(error)")
            }
            guard !api.apiVersion.isEmpty else {
                throw IdentityEmulator.ConfigurationError(description: "The description \(path) has no info.version (its api-version).")
            }
            read.append(ServedVersion(api: api, source: path))
        }
        self.init(builtIn: includeBuiltIn ? VersionCatalog.builtIn : [], descriptions: read)
    }

    /// The served `api-version` values, oldest first.
    public var apiVersions: [String] { versions.map(\.apiVersion) }

    /// The version called `apiVersion`, if served.
    func version(_ apiVersion: String) -> ServedVersion? {
        versions.first { $0.apiVersion == apiVersion }
    }

    /// Whether any served version has an operation at `path`.
    func anyVersionHasPath(_ path: String) -> Bool {
        versions.contains { $0.hasPath(path) }
    }

    /// Whether any served version has an operation for `method` at `path`.
    func anyVersionHasOperation(method: String, path: String) -> Bool {
        versions.contains { $0.operation(method: method, path: path) != nil }
    }

    /// The `api-supported-versions` header value, as ASP.NET API versioning writes it.
    var headerValue: String { apiVersions.joined(separator: ", ") }
}
