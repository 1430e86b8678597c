import SDKGenIR

/// Warns about `x-ms-*` extensions the reader does not apply, so none is dropped silently.
///
/// Extensions that only document (`x-ms-secret`, `x-ms-mutability`, …) change nothing on the
/// wire and pass quietly; the others get a warning at their location.
enum ExtensionAudit {
    /// Extensions the reader applies somewhere, or that carry no wire meaning.
    static let understood: Set<String> = [
        "x-ms-parameterized-host", "x-ms-enum", "x-ms-pageable", "x-ms-client-name", "x-ms-error-response",
        "x-nullable", "x-ms-paths", "x-ms-parameter-location", "x-ms-skip-url-encoding", "x-ms-examples",
        "x-ms-long-running-operation", "x-ms-long-running-operation-options", "x-ms-requestBody-name", "x-ms-discriminator-value",
        "x-ms-internal", "x-ms-client-request-id", "x-ms-header-collection-prefix", "x-ms-client-default",
        "x-ms-parameter-grouping",
        // Documentation only: no effect on requests or responses.
        "x-ms-secret", "x-ms-mutability", "x-ms-identifiers", "x-ms-azure-resource", "x-ms-request-id",
        "x-ms-code-generation-settings", "x-ms-external", "x-ms-visibility", "x-ms-summary", "x-ms-metadata",
        "x-ms-api-version",
        // The model an OData `$filter` names: the parameter's doc comment mentions it.
        "x-ms-odata",
    ]

    /// Warns for each `x-ms-*` key of `cursor` that is not understood.
    static func check(_ cursor: Cursor, sink: DiagnosticSink) {
        guard case .object(let members) = cursor.value else { return }
        for member in members where member.key.hasPrefix("x-ms-") && !understood.contains(member.key) {
            let place = cursor[member.key] ?? cursor
            sink.warn(place.warning("'\(member.key)' is not supported and has no effect on the generated code"))
        }
    }
}
