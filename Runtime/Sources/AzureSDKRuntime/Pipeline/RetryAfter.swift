import Foundation
import HTTPTypes

/// Reads the server's requested retry delay from response headers.
///
/// Azure services use `retry-after-ms` / `x-ms-retry-after-ms` (milliseconds) as well as the
/// standard `Retry-After` (seconds or an HTTP-date); the millisecond forms are more precise,
/// so they are checked first.
enum RetryAfter {
    /// Longest delay accepted from a server (one day): a bogus huge value must not overflow
    /// or park a client forever. `overallTimeout` bounds real waits further.
    static let maximumMilliseconds: Double = 86_400_000

    /// The requested delay, or nil when no header (or no valid one) is present.
    static func delay(in fields: HTTPFields, now: Date) -> Duration? {
        for name in [HTTPField.Name.retryAfterMs, .xMsRetryAfterMs] {
            if let value = fields[name], let delay = milliseconds(value, scale: 1) {
                return delay
            }
        }
        guard let value = fields[.retryAfter] else { return nil }
        if let delay = milliseconds(value, scale: 1000) { return delay }
        if let date = RFC1123Date.date(from: value.trimmingCharacters(in: .whitespaces)) {
            return clamped(date.timeIntervalSince(now) * 1000)
        }
        return nil
    }

    /// A non-negative finite number in `text`, times `scale`, as a duration in milliseconds.
    private static func milliseconds(_ text: String, scale: Double) -> Duration? {
        guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite, number >= 0 else {
            return nil
        }
        return clamped(number * scale)
    }

    private static func clamped(_ milliseconds: Double) -> Duration {
        .milliseconds(Int64(min(max(0, milliseconds), maximumMilliseconds)))
    }
}
