/// How reports show an api-version: `2025-03-02-preview` → `preview:2025-03-02`, as the reference
/// report does, so the kind of release comes first; stable versions stay as they are (`2023-10-01`).
public enum VersionLabel {
    /// The label of `apiVersion`.
    public static func label(_ apiVersion: String) -> String {
        let parts = apiVersion.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts[0...2].allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }), !parts[3].isEmpty
        else { return apiVersion }
        return "\(parts[3]):\(parts[0])-\(parts[1])-\(parts[2])"
    }

    /// `2025-03-02-preview`, or `2023-10-01 → 2025-03-02-preview` with an old version, as labels.
    static func range(old: String?, new: String) -> String {
        guard let old else { return label(new) }
        return "\(label(old)) → \(label(new))"
    }
}
