import Foundation

/// The single JSON configuration used for every request and response body.
///
/// Centralised so that generated models, the pipeline and tests agree on date handling and key
/// order. The factories give callers instances they may reconfigure; the pipeline itself shares one
/// of each (`shared…`, never mutated after creation, and both types are thread-safe for encoding and
/// decoding), because making them per call showed in the per-call cost.
public enum JSONCoding {
    /// The encoder the pipeline uses for every request body; do not reconfigure it.
    static let sharedEncoder = makeEncoder()
    /// The decoder the pipeline uses for every response body; do not reconfigure it.
    static let sharedDecoder = makeDecoder()

    /// An encoder writing dates via `string(from:)`, with sorted keys so bodies (and their
    /// signatures) are deterministic, and without escaping "/".
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(DateTimeFormatter.string(from: date))
        }
        return encoder
    }

    /// A decoder that reads dates with `date(from:)` and reports the offending text when one is invalid.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = DateTimeParser.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an RFC 3339 date-time, found \"\(text.prefix(64))\".")
            }
            return date
        }
        return decoder
    }

    /// Formats a date the way request bodies and query parameters carry it:
    /// UTC, 7 fractional digits, `Z` (`2023-10-10T21:39:39.3244584Z`).
    public static func string(from date: Date) -> String {
        DateTimeFormatter.string(from: date)
    }

    /// Parses an RFC 3339 date-time with 0…7 (or more, truncated) fractional digits and `Z`,
    /// `±hh:mm` or no offset (UTC); nil when `text` is not one.
    public static func date(from text: String) -> Date? {
        DateTimeParser.parse(text)
    }
}
