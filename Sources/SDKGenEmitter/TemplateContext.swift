// The view model: everything the templates in `Templates/` read.
//
// Templates are logic-less; every decision (names, Swift types, optionality,
// which statuses succeed, what a test expects) is made here by `ContextBuilder`.
// Field names are the keys templates use, so renaming one means editing the templates; a new
// field must also be listed in the key-path table right after its type (`TemplateFields`);
// `SDKGenEmitterTests` compares every table with its type's stored properties.

/// One line of a doc comment. Templates write `///` and, when `text` is non-empty, a space and the text.
public struct DocLine: Sendable, Hashable {
    /// The line's text, without `///`; empty for a blank line (templates test it with `empty(text)`).
    public var text: String

    /// A line with `text`.
    public init(text: String) {
        self.text = text
    }
}

extension DocLine: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "text": \.text,
    ]
}

/// `Client.swift.mustache`: the client class.
public struct ClientContext: Sendable {
    /// The generated module, e.g. `AzureCommunicationIdentity`.
    public var moduleName: String
    /// The client type, e.g. `CommunicationIdentityClient`.
    public var clientName: String
    /// Doc comment of the client.
    public var docLines: [DocLine]
    /// The api-version the client was generated for.
    public var apiVersion: String
    /// Name used in `User-Agent` (`azsdk-swift-<sdkName>/<sdkVersion>`).
    public var sdkName: String
    /// The SDK's version.
    public var sdkVersion: String
    /// A fixed endpoint from the description, when it names one; else the caller gives it.
    public var defaultEndpoint: String?
    /// The operation groups, as properties of the client.
    public var groups: [GroupReference]
    /// ACS HMAC access keys: `init(connectionString:)` and `init(endpoint:accessKey:)`.
    public var accessKey: Bool
    /// Bearer tokens: `init(endpoint:tokenCredential:scopes:)`.
    public var token: Bool
    /// The default token scopes as a Swift array literal (`["https://…/.default"]`); nil when the caller must give them.
    public var tokenScopes: String?
    /// The header of an API key (escaped): `init(endpoint:apiKey:)`.
    public var apiKeyHeader: String?
    /// No authentication declared: `init(endpoint:)`.
    public var isAnonymous: Bool
    /// The endpoint in doc comments and generated tests (escaped).
    public var exampleEndpoint: String
    /// The credential generated tests use (a Swift expression).
    public var testCredential: String
}

extension ClientContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "docLines": \.docLines,
        "apiVersion": \.apiVersion,
        "sdkName": \.sdkName,
        "sdkVersion": \.sdkVersion,
        "defaultEndpoint": \.defaultEndpoint,
        "groups": \.groups,
        "accessKey": \.accessKey,
        "token": \.token,
        "tokenScopes": \.tokenScopes,
        "apiKeyHeader": \.apiKeyHeader,
        "isAnonymous": \.isAnonymous,
        "exampleEndpoint": \.exampleEndpoint,
        "testCredential": \.testCredential,
    ]
}

/// A client property that returns an operation group.
public struct GroupReference: Sendable {
    /// Property name, e.g. `communicationIdentity`.
    public var propertyName: String
    /// Type name, e.g. `CommunicationIdentityOperations`.
    public var typeName: String
    /// Doc comment of the property.
    public var docLines: [DocLine]
}

extension GroupReference: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "propertyName": \.propertyName,
        "typeName": \.typeName,
        "docLines": \.docLines,
    ]
}

/// `OperationGroup.swift.mustache`: one operation group.
public struct GroupContext: Sendable {
    /// The client type the group belongs to.
    public var clientName: String
    /// The group's type name.
    public var typeName: String
    /// Doc comment.
    public var docLines: [DocLine]
    /// Its operations, in document order.
    public var operations: [OperationContext]
    /// The group's methods are the client's own (`sdkgen.yaml` `names.onClient`): an extension of the client.
    public var isOnClient: Bool
}

extension GroupContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "clientName": \.clientName,
        "typeName": \.typeName,
        "docLines": \.docLines,
        "operations": \.operations,
        "isOnClient": \.isOnClient,
    ]
}

/// One generated method.
public struct OperationContext: Sendable {
    /// The `operationId`.
    public var operationID: String
    /// The methods' access level: `public`, or `internal` for `x-ms-internal` operations (tests reach them through
    /// `@testable import`).
    public var access: String
    /// Swift method name (already escaped if a keyword).
    public var methodName: String
    /// Doc comment, including `- Parameter` lines.
    public var docLines: [DocLine]
    /// `deprecated: true` in the description.
    public var isDeprecated: Bool
    /// Method arguments in order: path, body, query, header.
    public var arguments: [ArgumentContext]
    /// The arguments as a Swift parameter list (`id: String, body: Request? = nil`), written once for every method.
    public var parameterList: String
    /// The arguments passed on to a twin (`id: id, body: body`).
    public var forwardedArguments: String
    /// The success statuses as a Swift array literal (`[200, 201]`).
    public var statusList: String
    /// `HTTPRequest.Method` member: `get`, `post`, …
    public var httpMethod: String
    /// The path template split into literal text and parameters.
    public var pathParts: [PathPart]
    /// Query parameters the caller gives.
    public var queryParameters: [WireParameter]
    /// Header parameters the caller gives.
    public var headerParameters: [WireParameter]
    /// The repeatability headers, when the operation declares both: the client fills them (`setRepeatability`).
    public var repeatability: RepeatabilityContext?
    /// Query parameters with fixed values.
    public var constantQueryParameters: [ConstantParameter]
    /// Whether anything is added to the request after creating it (`var` rather than `let`).
    public var mutatesRequest: Bool
    /// The body argument's name, when the operation has a body.
    public var bodyArgument: String?
    /// Escaped media type of the body, e.g. `application/merge-patch+json`.
    public var bodyContentType: String
    /// How the body is written: `JSON` (`setJSONBody`), `Text` (`setTextBody`) or `Binary` (`setBinaryBody`).
    public var bodyEncoding: String
    /// Whether it is JSON (whose encoding can throw).
    public var bodyIsJSON: Bool
    /// The `Accept` header (escaped) when the response is text or bytes; nil for JSON (the pipeline's default).
    public var accept: String?
    /// Statuses that mean success.
    public var expectedStatuses: [StatusCode]
    /// What the method returns; exactly one of the four flags is true.
    public var returnsVoid: Bool
    /// Decodes a body that is always present.
    public var returnsBody: Bool
    /// Decodes a body that some success statuses (204) lack.
    public var returnsOptionalBody: Bool
    /// Returns `PagedItems<Item>`.
    public var returnsPages: Bool
    /// The type decoded from the body (or a page's item type); the template wraps it
    /// (`T`, `T?`, `PagedItems<T>`) according to the flags above.
    public var decodedType: String
    /// Paging keys (escaped), when `returnsPages`.
    public var itemsKey: String
    /// The next-link key, when pages link to further pages.
    public var nextLinkKey: String?
    /// A paged operation whose first request is not a GET: `async`, sent once when called.
    public var sendsFirstPageEagerly: Bool
    /// Neither paged nor long-running: the method and its `…WithResponse` twin.
    public var isPlain: Bool
    /// The plain method again, taking the body's properties instead of the model; nil when the body is not flattened.
    public var flattenedBody: FlattenedBodyContext?
    /// The `…WithResponse` twin's name (plain operations).
    public var withResponseMethodName: String
    /// Doc comment of the `…WithResponse` twin.
    public var withResponseDocLines: [DocLine]
    /// The plain method's return clause (` -> T`, ` -> T?`, ` -> CreateHeaders`), empty for `Void`.
    public var returnClause: String
    /// The twin's return type: `Response<T>`, or `ResponseWithHeaders<T, H>` when headers are declared.
    public var responseType: String
    /// How the twin makes its value from `response`: `try response.decodeBody(T.self)`, `()`, …
    public var valueExpression: String
    /// What the plain method takes from the twin's result: `.value`, or `.headers` when the operation returns
    /// nothing but headers; empty when it returns nothing.
    public var resultMember: String
    /// Nothing but headers come back (the plain method returns them, `@discardableResult`).
    public var returnsHeadersOnly: Bool
    /// `_ = ` before a forwarding call whose result the plain method drops; empty otherwise.
    public var discardPrefix: String
    /// The declared response headers, typed; nil when there are none (or the operation is paged or long-running).
    public var responseHeaders: ResponseHeadersContext?
    /// `x-ms-long-running-operation`: `begin…` returns a `Poller`, `resume…(from:)` continues from a token.
    public var isLongRunning: Bool
    /// `begin` + the method name.
    public var beginMethodName: String
    /// `resume` + the method name.
    public var resumeMethodName: String
    /// Doc comment of `resume…(from:)`.
    public var resumeDocLines: [DocLine]
    /// The poller's result type (`Void` without a body).
    public var pollerValueType: String
    /// The closure decoding the final result: `{ try $0.decodeBody(T.self) }` or `{ _ in () }`.
    public var pollerDecode: String
    /// The runtime's `FinalStateVia` as Swift (`.location`, …), or `nil`.
    public var finalStateVia: String
    /// What tests and examples call: the method, or `begin…` for a long-running operation.
    public var callName: String
    /// Appended to that call to reach the result: `.result()` for a long-running operation, else empty.
    public var callSuffix: String
    /// The `x-ms-parameter-grouping` struct arguments of this operation, in signature order; the template declares
    /// those marked `isNew` (a struct shared with an earlier operation of the group is declared there).
    public var parameterGroups: [ParameterGroupContext]
}

extension OperationContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "operationID": \.operationID,
        "access": \.access,
        "methodName": \.methodName,
        "docLines": \.docLines,
        "isDeprecated": \.isDeprecated,
        "arguments": \.arguments,
        "parameterList": \.parameterList,
        "forwardedArguments": \.forwardedArguments,
        "statusList": \.statusList,
        "httpMethod": \.httpMethod,
        "pathParts": \.pathParts,
        "queryParameters": \.queryParameters,
        "headerParameters": \.headerParameters,
        "repeatability": \.repeatability,
        "constantQueryParameters": \.constantQueryParameters,
        "mutatesRequest": \.mutatesRequest,
        "bodyArgument": \.bodyArgument,
        "bodyContentType": \.bodyContentType,
        "bodyEncoding": \.bodyEncoding,
        "bodyIsJSON": \.bodyIsJSON,
        "accept": \.accept,
        "expectedStatuses": \.expectedStatuses,
        "returnsVoid": \.returnsVoid,
        "returnsBody": \.returnsBody,
        "returnsOptionalBody": \.returnsOptionalBody,
        "returnsPages": \.returnsPages,
        "decodedType": \.decodedType,
        "itemsKey": \.itemsKey,
        "nextLinkKey": \.nextLinkKey,
        "sendsFirstPageEagerly": \.sendsFirstPageEagerly,
        "isPlain": \.isPlain,
        "flattenedBody": \.flattenedBody,
        "withResponseMethodName": \.withResponseMethodName,
        "withResponseDocLines": \.withResponseDocLines,
        "returnClause": \.returnClause,
        "responseType": \.responseType,
        "valueExpression": \.valueExpression,
        "resultMember": \.resultMember,
        "returnsHeadersOnly": \.returnsHeadersOnly,
        "discardPrefix": \.discardPrefix,
        "responseHeaders": \.responseHeaders,
        "isLongRunning": \.isLongRunning,
        "beginMethodName": \.beginMethodName,
        "resumeMethodName": \.resumeMethodName,
        "resumeDocLines": \.resumeDocLines,
        "pollerValueType": \.pollerValueType,
        "pollerDecode": \.pollerDecode,
        "finalStateVia": \.finalStateVia,
        "callName": \.callName,
        "callSuffix": \.callSuffix,
        "parameterGroups": \.parameterGroups,
    ]
}

/// A struct argument holding the parameters the description groups (`x-ms-parameter-grouping`), nested in the group.
public struct ParameterGroupContext: Sendable {
    /// The struct's name.
    public var structName: String
    /// The argument's name (unescaped).
    public var argumentName: String
    /// Every member is optional: so is the argument.
    public var isOptional: Bool
    /// Declared by this operation (false when an earlier operation of the group declared the same struct).
    public var isNew: Bool
    /// The members' wire names, in the order of `properties` (generated tests find example values by them).
    public var memberWireNames: [String]
    /// Doc comment of the struct.
    public var docLines: [DocLine]
    /// The members, in the method's argument order.
    public var properties: [ParameterGroupProperty]
}

extension ParameterGroupContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "structName": \.structName,
        "argumentName": \.argumentName,
        "isOptional": \.isOptional,
        "isNew": \.isNew,
        "memberWireNames": \.memberWireNames,
        "docLines": \.docLines,
        "properties": \.properties,
    ]
}

/// A member of a parameter group.
public struct ParameterGroupProperty: Sendable {
    /// Property name, escaped if a keyword.
    public var name: String
    /// Swift type, with `?` when optional.
    public var swiftType: String
    /// Optional: the initializer gives it a `nil` default.
    public var isOptional: Bool
    /// Doc comment (the parameter's).
    public var docLines: [DocLine]
}

extension ParameterGroupProperty: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "name": \.name,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
        "docLines": \.docLines,
    ]
}

/// An overload taking a small request body's properties as arguments (autorest's payload flattening,
/// `x-ms-client-flatten`); it builds the model and calls the model-taking method.
public struct FlattenedBodyContext: Sendable {
    /// The arguments: the operation's, with the body replaced by its properties.
    public var arguments: [ArgumentContext]
    /// The arguments as a Swift parameter list.
    public var parameterList: String
    /// The call to the model-taking method (`id: id, body: Request(scopes: scopes)`), ready to paste.
    public var forwardedArguments: String
    /// Doc comment.
    public var docLines: [DocLine]
}

extension FlattenedBodyContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "arguments": \.arguments,
        "parameterList": \.parameterList,
        "forwardedArguments": \.forwardedArguments,
        "docLines": \.docLines,
    ]
}

/// The response headers an operation declares: a struct nested in its group.
public struct ResponseHeadersContext: Sendable {
    /// The struct's name, e.g. `CreateHeaders`.
    public var structName: String
    /// The `…WithResponse` method returning them, as a DocC symbol link target (`createWithResponse(body:)`).
    public var methodLink: String
    /// One optional property per header.
    public var properties: [ResponseHeaderProperty]
}

extension ResponseHeadersContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "structName": \.structName,
        "methodLink": \.methodLink,
        "properties": \.properties,
    ]
}

/// One declared response header.
public struct ResponseHeaderProperty: Sendable {
    /// Property name.
    public var swiftName: String
    /// Its Swift type without `?`.
    public var swiftType: String
    /// The header name (escaped for a Swift string).
    public var wireName: String
    /// Read as a closed enum by raw value (`enumHeader`), not through `ResponseHeaderValue`.
    public var isClosedEnum: Bool
    /// Doc comment.
    public var docLines: [DocLine]
    /// `x-ms-header-collection-prefix` (escaped): the property is a `[String: String]` of every header with it.
    public var prefix: String?
}

extension ResponseHeaderProperty: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "swiftName": \.swiftName,
        "swiftType": \.swiftType,
        "wireName": \.wireName,
        "isClosedEnum": \.isClosedEnum,
        "docLines": \.docLines,
        "prefix": \.prefix,
    ]
}

/// A method argument.
public struct ArgumentContext: Sendable {
    /// Argument label and name.
    public var name: String
    /// The label as a call site writes it (only `inout`, `var`, `let` keep backticks there).
    public var callLabel: String
    /// Swift type, with `?` when optional.
    public var swiftType: String
    /// Optional: the template gives it a `nil` default.
    public var isOptional: Bool
}

extension ArgumentContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "name": \.name,
        "callLabel": \.callLabel,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
    ]
}

/// A piece of a path: literal text or a parameter.
public struct PathPart: Sendable {
    /// Literal text (escaped for a Swift string), if this part is text.
    public var literal: String?
    /// The argument whose value is inserted, if this part is a parameter.
    public var argument: String?
    /// Whether the value is percent-encoded (false for `x-ms-skip-url-encoding`).
    public var encodes: Bool
    /// Whether the argument is a `String` (an unencoded one is interpolated as it is; others go through `PathEncoding`).
    public var isString: Bool
    /// The Swift expression of the value (a closed enum's raw value taken), for a parameter part.
    public var value: String
    /// For a date, the runtime's `DateWireFormat` case; else nil.
    public var dateFormat: String?
}

extension PathPart: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "literal": \.literal,
        "argument": \.argument,
        "encodes": \.encodes,
        "isString": \.isString,
        "value": \.value,
        "dateFormat": \.dateFormat,
    ]
}

/// A query or header parameter with its wire name.
public struct WireParameter: Sendable {
    /// Name on the wire (escaped for a Swift string).
    public var wireName: String
    /// The Swift expression of the value (`since`, `mode?.rawValue`, `(top ?? 10)`), optional or not: the runtime's
    /// `addQuery`/`setHeader` leave the parameter out for nil.
    public var value: String
    /// For dates (and arrays of them), the runtime's `DateWireFormat` case (`rfc3339`, `imfFixdate`, `unixTime`).
    public var dateFormat: String?
    /// For a query array, the runtime's `CollectionFormat` case (`csv`, `ssv`, `tsv`, `pipes`, `multi`).
    public var collectionFormat: String?
    /// `x-ms-skip-url-encoding`: the value goes into the query as given.
    public var skipsURLEncoding: Bool
    /// `x-ms-header-collection-prefix` (escaped): the value is a map sent as one `prefix + key` header per entry.
    public var headerPrefix: String?
}

extension WireParameter: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "wireName": \.wireName,
        "value": \.value,
        "dateFormat": \.dateFormat,
        "collectionFormat": \.collectionFormat,
        "skipsURLEncoding": \.skipsURLEncoding,
        "headerPrefix": \.headerPrefix,
    ]
}

/// `Repeatability-Request-ID` and `Repeatability-First-Sent`: arguments that override what the client fills in.
public struct RepeatabilityContext: Sendable {
    /// The argument holding a caller's own request id.
    public var requestIDArgument: String
    /// The argument holding a caller's own first-sent time.
    public var firstSentArgument: String
    /// Whether that argument is text (a description typing the header as a plain string) rather than a `Date`.
    public var firstSentIsText: Bool
}

extension RepeatabilityContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "requestIDArgument": \.requestIDArgument,
        "firstSentArgument": \.firstSentArgument,
        "firstSentIsText": \.firstSentIsText,
    ]
}

/// A parameter whose value is fixed by the description.
public struct ConstantParameter: Sendable {
    /// Name on the wire (escaped).
    public var wireName: String
    /// Value (escaped).
    public var value: String
}

extension ConstantParameter: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "wireName": \.wireName,
        "value": \.value,
    ]
}

/// An HTTP status code.
public struct StatusCode: Sendable {
    /// The number, e.g. `201`.
    public var code: String
}

extension StatusCode: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "code": \.code,
    ]
}

/// `Model.swift.mustache`: a struct for an object schema.
public struct ModelContext: Sendable {
    /// The struct's name.
    public var typeName: String
    /// Doc comment.
    public var docLines: [DocLine]
    /// Properties in document order.
    public var properties: [PropertyContext]
    /// Whether some property is optional (the initializer says they default to `nil`).
    public var hasOptionalProperties: Bool
}

extension ModelContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "properties": \.properties,
        "hasOptionalProperties": \.hasOptionalProperties,
    ]
}

/// A stored property of a model.
public struct PropertyContext: Sendable {
    /// Swift name, escaped if a keyword.
    public var swiftName: String
    /// JSON key (escaped for a Swift string).
    public var wireName: String
    /// Swift type, `?` included when optional.
    public var swiftType: String
    /// Optional: the initializer gives it a `nil` default.
    public var isOptional: Bool
    /// Doc comment.
    public var docLines: [DocLine]
    /// Stored through `@Indirect` because the type contains itself.
    public var isIndirect: Bool
    /// The runtime `WireCoding` (`IMFFixdateCoding`, `UnixTimeCoding`, `LowercaseUUIDCoding`) the property is stored
    /// through (`@WireCoded`), when JSON's own rule for its Swift type is not the description's format; else nil.
    public var wireCoding: String?
}

extension PropertyContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "swiftName": \.swiftName,
        "wireName": \.wireName,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
        "docLines": \.docLines,
        "isIndirect": \.isIndirect,
        "wireCoding": \.wireCoding,
    ]
}

/// `Polymorphic.swift.mustache`: the base of a polymorphic family, an enum with a case per known subtype.
public struct PolymorphicContext: Sendable {
    /// The enum's name (the base schema's).
    public var typeName: String
    /// Doc comment.
    public var docLines: [DocLine]
    /// The discriminator's JSON key (escaped).
    public var discriminatorKey: String
    /// One case per known subtype, sorted by discriminator value.
    public var cases: [PolymorphicCase]
}

extension PolymorphicContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "discriminatorKey": \.discriminatorKey,
        "cases": \.cases,
    ]
}

/// One known subtype of a polymorphic family.
public struct PolymorphicCase: Sendable {
    /// Swift case name, escaped if a keyword.
    public var caseName: String
    /// The discriminator value (escaped).
    public var value: String
    /// The subtype's struct.
    public var typeName: String
}

extension PolymorphicCase: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "caseName": \.caseName,
        "value": \.value,
        "typeName": \.typeName,
    ]
}

/// `Union.swift.mustache`: `oneOf` / `anyOf`, an enum with a case per alternative.
public struct UnionContext: Sendable {
    /// The enum's name.
    public var typeName: String
    /// Doc comment.
    public var docLines: [DocLine]
    /// The discriminator's JSON key (escaped), when alternatives are told apart by it.
    public var discriminatorKey: String?
    /// The alternatives: in the order values are tried when there is no discriminator.
    public var cases: [UnionCase]
}

extension UnionContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "discriminatorKey": \.discriminatorKey,
        "cases": \.cases,
    ]
}

/// One alternative of a union.
public struct UnionCase: Sendable {
    /// Swift case name.
    public var caseName: String
    /// The alternative's Swift type.
    public var typeName: String
    /// Its discriminator value (escaped), when the union has a discriminator and the alternative is named.
    public var value: String?
}

extension UnionCase: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "caseName": \.caseName,
        "typeName": \.typeName,
        "value": \.value,
    ]
}

/// `Enum.swift.mustache`: a string enum.
public struct EnumContext: Sendable {
    /// The type's name.
    public var typeName: String
    /// Doc comment.
    public var docLines: [DocLine]
    /// Unknown values are kept (a struct with static members) rather than rejected (a Swift enum).
    public var isExtensible: Bool
    /// The known values.
    public var cases: [EnumCaseContext]
}

extension EnumContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "isExtensible": \.isExtensible,
        "cases": \.cases,
    ]
}

/// One enum value.
public struct EnumCaseContext: Sendable {
    /// Swift name, escaped if a keyword.
    public var caseName: String
    /// Wire value (escaped for a Swift string).
    public var rawValue: String
    /// Doc comment.
    public var docLines: [DocLine]
}

extension EnumCaseContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "caseName": \.caseName,
        "rawValue": \.rawValue,
        "docLines": \.docLines,
    ]
}

/// `Alias.swift.mustache`: a named map, array or primitive.
public struct AliasContext: Sendable {
    /// The alias name.
    public var typeName: String
    /// Doc comment.
    public var docLines: [DocLine]
    /// The aliased Swift type.
    public var aliasedType: String
}

extension AliasContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "aliasedType": \.aliasedType,
    ]
}

/// `OperationGroupTests.swift.mustache`: tests of one group against the description's examples.
public struct GroupTestsContext: Sendable {
    /// The module under test.
    public var moduleName: String
    /// The client type.
    public var clientName: String
    /// The group's type name.
    public var typeName: String
    /// What the group's methods are called on: `client.<property>`, or `client` for a group on the client.
    public var callTarget: String
    /// The api-version requests must carry.
    public var apiVersion: String
    /// One entry per operation that has an example.
    public var tests: [OperationTestContext]
    /// What every request's authentication must look like (Swift `#expect` lines).
    public var authAssertions: [String]
}

extension GroupTestsContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "typeName": \.typeName,
        "callTarget": \.callTarget,
        "apiVersion": \.apiVersion,
        "tests": \.tests,
        "authAssertions": \.authAssertions,
    ]
}

/// The tests for one operation, from its first example.
public struct OperationTestContext: Sendable {
    /// Base name for the test functions, e.g. `create`.
    public var testName: String
    /// The method to call.
    public var methodName: String
    /// Appended to the call to reach the result (`.result()` for a long-running operation).
    public var callSuffix: String
    /// The example's title (escaped), for messages.
    public var exampleTitle: String
    /// Arguments for the call.
    public var callArguments: [CallArgument]
    /// Expected HTTP method, upper case.
    public var httpMethod: String
    /// Expected percent-encoded path.
    public var expectedPath: String
    /// Expected query items besides api-version (escaped).
    public var expectedQuery: [ConstantParameter]
    /// Expected header values the example gives (escaped); dates are left out.
    public var expectedHeaders: [ConstantParameter]
    /// The request body the example sends, as JSON, if any.
    public var requestJSON: String?
    /// Raw-string delimiter safe for `requestJSON`.
    public var requestDelimiter: String
    /// The expected body content type (escaped).
    public var bodyContentType: String
    /// Success responses to decode.
    public var successCases: [ResponseTestCase]
    /// Error responses to turn into `ServiceError`.
    public var errorCases: [ResponseTestCase]
    /// The call returns `Void`.
    public var returnsVoid: Bool
    /// The call returns a body.
    public var returnsBody: Bool
    /// The call returns an optional body.
    public var returnsOptionalBody: Bool
    /// The call returns pages.
    public var returnsPages: Bool
    /// A paged operation whose first request is not a GET (sent once, when called).
    public var sendsFirstPageEagerly: Bool
    /// Items key of a paged response (escaped).
    public var itemsKey: String
}

extension OperationTestContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "testName": \.testName,
        "methodName": \.methodName,
        "callSuffix": \.callSuffix,
        "exampleTitle": \.exampleTitle,
        "callArguments": \.callArguments,
        "httpMethod": \.httpMethod,
        "expectedPath": \.expectedPath,
        "expectedQuery": \.expectedQuery,
        "expectedHeaders": \.expectedHeaders,
        "requestJSON": \.requestJSON,
        "requestDelimiter": \.requestDelimiter,
        "bodyContentType": \.bodyContentType,
        "successCases": \.successCases,
        "errorCases": \.errorCases,
        "returnsVoid": \.returnsVoid,
        "returnsBody": \.returnsBody,
        "returnsOptionalBody": \.returnsOptionalBody,
        "returnsPages": \.returnsPages,
        "sendsFirstPageEagerly": \.sendsFirstPageEagerly,
        "itemsKey": \.itemsKey,
    ]
}

/// An argument of a generated test call.
public struct CallArgument: Sendable {
    /// Argument label.
    public var label: String
    /// The value is a string: use `stringValue`.
    public var isString: Bool
    /// The value is a number or boolean: use `plainValue`.
    public var isPlain: Bool
    /// The value is decoded from `json` into `decodeType`.
    public var isJSON: Bool
    /// The value is the Swift expression `expression` (dates and UUIDs JSON decoding cannot read from the example).
    public var isExpression: Bool
    /// A string literal's content (escaped).
    public var stringValue: String
    /// Literal Swift text for a number or boolean.
    public var plainValue: String
    /// A Swift expression making the value, e.g. `try exampleIMFFixdate("…")`.
    public var expression: String
    /// The value as JSON.
    public var json: String
    /// Raw-string delimiter for `json`.
    public var delimiter: String
    /// The type to decode `json` into.
    public var decodeType: String
}

extension CallArgument: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label,
        "isString": \.isString,
        "isPlain": \.isPlain,
        "isJSON": \.isJSON,
        "isExpression": \.isExpression,
        "stringValue": \.stringValue,
        "plainValue": \.plainValue,
        "expression": \.expression,
        "json": \.json,
        "delimiter": \.delimiter,
        "decodeType": \.decodeType,
    ]
}

/// One response from an example.
public struct ResponseTestCase: Sendable {
    /// HTTP status.
    public var status: String
    /// Body JSON, if any.
    public var json: String?
    /// Raw-string delimiter for `json`.
    public var delimiter: String
    /// Error code expected in a `ServiceError` (escaped), when the body has one.
    public var errorCode: String?
    /// The status has no body (e.g. 204).
    public var isEmpty: Bool
    /// For paged operations, the JSON of the page's items; else the body.
    public var itemsJSON: String?
}

extension ResponseTestCase: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "status": \.status,
        "json": \.json,
        "delimiter": \.delimiter,
        "errorCode": \.errorCode,
        "isEmpty": \.isEmpty,
        "itemsJSON": \.itemsJSON,
    ]
}

/// `Package.swift.mustache`: a standalone package for `--output DIR`.
public struct PackageContext: Sendable {
    /// The module.
    public var moduleName: String
    /// `.package(path: "…")` when true, else `.package(url: "…", .upToNextMinor(from: "…"))`.
    public var runtimeIsPath: Bool
    /// Path or URL of the runtime package (escaped).
    public var runtimeLocation: String
    /// Version for a URL dependency.
    public var runtimeVersion: String
    /// The name SwiftPM gives the runtime package (its folder or repository name, lower-cased).
    public var runtimePackageName: String
}

extension PackageContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "runtimeIsPath": \.runtimeIsPath,
        "runtimeLocation": \.runtimeLocation,
        "runtimeVersion": \.runtimeVersion,
        "runtimePackageName": \.runtimePackageName,
    ]
}

/// `EndToEndSupport.swift.mustache`: starting the emulator and making clients for the end-to-end tests.
public struct EndToEndSupportContext: Sendable {
    /// The module under test.
    public var moduleName: String
    /// The client type.
    public var clientName: String
    /// The module of the emulator the tests run against (e.g. `IdentityEmulator`).
    public var emulatorModule: String
    /// The description the SDK was generated from, relative to the test folder (escaped): the emulator serves it.
    public var descriptionPath: String
    /// The api-version the SDK was generated for (escaped).
    public var apiVersion: String
}

extension EndToEndSupportContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "emulatorModule": \.emulatorModule,
        "descriptionPath": \.descriptionPath,
        "apiVersion": \.apiVersion,
    ]
}

/// `OperationGroupEndToEndTests.swift.mustache`: every operation of one group against a running emulator.
public struct GroupEndToEndContext: Sendable {
    /// The module under test.
    public var moduleName: String
    /// The emulator's module.
    public var emulatorModule: String
    /// The client type.
    public var clientName: String
    /// The group's type name.
    public var typeName: String
    /// What the group's methods are called on: `client.<property>`, or `client` for a group on the client.
    public var callTarget: String
    /// One entry per operation, in document order.
    public var operations: [EndToEndOperationContext]
}

extension GroupEndToEndContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "emulatorModule": \.emulatorModule,
        "clientName": \.clientName,
        "typeName": \.typeName,
        "callTarget": \.callTarget,
        "operations": \.operations,
    ]
}

/// The end-to-end tests of one operation: a call the emulator prepares, and the error answers every call can get.
public struct EndToEndOperationContext: Sendable {
    /// Base name for the test functions, e.g. `create`.
    public var testName: String
    /// The method to call.
    public var methodName: String
    /// Appended to the call to reach the result (`.result()` for a long-running operation).
    public var callSuffix: String
    /// The `operationId` (escaped), which the emulator prepares a call for.
    public var operationID: String
    /// The call's arguments, read from the prepared call by wire name.
    public var arguments: [PreparedArgument]
    /// Whether the call sends a body (compared with what the emulator received).
    public var sendsBody: Bool
    /// The call returns `Void`.
    public var returnsVoid: Bool
    /// The call returns a body.
    public var returnsBody: Bool
    /// The call returns an optional body.
    public var returnsOptionalBody: Bool
    /// The call returns pages.
    public var returnsPages: Bool
    /// Items key of a paged response (escaped).
    public var itemsKey: String
    /// Whether the description's examples show a 404 for a resource named by path: tested with a missing one.
    public var answersNotFound: Bool
    /// The error code those examples give (escaped), checked when present.
    public var notFoundCode: String?
}

extension EndToEndOperationContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "testName": \.testName,
        "methodName": \.methodName,
        "callSuffix": \.callSuffix,
        "operationID": \.operationID,
        "arguments": \.arguments,
        "sendsBody": \.sendsBody,
        "returnsVoid": \.returnsVoid,
        "returnsBody": \.returnsBody,
        "returnsOptionalBody": \.returnsOptionalBody,
        "returnsPages": \.returnsPages,
        "itemsKey": \.itemsKey,
        "answersNotFound": \.answersNotFound,
        "notFoundCode": \.notFoundCode,
    ]
}

/// One argument of an end-to-end call, decoded from the prepared call.
public struct PreparedArgument: Sendable {
    /// Argument label at the call site.
    public var label: String
    /// Name on the wire (escaped), which the prepared call keys values by.
    public var wireName: String
    /// The Swift type, without `?`.
    public var swiftType: String
    /// Whether the argument may be left out (read with `optionalArgument`).
    public var isOptional: Bool
    /// Whether it is the request body (read with `body` / `optionalBody`).
    public var isBody: Bool
}

extension PreparedArgument: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label,
        "wireName": \.wireName,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
        "isBody": \.isBody,
    ]
}

/// `README.md.mustache` and `UsageExampleTests.swift.mustache`: a first use of the SDK, written for the
/// current description (the same `UsageExample` partial is shown in the README and run by a test).
public struct UsageExampleContext: Sendable {
    /// The module.
    public var moduleName: String
    /// The client type.
    public var clientName: String
    /// The api-version (escaped).
    public var apiVersion: String
    /// The first line of the description's summary (may be empty).
    public var summary: String
    /// The SDK's name and version for the install line.
    public var sdkName: String
    /// The SDK's version.
    public var sdkVersion: String
    /// The emulator's module, when the example is run by a test against it (else empty).
    public var emulatorModule: String
    /// Whether a generated test runs the example against the emulator.
    public var isEmulatorTested: Bool
    /// Whether the README is the root of a standalone package (with an install section).
    public var isStandalone: Bool
    /// The standalone package's URL in its install line (a placeholder unless `--repository-url` names it).
    public var installURL: String
    /// SwiftPM's name for the package at `installURL`.
    public var installPackage: String
    /// The changelog, relative to the README (which sits at a standalone package's root, else beside it).
    public var changelogLink: String
    /// Lines before the client is made (the secret it needs, as a placeholder); READMEs show them, the emulator
    /// test supplies the connection string itself.
    public var setupLines: [String]
    /// The line that makes `client`.
    public var clientLine: String
    /// Calls that show a first use, in order.
    public var calls: [UsageCall]
    /// A call whose `ServiceError` the example catches, if the description has a fitting operation.
    public var errorCall: UsageCall?
    /// The operation groups (property and type names), listed in the README.
    public var groups: [GroupReference]
    /// The modules the example's test imports, sorted as swift-format wants them.
    public var imports: [String]
    /// The modules the example itself imports (the SDK and Foundation), sorted.
    public var exampleImports: [String]
}

extension UsageExampleContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "apiVersion": \.apiVersion,
        "summary": \.summary,
        "sdkName": \.sdkName,
        "sdkVersion": \.sdkVersion,
        "emulatorModule": \.emulatorModule,
        "isEmulatorTested": \.isEmulatorTested,
        "isStandalone": \.isStandalone,
        "installURL": \.installURL,
        "installPackage": \.installPackage,
        "changelogLink": \.changelogLink,
        "setupLines": \.setupLines,
        "clientLine": \.clientLine,
        "calls": \.calls,
        "errorCall": \.errorCall,
        "groups": \.groups,
        "imports": \.imports,
        "exampleImports": \.exampleImports,
    ]
}

/// One call of the usage example.
public struct UsageCall: Sendable {
    /// A comment line above the call (escaped for a line comment).
    public var comment: String
    /// What the method is called on: `client.<property>`, or `client` for a group on the client.
    public var callTarget: String
    /// The method.
    public var methodName: String
    /// Appended to the call to reach the result (`.result()` for a long-running operation).
    public var callSuffix: String
    /// The arguments as Swift source, e.g. `body: CreateRequest(customId: "alex")`.
    public var arguments: String
    /// A name for the result.
    public var resultName: String
    /// The call returns `Void`.
    public var returnsVoid: Bool
    /// The call returns a value (a body, optional or not).
    public var returnsValue: Bool
    /// The call returns pages, iterated with `for try await`.
    public var returnsPages: Bool
}

extension UsageCall: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "comment": \.comment,
        "callTarget": \.callTarget,
        "methodName": \.methodName,
        "callSuffix": \.callSuffix,
        "arguments": \.arguments,
        "resultName": \.resultName,
        "returnsVoid": \.returnsVoid,
        "returnsValue": \.returnsValue,
        "returnsPages": \.returnsPages,
    ]
}
