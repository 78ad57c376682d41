import DialoogCore
import DialoogPrint
import Foundation

/// The printable plan as HTML, made the same way by `plan show --format html` and by the
/// planner's print key: the attendance sheets list the nicknames live mode recorded.
enum PlanPrinting {
    /// Everyone recorded in any meeting of the series, once each.
    static func participants(_ live: [String: LiveMeeting]) -> [Participant] {
        var seen = Set<String>()
        return live.values.flatMap(\.record.participants).filter { seen.insert($0.id).inserted }
    }

    static func html(
        _ plan: SeriesPlan, meetings: [Int]?, library: Library, live: [String: LiveMeeting], language: Language,
        calendar: LocalCalendar, now: Date
    ) -> String {
        let signals = live.mapValues(\.record.signals)
        return PlanHTML(
            plan: plan, meetings: meetings, library: library,
            warnings: PlanRules.check(plan, library: library, signals: signals), language: language,
            calendar: calendar, now: now, signals: signals, participants: participants(live),
            version: DialoogVersion.current
        ).render()
    }
}
