import DialoogCore
import Foundation

/// Everything `dialoog report` writes, whatever the format: the overzicht's figures for a
/// filter, one row per meeting, and for the Markdown report the raised themes and the prompts
/// that landed. Counts only: no pseudonym and no gespreksleider's name is in it.
package struct Report: Sendable {
    package var overview: Overview
    package var meetings: [MeetingFigures]
    /// The prompts that landed (the evaluations say so), most often first.
    package var landed: [Overview.PromptCount]
    package var generatedAt: Date
    package var calendar: LocalCalendar
    package var language: Language
    /// Names for prompts and themes; only the Markdown report needs it.
    package var library: Library?
    /// The series carry their own names (`--with-series-names`), not their neutral labels.
    package var seriesNamed = false
    /// The period before, of the same length, with `--compare previous`; nil otherwise.
    package var previous: Previous?

    package init(
        overview: Overview, meetings: [MeetingFigures], landed: [Overview.PromptCount] = [], generatedAt: Date,
        calendar: LocalCalendar, language: Language,
        library: Library? = nil
    ) {
        self.overview = overview
        self.meetings = meetings
        self.landed = landed
        self.generatedAt = generatedAt
        self.calendar = calendar
        self.language = language
        self.library = library
    }

    package var filter: OverviewFilter { overview.filter }
    package var totals: Overview.Totals { overview.totals }

    /// The words of the report in its language.
    func t(_ text: ReportText) -> String { text.localized(language) }

    /// A local calendar day, `2026-11-30`.
    func isoDay(_ date: Date) -> String {
        let p = calendar.parts(of: date)
        return ReportText.isoDay(year: p.year, month: p.month, day: p.day)
    }

    /// The last day a period includes: the day before its exclusive end.
    func lastDay(before end: Date) -> Date {
        calendar.startOfDay(end.addingTimeInterval(-12 * 3600))
    }

    /// The filter's period in words.
    package var periodWords: String { periodWords(from: filter.from, to: filter.to) }

    /// A period in words: a whole year, quarter or month by name, else its first and last day.
    func periodWords(from start: Date?, to end: Date?) -> String {
        let from = start.map { calendar.parts(of: $0) }
        let last = end.map { calendar.parts(of: lastDay(before: $0)) }
        if let from, let last, let end, from.day == 1, from.hour == 0, from.minute == 0, from.year == last.year,
            calendar.parts(of: end).day == 1
        {
            let months = last.month - from.month + 1
            if months == 12, from.month == 1 { return t(.year(from.year)) }
            if months == 3, from.month % 3 == 1 { return t(.quarter(from.year, (from.month + 2) / 3)) }
            if months == 1 { return t(.month(from.year, from.month)) }
        }
        switch (from, last) {
        case (let from?, let last?):
            return t(.between(t(.day(from.year, from.month, from.day)), t(.day(last.year, last.month, last.day))))
        case (let from?, nil): return t(.since(t(.day(from.year, from.month, from.day))))
        case (nil, let last?): return t(.until(t(.day(last.year, last.month, last.day))))
        case (nil, nil): return t(.allTime)
        }
    }

    /// The filters other than the period, in words; empty when there are none.
    var filterWords: [String] {
        var words: [String] = []
        if let organisation = filter.organisation { words.append(t(.filterOrganisation(organisation))) }
        if let method = filter.methodId {
            words.append(t(.filterMethod(library?.method(method)?.name ?? method)))
        }
        if let municipality = filter.municipality { words.append(t(.filterMunicipality(municipality))) }
        // A facilitator filter is named without the name: the report names no one.
        if filter.facilitator != nil { words.append(t(.filterFacilitator)) }
        // The series of one laptop only: named as the overzicht's filter line names it.
        if let laptop = filter.laptop { words.append(t(.filterLaptop(String(laptop.prefix(8))))) }
        return words
    }

    /// Retention as a percentage of those at meeting 1, when known.
    var retentionPercent: Int? { totals.retention.map { Int(($0 * 100).rounded()) } }
}
