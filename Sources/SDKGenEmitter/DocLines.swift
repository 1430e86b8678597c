import Foundation

/// Builds doc comment lines from description text.
enum DocLines {
    /// The lines of `texts` (nil and empty ones skipped), paragraphs separated by an empty line.
    static func from(_ texts: String?...) -> [DocLine] {
        var lines: [DocLine] = []
        var seen: Set<String> = []
        for text in texts.compactMap({ $0.map(trimmed) }) where !text.isEmpty {
            // Azure often repeats the summary as the description; say it once.
            guard seen.insert(text).inserted else { continue }
            if !lines.isEmpty { lines.append(DocLine(text: "")) }
            // Every line break Unicode knows: "\r\n" is one Character, and a lone "\r" also ends a Swift comment,
            // so splitting on "\n" alone would leave the rest of the line outside the `///`.
            for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                lines.append(DocLine(text: trimmed(line)))
            }
        }
        return lines
    }

    /// `text` without leading and trailing white space (Foundation's trimming bridges through NSString,
    /// which showed in profiles of large descriptions).
    static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        return String(text[first...last])
    }
}

