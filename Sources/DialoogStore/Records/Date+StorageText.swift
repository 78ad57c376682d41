import DialoogCore
import Foundation

extension Date {
    /// The date as GRDB stores one ("YYYY-MM-DD HH:MM:SS.SSS", UTC), made without GRDB's
    /// DateFormatter: binding a `Date` loads ICU's locale and calendar data (over 3 MB) the
    /// first time, which the start screen's one date-bound query paid before its first frame.
    /// Compares with stored dates as text does, as GRDB's own does.
    var storageText: String {
        let seconds = timeIntervalSince1970
        let whole = seconds.rounded(.down)
        let parts = LocalCalendar.fixedOffset(seconds: 0).parts(of: self)
        let millis = min(999, Int(((seconds - whole) * 1000).rounded()))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(parts.year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - year.count)) + year
        let paddedMillis = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(paddedYear)-\(two(parts.month))-\(two(parts.day)) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)).\(paddedMillis)"
    }
}
