import Foundation
import HTTPTypes

/// Reads the server's requested retry delay from response headers.
///
/// Azure services use `retry-after-ms` / `x-ms-retry-after-ms` (milliseconds) as well as the
/// standard `Retry-After` (seconds or an HTTP-date); the millisecond forms are more precise,
/// so they are checked first.
enum RetryAfter {
    /// The requested delay, or nil when no header (or no valid one) is present.
    static func delay(in fields: HTTPFields, now: Date) -> Duration? {
        for name in [HTTPField.Name.retryAfterMs, .xMsRetryAfterMs] {
            if let value = fields[name], let ms = Double(value.trimmingCharacters(in: .whitespaces)), ms >= 0 {
                return .milliseconds(Int64(ms))
            }
        }
        guard let value = fields[.retryAfter]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value), seconds >= 0 {
            return .milliseconds(Int64(seconds * 1000))
        }
        if let date = RFC1123Date.date(from: value) {
            return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
        }
        return nil
    }
}
