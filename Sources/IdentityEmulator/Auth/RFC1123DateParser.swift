import Foundation

/// Parses `x-ms-date` / `Date` values (`Sun, 02 Mar 2025 08:05:09 GMT`).
enum RFC1123DateParser {
    /// The instant `text` names, or nil when it is not an RFC 1123 date.
    static func date(from text: String) -> Date? {
        // A formatter per call: DateFormatter is not Sendable, and signing checks are not hot enough to matter.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }
}
