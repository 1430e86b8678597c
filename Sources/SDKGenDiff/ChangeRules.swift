/// The breaking / non-breaking rules of `docs/API-CHANGE-RULES.md`, in one place.
///
/// Every `Change` gets its severity here, so the document and the code can be read side by side.
enum ChangeRules {
    /// The severity of `kind` for data flowing in `direction`.
    ///
    /// - Parameters:
    ///   - isRequired: for additions, whether the new parameter, body or field is required.
    ///   - isExtensible: for enum values, whether the enum keeps unknown values (`modelAsString: true`).
    static func severity(
        of kind: ChangeKind, direction: Direction = .input, isRequired: Bool = false, isExtensible: Bool = true
    ) -> Severity {
        switch kind {
        // New things callers may ignore.
        case .operationAdded, .operationDeprecated, .statusCodeAdded, .responseBodyAdded, .contentTypeAdded,
             .responseHeaderAdded, .finalStateChanged:
            return .nonBreaking
        // Removing or renaming anything callers can name, or changing the shape of what they get.
        case .operationRemoved, .operationRenamed, .pagingChanged, .longRunningChanged, .responseHeaderRemoved,
             .parameterRemoved, .parameterRenamed,
             .bodyRemoved, .fieldRemoved, .fieldRetyped, .typeRenamed, .enumValueRemoved,
             .enumExtensibilityChanged, .statusCodeRemoved, .responseBodyRemoved, .contentTypeRemoved:
            return .breaking
        // A new input breaks callers only when they must supply it.
        case .parameterAdded, .bodyAdded:
            return isRequired ? .breaking : .nonBreaking
        case .parameterMadeRequired, .bodyMadeRequired:
            return .breaking
        case .parameterMadeOptional, .bodyMadeOptional:
            return .nonBreaking
        // Fields depend on the direction: callers write inputs and read outputs.
        case .fieldAdded:
            return direction == .input && isRequired ? .breaking : .nonBreaking
        case .fieldMadeRequired:
            return direction == .input ? .breaking : .nonBreaking
        case .fieldMadeOptional:
            return direction == .input ? .nonBreaking : .breaking
        // A value callers may send is harmless; a value they may receive breaks exhaustive switches
        // unless the enum is extensible (generated as a struct that keeps unknown values).
        case .enumValueAdded:
            return direction == .input || isExtensible ? .nonBreaking : .breaking
        }
    }
}
