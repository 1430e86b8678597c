import Foundation

/// Parses RFC 3339 / ISO 8601 date-times as Azure services write them.
///
/// Hand-written rather than `ISO8601DateFormatter`/`DateFormatter` because those accept a fixed
/// number of fractional digits (Azure writes 0…7: `2023-10-10T21:39:39.3244584+00:00`), are costly
/// to create, and are not `Sendable`; this parser is allocation-free and pure.
///
/// Accepted: `YYYY-MM-DD` `T`|`t`|space `hh:mm:ss`, optional `.` and one or more fraction digits
/// (beyond 7 truncated), then `Z`|`z`, `±hh:mm`, `±hhmm`, or nothing (read as UTC, as .NET does).
enum DateTimeParser {
    /// The instant `text` denotes, or nil when it is not a date-time in the accepted form.
    static func parse(_ text: String) -> Date? {
        parseUnixTime(text)?.date
    }

    /// Like `parse`, but returns the exact seconds and ticks.
    static func parseUnixTime(_ text: String) -> UnixTime? {
        var copy = text
        return copy.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> UnixTime? {
        var cursor = Cursor(bytes: bytes)
        guard let year = cursor.digits(4), cursor.skip("-"),
            let month = cursor.digits(2), cursor.skip("-"),
            let day = cursor.digits(2),
            cursor.skip("T") || cursor.skip("t") || cursor.skip(" "),
            let hour = cursor.digits(2), cursor.skip(":"),
            let minute = cursor.digits(2), cursor.skip(":"),
            let second = cursor.digits(2)
        else { return nil }
        guard (1...12).contains(month),
            (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day),
            hour < 24, minute < 60, second <= 60
        else { return nil }

        var ticks: Int64 = 0
        if cursor.skip(".") {
            guard let fraction = cursor.fractionTicks() else { return nil }
            ticks = fraction
        }

        var offsetSeconds = 0
        if cursor.skip("Z") || cursor.skip("z") || cursor.isAtEnd {
            offsetSeconds = 0
        } else {
            let sign: Int
            if cursor.skip("+") {
                sign = 1
            } else if cursor.skip("-") {
                sign = -1
            } else {
                return nil
            }
            guard let offsetHours = cursor.digits(2) else { return nil }
            _ = cursor.skip(":")
            guard let offsetMinutes = cursor.digits(2), offsetHours < 24, offsetMinutes < 60 else {
                return nil
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        guard cursor.isAtEnd else { return nil }

        let days = CivilCalendar.daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        return UnixTime(seconds: seconds, ticks: ticks)
    }

    /// A forward-only reader over ASCII bytes.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var isAtEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = bytes[index + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        /// Reads one or more digits as 100 ns ticks: the first 7 count, further ones are truncated.
        mutating func fractionTicks() -> Int64? {
            var ticks: Int64 = 0
            var count = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if count < 7 { ticks = ticks * 10 + Int64(bytes[index] - 0x30) }
                count += 1
                index += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 7) { ticks *= 10 }
            return ticks
        }
    }
}
