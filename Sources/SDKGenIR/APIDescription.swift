/// The whole API as the generator understands it, independent of the input format.
///
/// Every collection keeps a deterministic order: operations in document order
/// (paths, then methods as written), schemas sorted by name. Two reads of the same
/// input therefore give equal values and byte-identical JSON.
public struct APIDescription: Codable, Sendable, Hashable {
    /// `info.title`, e.g. `CommunicationIdentityClient`.
    public var title: String
    /// `info.description`, if any.
    public var summary: String?
    /// The api-version (`info.version`) the description is for.
    public var apiVersion: String
    /// How the client reaches the service (`x-ms-parameterized-host`, `host`, or `servers`).
    public var host: HostTemplate
    /// The operations, in document order.
    public var operations: [Operation]
    /// Named schemas (models and enums), sorted by `name`.
    public var schemas: [Schema]
    /// Authentication schemes the description declares, sorted by name.
    public var securitySchemes: [SecurityScheme]

    /// Creates a description.
    public init(
        title: String, summary: String?, apiVersion: String, host: HostTemplate,
        operations: [Operation], schemas: [Schema], securitySchemes: [SecurityScheme]
    ) {
        self.title = title
        self.summary = summary
        self.apiVersion = apiVersion
        self.host = host
        self.operations = operations
        self.schemas = schemas.sorted { $0.name < $1.name }  // the documented order; `schema(named:)` relies on it
        self.securitySchemes = securitySchemes
    }

    /// The named schema called `name`, if there is one.
    public func schema(named name: String) -> Schema? {
        // `schemas` is sorted by name, so a binary search finds it.
        var low = 0, high = schemas.count
        while low < high {
            let middle = (low + high) / 2
            if schemas[middle].name < name { low = middle + 1 } else { high = middle }
        }
        return low < schemas.count && schemas[low].name == name ? schemas[low] : nil
    }
}

/// The endpoint of the service: a URL template and its parameters.
public struct HostTemplate: Codable, Sendable, Hashable {
    /// A template such as `{endpoint}` or `https://{account}.example.com/v1`.
    public var template: String
    /// Parameters that fill the template; the client takes them at construction.
    public var parameters: [Parameter]
    /// Whether the template gets a scheme prefix (`x-ms-parameterized-host.useSchemePrefix`).
    public var useSchemePrefix: Bool
    /// The base path appended after the host (Swagger `basePath`, or the path part of a server URL).
    public var basePath: String

    /// Creates a host template.
    public init(template: String, parameters: [Parameter], useSchemePrefix: Bool, basePath: String) {
        self.template = template
        self.parameters = parameters
        self.useSchemePrefix = useSchemePrefix
        self.basePath = basePath
    }
}

/// An authentication scheme from `securityDefinitions` / `components.securitySchemes`.
public struct SecurityScheme: Codable, Sendable, Hashable {
    /// The key in the description, e.g. `azure_auth`.
    public var name: String
    /// `oauth2`, `apiKey`, `http`, …
    public var type: String
    /// Free text from the description.
    public var summary: String?
    /// OAuth2 scopes, sorted.
    public var scopes: [String]
    /// `apiKey` schemes: where the key goes (`header`, `query`, `cookie`); `http` schemes: the scheme (`bearer`).
    public var keyPlacement: String?
    /// `apiKey` schemes: the header or query parameter carrying the key.
    public var parameterName: String?
    /// Where the scheme is defined, e.g. `Spec/api.yaml#/securityDefinitions/azure_auth`.
    public var location: String

    /// Creates a security scheme.
    public init(
        name: String, type: String, summary: String?, scopes: [String], keyPlacement: String? = nil, parameterName: String? = nil,
        location: String = ""
    ) {
        self.name = name
        self.type = type
        self.summary = summary
        self.scopes = scopes
        self.keyPlacement = keyPlacement
        self.parameterName = parameterName
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case name, type, summary, scopes, keyPlacement, parameterName, location
    }

    /// Decodes a scheme; snapshots written before `location` existed still read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(String.self, forKey: .type)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        scopes = try container.decode([String].self, forKey: .scopes)
        keyPlacement = try container.decodeIfPresent(String.self, forKey: .keyPlacement)
        parameterName = try container.decodeIfPresent(String.self, forKey: .parameterName)
        location = try container.decodeIfPresent(String.self, forKey: .location) ?? ""
    }
}
