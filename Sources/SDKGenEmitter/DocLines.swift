import Foundation

/// Builds doc comment lines from description text.
enum DocLines {
    /// The lines of `texts` (nil and empty ones skipped), paragraphs separated by an empty line.
    static func from(_ texts: String?...) -> [DocLine] {
        var lines: [DocLine] = []
        var seen: Set<String> = []
        for text in texts.compactMap({ $0?.trimmingCharacters(in: .whitespacesAndNewlines) }) where !text.isEmpty {
            // Azure often repeats the summary as the description; say it once.
            guard seen.insert(text).inserted else { continue }
            if !lines.isEmpty { lines.append(DocLine(text: "")) }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(DocLine(text: line.trimmingCharacters(in: .whitespaces)))
            }
        }
        return lines
    }
}

