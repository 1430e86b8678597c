import Foundation

/// Writes the one date-time form the SDK sends: UTC, exactly 7 fractional digits, `Z`
/// (e.g. `2023-10-10T21:39:39.3244584Z`).
///
/// Seven digits is the precision Azure services (.NET `DateTime`, 100 ns ticks) store, so nothing
/// a service wrote is lost on a round trip, and a fixed width keeps bodies deterministic.
/// `Date` is a `Double`, so for present-day instants the 7th digit is only accurate to ±1.
enum DateTimeFormatter {
    /// Formats `date` as `YYYY-MM-DDThh:mm:ss.fffffffZ` in UTC.
    static func string(from date: Date) -> String {
        let time = UnixTime(date)
        let days = Int((time.seconds - floorMod(time.seconds, 86_400)) / 86_400)
        let secondOfDay = Int(floorMod(time.seconds, 86_400))
        let civil = CivilCalendar.civilFromDays(days)
        var out = ""
        out.reserveCapacity(28)
        out += pad(civil.year, 4) + "-" + pad(civil.month, 2) + "-" + pad(civil.day, 2)
        out += "T" + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2)
        out += ":" + pad(secondOfDay % 60, 2) + "." + pad(Int(time.ticks), 7) + "Z"
        return out
    }

    /// Modulo that is never negative, for splitting pre-1970 instants into day and time of day.
    static func floorMod(_ value: Int64, _ divisor: Int64) -> Int64 {
        let r = value % divisor
        return r < 0 ? r + divisor : r
    }

    /// Zero-pads a non-negative number to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
