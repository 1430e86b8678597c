import Foundation

/// Builds doc comment lines from description text.
enum DocLines {
    /// The lines of `texts` (nil and empty ones skipped), paragraphs separated by an empty line.
    static func from(_ texts: String?...) -> [DocLine] {
        var lines: [DocLine] = []
        var seen: [String] = []
        for var text in texts.compactMap({ $0.map(trimmed) }) where !text.isEmpty {
            // Azure often repeats the summary as the description, or as its first sentence; say it once.
            guard !seen.contains(text) else { continue }
            seen.append(text)
            if let repeated = seen.first(where: { $0 != text && startsWithSentence(text, $0) }) {
                text = trimmed(text.dropFirst(repeated.count))
                if text.isEmpty { continue }
            }
            if !lines.isEmpty { lines.append(DocLine(text: "")) }
            // Every line break Unicode knows: "\r\n" is one Character, and a lone "\r" also ends a Swift comment,
            // so splitting on "\n" alone would leave the rest of the line outside the `///`.
            for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                lines.append(DocLine(text: trimmed(line)))
            }
        }
        return lines
    }

    /// Whether `text` begins with the whole sentence `sentence` (ending in `.`, `!` or `?`) followed by more text.
    private static func startsWithSentence(_ text: String, _ sentence: String) -> Bool {
        guard let last = sentence.last, ".!?".contains(last), text.count > sentence.count, text.hasPrefix(sentence) else {
            return false
        }
        return text[text.index(text.startIndex, offsetBy: sentence.count)].isWhitespace
    }

    /// `text` without leading and trailing white space (Foundation's trimming bridges through NSString,
    /// which showed in profiles of large descriptions).
    static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        return String(text[first...last])
    }
}

