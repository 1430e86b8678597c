/// Whether a change can break code that calls the generated SDK.
///
/// The rules that decide it are written down in `docs/API-CHANGE-RULES.md` and coded in `ChangeRules`.
public enum Severity: String, Codable, Sendable, Hashable, Comparable {
    /// Existing callers may stop compiling or start failing at run time.
    case breaking
    /// Existing callers keep working unchanged.
    case nonBreaking = "non-breaking"

    /// `breaking` sorts first, so the worst change of a list is its `min()`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .breaking && rhs == .nonBreaking
    }
}

/// The semantic-version bump a set of changes calls for.
public enum VersionBump: String, Codable, Sendable, Hashable {
    /// At least one breaking change.
    case major
    /// Only non-breaking changes.
    case minor
    /// No change to the API surface at all.
    case patch
}
