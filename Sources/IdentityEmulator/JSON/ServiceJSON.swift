import AzureSDKRuntime
import Foundation

/// JSON as the live service writes it.
///
/// The SDK's encoder writes dates with `Z`; the service (.NET `DateTimeOffset`) writes
/// `2023-10-20T12:46:12.3585166+00:00`, so responses use this encoder instead.
enum ServiceJSON {
    /// An encoder with the service's date form and sorted keys (deterministic bodies).
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(dateString(date))
        }
        return encoder
    }

    /// A decoder that reads the dates any Azure client writes (0–7 fractional digits, `Z` or an offset).
    static func makeDecoder() -> JSONDecoder {
        JSONCoding.makeDecoder()
    }

    /// `date` in UTC with 7 fractional digits and `+00:00`.
    static func dateString(_ date: Date) -> String {
        String(JSONCoding.string(from: date).dropLast()) + "+00:00"
    }
}
