/// Where a parameter travels.
public enum ParameterLocation: String, Codable, Sendable, Hashable {
    /// Substituted into the path template.
    case path
    /// Added to the query string.
    case query
    /// Sent as a request header.
    case header
    /// Part of the host template (`x-ms-parameterized-host`, server variables).
    case host
}

/// How an array parameter's elements are put on the wire (Swagger 2.0 `collectionFormat`).
public enum CollectionFormat: String, Codable, Sendable, Hashable {
    /// Comma-separated: `a,b`.
    case csv
    /// Space-separated: `a b`.
    case ssv
    /// Tab-separated.
    case tsv
    /// Pipe-separated: `a|b`.
    case pipes
    /// The parameter repeated once per element: `name=a&name=b` (query only).
    case multi
}

/// A path, query, header or host parameter.
public struct Parameter: Codable, Sendable, Hashable {
    /// The name on the wire, e.g. `api-version`.
    public var name: String
    /// `x-ms-client-name`, when the description renames it for SDKs.
    public var clientName: String?
    /// Where it goes.
    public var location: ParameterLocation
    /// Whether the caller must give it.
    public var isRequired: Bool
    /// Its type.
    public var type: TypeReference
    /// Its description.
    public var description: String?
    /// `x-ms-parameter-location: client` (or `api-version`): set once on the client, not per call.
    public var isClientParameter: Bool
    /// `x-ms-skip-url-encoding`: inserted into the path as given.
    public var skipsURLEncoding: Bool
    /// The default value, if declared.
    public var defaultValue: JSONValue?
    /// Value constraints.
    public var constraints: Constraints
    /// A fixed value (`defaultValue`) the caller cannot change, e.g. the query part of an `x-ms-paths` key.
    public var isConstant: Bool
    /// How an array value is written (`collectionFormat`, or OpenAPI 3 `style`/`explode`); nil for other types.
    public var collectionFormat: CollectionFormat?
    /// `x-ms-client-default`: the value the client sends when the caller gives none (the service's own default,
    /// `defaultValue`, may differ).
    public var clientDefaultValue: JSONValue?
    /// `x-ms-client-request-id: true`: the header carries the call's client request id, which the pipeline fills.
    @DefaultFalse public var isClientRequestID: Bool
    /// `x-ms-header-collection-prefix` (e.g. `x-ms-meta-`): a map of headers, one `prefix + key` per entry.
    public var headerCollectionPrefix: String?
    /// `x-ms-parameter-grouping`: the parameter is a member of a struct argument.
    public var grouping: ParameterGrouping?
    /// `x-ms-odata`: the model an OData `$filter` refers to (documentation only).
    public var odataModel: String?

    /// Creates a parameter.
    public init(
        name: String, clientName: String?, location: ParameterLocation, isRequired: Bool,
        type: TypeReference, description: String?, isClientParameter: Bool,
        skipsURLEncoding: Bool, defaultValue: JSONValue?, constraints: Constraints, isConstant: Bool,
        collectionFormat: CollectionFormat? = nil, clientDefaultValue: JSONValue? = nil, isClientRequestID: Bool = false,
        headerCollectionPrefix: String? = nil, grouping: ParameterGrouping? = nil, odataModel: String? = nil
    ) {
        self.name = name
        self.clientName = clientName
        self.location = location
        self.isRequired = isRequired
        self.type = type
        self.description = description
        self.isClientParameter = isClientParameter
        self.skipsURLEncoding = skipsURLEncoding
        self.defaultValue = defaultValue
        self.constraints = constraints
        self.isConstant = isConstant
        self.collectionFormat = collectionFormat
        self.clientDefaultValue = clientDefaultValue
        self.isClientRequestID = isClientRequestID
        self.headerCollectionPrefix = headerCollectionPrefix
        self.grouping = grouping
        self.odataModel = odataModel
    }

    /// Whether this is the `api-version` query parameter, which the runtime adds to every call.
    public var isAPIVersion: Bool { location == .query && name == "api-version" }
}

/// `x-ms-parameter-grouping`: which struct argument a parameter belongs to.
public struct ParameterGrouping: Codable, Sendable, Hashable {
    /// `name`: the struct's name as written; nil when the operation's name and `postfix` make it.
    public var name: String?
    /// `postfix`: appended to the operation's name when `name` is absent (default `Parameters`).
    public var postfix: String?

    /// Creates a grouping.
    public init(name: String?, postfix: String?) {
        self.name = name
        self.postfix = postfix
    }
}

/// Validation facts from the description (`minimum`, `maximum`, lengths, pattern).
public struct Constraints: Codable, Sendable, Hashable {
    /// `minimum`, exactly as written (it documents the API; it may lie beyond what the Swift type holds).
    public var minimum: JSONNumber?
    /// `maximum`, exactly as written.
    public var maximum: JSONNumber?
    /// `minLength`.
    public var minLength: Int?
    /// `maxLength`.
    public var maxLength: Int?
    /// `pattern`.
    public var pattern: String?

    /// Creates constraints; all absent by default.
    public init(minimum: JSONNumber? = nil, maximum: JSONNumber? = nil, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
    }

    /// True when no constraint is set.
    public var isEmpty: Bool { self == Constraints() }
}
