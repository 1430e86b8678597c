/// What kind of change a `Change` is; the raw value is the stable name used in JSON reports.
public enum ChangeKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// The operation exists only in the new description.
    case operationAdded
    /// The operation exists only in the old description.
    case operationRemoved
    /// Same method and path template, different `operationId`.
    case operationRenamed
    /// The operation is newly marked `deprecated`.
    case operationDeprecated
    /// `x-ms-pageable` was added, removed or points at other properties.
    case pagingChanged
    /// `x-ms-long-running-operation` was added or removed.
    case longRunningChanged
    /// `final-state-via` of a long-running operation changed: the result is read elsewhere.
    case finalStateChanged
    /// A path, query or header parameter was added.
    case parameterAdded
    /// A parameter was removed.
    case parameterRemoved
    /// A parameter keeps its place but has another name (path parameters, `x-ms-client-name`).
    case parameterRenamed
    /// An optional parameter became required.
    case parameterMadeRequired
    /// A required parameter became optional.
    case parameterMadeOptional
    /// The operation now takes a request body.
    case bodyAdded
    /// The operation no longer takes a request body.
    case bodyRemoved
    /// An optional request body became required.
    case bodyMadeRequired
    /// A required request body became optional.
    case bodyMadeOptional
    /// A property was added to a request or response object.
    case fieldAdded
    /// A property was removed.
    case fieldRemoved
    /// A property, parameter or body now has another type.
    case fieldRetyped
    /// A property became required, or no longer accepts `null`.
    case fieldMadeRequired
    /// A property became optional, or now accepts `null`.
    case fieldMadeOptional
    /// A named model or enum reached from the operation has another name.
    case typeRenamed
    /// An enum gained a value.
    case enumValueAdded
    /// An enum lost a value.
    case enumValueRemoved
    /// An enum switched between extensible (`modelAsString: true`) and closed.
    case enumExtensibilityChanged
    /// A response status code was added.
    case statusCodeAdded
    /// A response status code was removed.
    case statusCodeRemoved
    /// A response that had no body now has one.
    case responseBodyAdded
    /// A response that had a body no longer has one.
    case responseBodyRemoved
    /// A media type was added to what a request or response may use.
    case contentTypeAdded
    /// A media type was removed from what a request or response may use.
    case contentTypeRemoved
    /// A success response declares a new header.
    case responseHeaderAdded
    /// A declared response header is gone.
    case responseHeaderRemoved
}
