import Foundation

/// Bounded text copies of bodies for errors, so a huge or binary body cannot bloat an error.
enum BodyExcerpt {
    /// The first `limit` bytes of `body` as UTF-8 text (invalid sequences replaced).
    static func text(_ body: Data, limit: Int) -> String {
        String(decoding: body.prefix(limit), as: UTF8.self)
    }

    /// Like `text`, but when the body is JSON, string values under keys containing "token"
    /// (any case) are replaced first: a decoding failure of a token response must not put
    /// the token into an error message that ends up in logs.
    static func redacted(_ body: Data, limit: Int) -> String {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            // Not JSON (e.g. truncated): redact token-like values by pattern instead.
            return redactedText(text(body, limit: limit))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(redact(value)) else { return "" }
        return text(data, limit: limit)
    }

    /// Replaces the value after every `"…token…":` key in text that is not valid JSON,
    /// up to its closing quote or, for a cut-off value, the end of the text.
    static func redactedText(_ text: String) -> String {
        guard let pattern = try? NSRegularExpression(
            pattern: #""([^"\\]*token[^"\\]*)"\s*:\s*"(?:[^"\\]|\\.)*("|$)"#, options: [.caseInsensitive])
        else { return "" }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: #""$1":"REDACTED$2"#)
    }

    private static func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map(redact))
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                if key.lowercased().contains("token"), case .string = member {
                    result[key] = .string("REDACTED")
                } else {
                    result[key] = redact(member)
                }
            }
            return .object(result)
        default:
            return value
        }
    }
}
