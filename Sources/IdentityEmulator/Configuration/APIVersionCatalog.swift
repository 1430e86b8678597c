/// The api-versions the emulator answers, and which of them have the access (Teams Phone and Entra) operations.
///
/// The published stable versions have only the five identity and token operations; the
/// `/access/...` operations arrived with `2025-03-02-preview`.
public struct APIVersionCatalog: Sendable, Hashable {
    /// Every version served, in the order `api-supported-versions` lists them.
    public var versions: [String]
    /// The versions that also serve the `/access/...` operations.
    public var accessOperationVersions: Set<String>

    /// The published Identity versions: three stable ones and `2025-03-02-preview`.
    public init(
        versions: [String] = ["2022-10-01", "2023-08-01", "2023-10-01", "2025-03-02-preview"],
        accessOperationVersions: Set<String> = ["2025-03-02-preview"]
    ) {
        self.versions = versions
        self.accessOperationVersions = accessOperationVersions
    }

    /// Whether `version` is served for a request to `path`.
    func serves(_ version: String, path: String) -> Bool {
        guard versions.contains(version) else { return false }
        return !path.hasPrefix("/access/") || accessOperationVersions.contains(version)
    }

    /// The `api-supported-versions` header value, as ASP.NET API versioning writes it.
    var headerValue: String { versions.joined(separator: ", ") }
}
