import DialoogCore
import Foundation

/// The figures the meetings collect that the reports once left out: the headcount by women,
/// men and young people, the professionals present, the "useful" and "heard" hands, and the
/// series' venues, languages and target groups. Summed from the report's meetings, like the
/// hours and expenses, so every format and both periods of a comparison count them alike.
extension Report {
    /// The parts of the counted meetings' headcounts, each summed over the meetings where it
    /// was counted; `meetings` is how many counted meetings gave at least one part.
    package struct HeadcountParts: Equatable, Sendable {
        package var women = 0
        package var men = 0
        package var young = 0
        package var meetings = 0
    }

    package var headcountParts: HeadcountParts {
        var parts = HeadcountParts()
        for meeting in meetings where meeting.countOnly {
            guard meeting.women != nil || meeting.men != nil || meeting.young != nil else { continue }
            parts.women = Limits.sum([parts.women, meeting.women ?? 0])
            parts.men = Limits.sum([parts.men, meeting.men ?? 0])
            parts.young = Limits.sum([parts.young, meeting.young ?? 0])
            parts.meetings += 1
        }
        return parts
    }

    /// Professionals present, summed over the meetings with named attendance that had any
    /// attendance recorded, and how many such meetings there were.
    package var professionalsPresent: (present: Int, meetings: Int) {
        // Only the numbers are gathered: a filtered copy of 10,000 meetings was 15 MB, most of
        // what the JSON report held over its memory limit (issue 18).
        let named = Array(
            meetings.lazy.filter {
                !$0.countOnly && $0.participants + $0.speakers + $0.professionals + $0.observers > 0
            }.map(\.professionals))
        return (Limits.sum(named), named.count)
    }

    /// The hands of one question summed over the evaluations that counted them.
    package func hands(_ question: KeyPath<MeetingFigures, HandCount>) -> (HandCount, meetings: Int) {
        let counted = meetings.map { $0[keyPath: question] }.filter { $0.total != nil }
        let sum = HandCount(
            yes: Limits.sum(counted.map { $0.yes ?? 0 }), partly: Limits.sum(counted.map { $0.partly ?? 0 }),
            no: Limits.sum(counted.map { $0.no ?? 0 }))
        return (sum, counted.count)
    }

    /// Series per value of `values` (each series once, most first, then by value), over the
    /// series with a meeting in the report.
    package func seriesPer(_ values: (MeetingFigures) -> [String]) -> [Overview.NameCount] {
        var seen: Set<String> = []
        var counts: [String: Int] = [:]
        for meeting in meetings where seen.insert(meeting.seriesId).inserted {
            for value in Set(values(meeting)) { counts[value, default: 0] += 1 }
        }
        return counts.map { Overview.NameCount(name: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    package var venueSeries: [Overview.NameCount] { seriesPer { $0.venue.map { [$0] } ?? [] } }
    package var languageSeries: [Overview.NameCount] { seriesPer(\.languages) }
    package var groupSeries: [Overview.NameCount] { seriesPer(\.groups) }

    /// A venue or target group in the report's words; a value the program does not know is shown as stored.
    func venueWord(_ raw: String) -> String {
        Venue(rawValue: raw).map { PlanText.venueName($0).localized(language) } ?? raw
    }

    func groupWord(_ raw: String) -> String {
        TargetGroup(rawValue: raw).map { PlanText.groupName($0).localized(language) } ?? raw
    }

    /// The collected figures in words, "nog niet bekend" when nothing was counted.
    var headcountPartsWords: String {
        let parts = headcountParts
        guard parts.meetings > 0 else { return t(.notKnownYet) }
        return t(.headcountPartsValue(women: parts.women, men: parts.men, young: parts.young, meetings: parts.meetings))
    }

    var professionalsWords: String {
        let (present, named) = professionalsPresent
        guard named > 0 else { return t(.notKnownYet) }
        return t(.professionalsValue(present: present, meetings: named))
    }

    func handsWords(_ question: KeyPath<MeetingFigures, HandCount>) -> String {
        let (sum, counted) = hands(question)
        guard counted > 0 else { return t(.notKnownYet) }
        return t(.handsValue(yes: sum.yes ?? 0, partly: sum.partly ?? 0, no: sum.no ?? 0, meetings: counted))
    }

    func perSeriesWords(_ counts: [Overview.NameCount], _ word: (String) -> String = { $0 }) -> String {
        guard !counts.isEmpty else { return t(.notKnownYet) }
        return t(.perSeriesValue(counts.map { Overview.NameCount(name: word($0.name), count: $0.count) }))
    }
}
