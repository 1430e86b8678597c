/// One HTTP operation.
public struct Operation: Codable, Sendable, Hashable {
    /// The `operationId` as written, e.g. `CommunicationIdentity_Create`.
    public var operationID: String
    /// The operation group: the part of the `operationId` before `_` (Azure's convention),
    /// else the first tag, else empty.
    public var group: String
    /// The method name within the group: the part after `_`, or the whole id.
    public var name: String
    /// `GET`, `POST`, … (upper case).
    public var method: String
    /// The path template, e.g. `/identities/{id}/:issueAccessToken`.
    public var path: String
    /// One-line summary.
    public var summary: String?
    /// Longer description.
    public var description: String?
    /// `tags`, in document order.
    public var tags: [String]
    /// Path, query and header parameters in document order (the body is separate).
    public var parameters: [Parameter]
    /// The request body, if any.
    public var requestBody: RequestBody?
    /// Responses by status code, in ascending order; `default` is in `errorResponse`.
    public var responses: [Response]
    /// The response used for errors (`default`, or those marked `x-ms-error-response`).
    public var errorResponse: Response?
    /// Paging (`x-ms-pageable`), if the operation returns pages.
    public var paging: Paging?
    /// `x-ms-long-running-operation`: the method starts the operation and returns a poller.
    public var isLongRunning: Bool
    /// `x-ms-long-running-operation-options.final-state-via` (`azure-async-operation`, `location`,
    /// `original-uri`, `operation-location`); nil when the description leaves it to the defaults.
    public var finalStateVia: String?
    /// `deprecated: true`.
    public var isDeprecated: Bool
    /// `x-ms-internal: true`: generated as `internal`, outside the SDK's public surface.
    @DefaultFalse public var isInternal: Bool
    /// Examples (`x-ms-examples`), sorted by title.
    public var examples: [Example]
    /// Where the operation was defined, e.g. `Spec/api.yaml#/paths/~1identities/post`.
    public var location: String

    /// Creates an operation.
    public init(
        operationID: String, group: String, name: String, method: String, path: String,
        summary: String?, description: String?, tags: [String], parameters: [Parameter],
        requestBody: RequestBody?, responses: [Response], errorResponse: Response?,
        paging: Paging?, isLongRunning: Bool, finalStateVia: String? = nil, isDeprecated: Bool, examples: [Example],
        location: String, isInternal: Bool = false
    ) {
        self.operationID = operationID
        self.group = group
        self.name = name
        self.method = method
        self.path = path
        self.summary = summary
        self.description = description
        self.tags = tags
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.errorResponse = errorResponse
        self.paging = paging
        self.isLongRunning = isLongRunning
        self.finalStateVia = finalStateVia
        self.isDeprecated = isDeprecated
        self.isInternal = isInternal
        self.examples = examples
        self.location = location
    }

    /// Azure's naming convention: `Group_Name`; without `_`, the first tag names the group.
    public static func groupAndName(operationID: String, tags: [String]) -> (group: String, name: String) {
        if let underscore = operationID.firstIndex(of: "_"), underscore != operationID.startIndex {
            let rest = operationID[operationID.index(after: underscore)...]
            if !rest.isEmpty { return (String(operationID[..<underscore]), String(rest)) }
        }
        return (tags.first ?? "", operationID)
    }

    /// The 2xx responses.
    public var successResponses: [Response] {
        responses.filter { $0.statusCode.hasPrefix("2") }
    }
}

/// `x-ms-pageable`: where the items and the link to the next page are.
public struct Paging: Codable, Sendable, Hashable {
    /// Property holding the link to the next page; nil when there is only one page.
    public var nextLinkName: String?
    /// Property holding the page's items (default `value`).
    public var itemName: String

    /// Creates paging information.
    public init(nextLinkName: String?, itemName: String) {
        self.nextLinkName = nextLinkName
        self.itemName = itemName
    }
}

/// A request body.
public struct RequestBody: Codable, Sendable, Hashable {
    /// The body parameter's name (Swagger) or `body` (OpenAPI 3).
    public var name: String
    /// Its description.
    public var description: String?
    /// Whether the body must be sent.
    public var isRequired: Bool
    /// Media types accepted, e.g. `application/json`, `application/merge-patch+json`.
    public var contentTypes: [String]
    /// The body's type.
    public var type: TypeReference
    /// Where the body parameter stood among the operation's `parameters` (Swagger 2.0 declares
    /// it in the list; reports show it there); nil when the description has no such position.
    public var parameterIndex: Int?
    /// `x-ms-client-flatten: true` on the body parameter: its properties are offered as method arguments
    /// whatever their number.
    @DefaultFalse public var isFlattened: Bool

    /// Creates a request body.
    public init(
        name: String, description: String?, isRequired: Bool, contentTypes: [String], type: TypeReference, parameterIndex: Int? = nil,
        isFlattened: Bool = false
    ) {
        self.name = name
        self.description = description
        self.isRequired = isRequired
        self.contentTypes = contentTypes
        self.type = type
        self.parameterIndex = parameterIndex
        self.isFlattened = isFlattened
    }
}

/// One response.
public struct Response: Codable, Sendable, Hashable {
    /// `200`, `204`, `default`, …
    public var statusCode: String
    /// Its description.
    public var description: String?
    /// The body type; nil when the response has no body.
    public var type: TypeReference?
    /// Media types produced.
    public var contentTypes: [String]
    /// Declared response headers, sorted by name.
    public var headers: [Parameter]

    /// Creates a response.
    public init(statusCode: String, description: String?, type: TypeReference?, contentTypes: [String], headers: [Parameter]) {
        self.statusCode = statusCode
        self.description = description
        self.type = type
        self.contentTypes = contentTypes
        self.headers = headers
    }
}

/// An example from `x-ms-examples` (or OpenAPI 3 `examples`).
public struct Example: Codable, Sendable, Hashable {
    /// The example's title.
    public var title: String
    /// Parameter values by wire name (`body` holds the request body).
    public var parameters: [String: JSONValue]
    /// Response bodies by status code; `null` for responses without a body.
    public var responses: [String: JSONValue]
    /// The file the example came from, relative to the description, if it was a separate file.
    public var file: String?
    /// Where the example's object is (`examples/Get.json#`, `spec.json#/paths/~1a/get/x-ms-examples/Get`), so a
    /// warning about one of its values can name the value's own JSON pointer; nil for OpenAPI 3 examples, which
    /// are gathered from several places.
    public var location: String?

    /// Creates an example.
    public init(title: String, parameters: [String: JSONValue], responses: [String: JSONValue], file: String?, location: String? = nil) {
        self.title = title
        self.parameters = parameters
        self.responses = responses
        self.file = file
        self.location = location
    }
}
