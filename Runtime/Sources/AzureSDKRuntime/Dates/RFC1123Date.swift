import Foundation

/// RFC 1123 dates (`Sun, 02 Mar 2025 08:05:09 GMT`), as `x-ms-date` and `Retry-After` use them.
///
/// Hand-written because `DateFormatter` follows the user's locale unless carefully pinned, is
/// not `Sendable`, and is expensive per call; signing needs one exact English, GMT form.
public enum RFC1123Date {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats `date` in GMT with a two-digit day, truncating fractional seconds.
    public static func string(from date: Date) -> String {
        let seconds = UnixTime(date).seconds
        let secondOfDay = Int(DateTimeFormatter.floorMod(seconds, 86_400))
        let days = Int((seconds - Int64(secondOfDay)) / 86_400)
        let civil = CivilCalendar.civilFromDays(days)
        let pad = DateTimeFormatter.pad
        return weekdays[CivilCalendar.weekday(fromDays: days)] + ", " + pad(civil.day, 2) + " "
            + months[civil.month - 1] + " " + pad(civil.year, 4) + " "
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + " GMT"
    }

    /// Parses `Www, DD Mmm YYYY hh:mm:ss GMT` (weekday not checked); nil for anything else.
    public static func date(from text: String) -> Date? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 6, parts[0].hasSuffix(","), parts[5] == "GMT" || parts[5] == "UTC",
            let day = Int(parts[1]), let monthIndex = months.firstIndex(of: String(parts[2])),
            let year = Int(parts[3]), parts[3].count == 4
        else { return nil }
        let time = parts[4].split(separator: ":")
        guard time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2]),
            (1...CivilCalendar.daysInMonth(year: year, month: monthIndex + 1)).contains(day),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        let days = CivilCalendar.daysFromCivil(year: year, month: monthIndex + 1, day: day)
        return UnixTime(seconds: Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second), ticks: 0).date
    }
}
