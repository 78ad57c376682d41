import Foundation

extension SeriesOverview {
    /// The order of the start screen: series with a meeting still to come first, soonest
    /// first; then series without a date; then finished series; by name within each group.
    package static func startOrder(_ overviews: [SeriesOverview]) -> [SeriesOverview] {
        func rank(_ overview: SeriesOverview) -> Int {
            guard let next = overview.nextMeeting else { return 2 }
            return next.startsAt == nil ? 1 : 0
        }
        return overviews.sorted { a, b in
            let (ra, rb) = (rank(a), rank(b))
            if ra != rb { return ra < rb }
            if ra == 0, let da = a.nextMeeting?.startsAt, let db = b.nextMeeting?.startsAt, da != db {
                return da < db
            }
            // Case-insensitive with numbers by value ("Groep 2" before "Groep 10"), without
            // ICU's collation tables, which would cost more memory than all of dialoog.
            let byName = a.series.name.compare(b.series.name, options: [.caseInsensitive, .numeric])
            return byName == .orderedSame ? a.id < b.id : byName == .orderedAscending
        }
    }
}
