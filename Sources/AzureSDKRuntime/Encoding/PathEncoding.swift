/// Encodes values substituted into URL path templates such as `/identities/{id}`.
///
/// Identifiers like `8:acs:…` or names with spaces and slashes must stay one segment, so
/// everything but RFC 3986 unreserved characters is escaped (`:` becomes `%3A`).
public enum PathEncoding {
    /// Percent-encodes `value` for use as exactly one path segment.
    public static func segment(_ value: String) -> String {
        PercentEncoding.encode(value)
    }
}
