/// A semantic version `MAJOR.MINOR.PATCH[-PRERELEASE]`, enough to suggest the next one.
public struct SemanticVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numbers.
    public var major: Int, minor: Int, patch: Int
    /// The pre-release label, e.g. `beta.1`; empty for a release.
    public var prerelease: String

    /// Parses `1.2.3` or `1.2.3-beta.1`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 1)
        let numbers = parts[0].split(separator: ".").map { Int($0) }
        guard numbers.count == 3, let major = numbers[0], let minor = numbers[1], let patch = numbers[2] else { return nil }
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = parts.count > 1 ? String(parts[1]) : ""
    }

    /// The next version for a change of kind `bump` (a pre-release moves to its release first).
    public func bumped(_ bump: VersionBump) -> SemanticVersion {
        var next = self
        next.prerelease = ""
        switch bump {
        case .major:
            if prerelease.isEmpty || minor != 0 || patch != 0 { next.major += 1; next.minor = 0; next.patch = 0 }
        case .minor:
            if prerelease.isEmpty || patch != 0 { next.minor += 1; next.patch = 0 }
        case .patch:
            if prerelease.isEmpty { next.patch += 1 }
        }
        return next
    }

    /// `1.2.3` or `1.2.3-beta.1`.
    public var description: String {
        "\(major).\(minor).\(patch)" + (prerelease.isEmpty ? "" : "-\(prerelease)")
    }

    /// Release order; a pre-release comes before its release.
    public static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        if lhs.prerelease.isEmpty != rhs.prerelease.isEmpty { return !lhs.prerelease.isEmpty }
        return lhs.prerelease < rhs.prerelease
    }
}
