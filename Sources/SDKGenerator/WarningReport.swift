import Foundation
import SDKGenIR

/// Warnings as a person reads them: grouped by kind with a count and a few examples, paths relative to the
/// working folder.
///
/// On a large description one cause (say, operations without examples) repeats a warning per operation;
/// 1,600 near-identical lines bury the one that matters.
public struct WarningReport: Sendable {
    /// How much to print.
    public enum Detail: Sendable {
        /// Every warning.
        case all
        /// Up to `examplesPerKind` per kind, then a count of the rest.
        case grouped
        /// None (the summary still counts them).
        case none
    }

    /// Warnings of one kind, in the order they were found.
    public struct Kind: Sendable {
        /// The message with its specifics (quoted names, numbers) blanked: what the warnings have in common.
        public let pattern: String
        /// The warnings.
        public let warnings: [Diagnostic]
    }

    /// Examples shown per kind in `.grouped` output.
    public static let examplesPerKind = 3

    /// The kinds, most frequent first (ties: first found first).
    public let kinds: [Kind]

    /// Groups `warnings`, with locations made relative to `workingFolder`.
    public init(_ warnings: [Diagnostic], workingFolder: String = FileManager.default.currentDirectoryPath) {
        let prefix = workingFolder.hasSuffix("/") ? workingFolder : workingFolder + "/"
        var order: [String] = []
        var byPattern: [String: [Diagnostic]] = [:]
        for var warning in warnings {
            if warning.location.hasPrefix(prefix) { warning.location.removeFirst(prefix.count) }
            let pattern = Self.pattern(of: warning.message)
            if byPattern[pattern] == nil { order.append(pattern) }
            byPattern[pattern, default: []].append(warning)
        }
        kinds = order.enumerated()
            .sorted { (byPattern[$0.element]!.count, -$0.offset) > (byPattern[$1.element]!.count, -$1.offset) }
            .map { Kind(pattern: $0.element, warnings: byPattern[$0.element]!) }
    }

    /// The total number of warnings.
    public var count: Int { kinds.reduce(0) { $0 + $1.warnings.count } }

    /// The lines to print at `detail`.
    public func lines(_ detail: Detail) -> [String] {
        switch detail {
        case .none: return []
        case .all: return kinds.flatMap { $0.warnings.map(\.description) }
        case .grouped:
            return kinds.flatMap { kind -> [String] in
                var lines = kind.warnings.prefix(Self.examplesPerKind).map(\.description)
                let rest = kind.warnings.count - Self.examplesPerKind
                if rest > 0 { lines.append("  … and \(rest) more like this (--verbose lists every warning)") }
                return lines
            }
        }
    }

    /// `3 warnings: 2 × no generated test: no example, 1 × …`; empty without warnings.
    public var summary: String {
        guard count > 0 else { return "" }
        let parts = kinds.map { "\($0.warnings.count) × \($0.pattern)" }
        return "\(count) warning\(count == 1 ? "" : "s"): " + parts.joined(separator: "; ")
    }

    /// The message with quoted or backticked names and numbers replaced, so warnings of one cause compare equal.
    static func pattern(of message: String) -> String {
        var result = ""
        var quote: Character?
        var previousWasDigit = false
        var previous: Character?
        for character in message {
            defer { previous = character }
            if let open = quote {
                if character == open {
                    result.append("…")
                    result.append(character)
                    quote = nil
                }
                continue
            }
            // An apostrophe inside a word (`Int64's`) is no quote.
            if character == "`" || (character == "'" && !(previous?.isLetter ?? false) && !(previous?.isNumber ?? false)) {
                quote = character
                result.append(character)
                previousWasDigit = false
            } else if character.isNumber {
                if !previousWasDigit { result.append("#") }
                previousWasDigit = true
            } else {
                result.append(character)
                previousWasDigit = false
            }
        }
        return result
    }
}
