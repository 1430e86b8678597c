import Foundation

/// A `Date` split into whole Unix seconds and 100-nanosecond ticks.
///
/// Splitting from `timeIntervalSinceReferenceDate` (not `timeIntervalSince1970`) avoids one
/// floating-point addition, so formatting a parsed date gives back the same digits whenever
/// `Date`'s `Double` can represent them.
struct UnixTime: Equatable {
    /// Whole seconds since 1970-01-01T00:00:00Z (floor, so negative before the epoch).
    var seconds: Int64
    /// Fraction of the second in 100 ns units, 0..<10_000_000.
    var ticks: Int64

    /// Splits `date`, rounding to the nearest tick.
    init(_ date: Date) {
        let interval = date.timeIntervalSinceReferenceDate
        let whole = interval.rounded(.down)
        var seconds = Int64(whole) + CivilCalendar.unixToReferenceDateOffset
        var ticks = Int64(((interval - whole) * 10_000_000).rounded())
        if ticks >= 10_000_000 {
            seconds += 1
            ticks -= 10_000_000
        }
        self.seconds = seconds
        self.ticks = ticks
    }

    /// Creates a time from its parts.
    init(seconds: Int64, ticks: Int64) {
        self.seconds = seconds
        self.ticks = ticks
    }

    /// The `Date` for this instant.
    var date: Date {
        Date(
            timeIntervalSinceReferenceDate: Double(seconds - CivilCalendar.unixToReferenceDateOffset)
                + Double(ticks) / 10_000_000)
    }
}
