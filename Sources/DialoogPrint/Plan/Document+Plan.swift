import DialoogCore
import Foundation

/// The printable plan a gespreksleider takes on paper: per meeting the agenda with times, the
/// guidance, the questions and prompts written out, then the ground rules and the help card.
extension Document {
    package static func plan(
        _ plan: SeriesPlan, meetings numbers: [Int]? = nil, library: Library, warnings: [PlanWarning],
        language: Language, calendar: LocalCalendar, now: Date, ascii: Bool, signals: [String: [Signal]] = [:]
    ) -> Document {
        let t = { (text: PlanText) in text.localized(language) }
        let series = plan.series
        let method = library.method(series.methodId)
        var blocks: [Block] = [.title(series.name), .bullets(series.facts(in: library, language: language))]
        blocks.append(.paragraph(temperatureLegend(language: language, ascii: ascii), style: .dim))
        if let method {
            blocks.append(
                .paragraph(ProvenanceMark.legend(method, language: language, ascii: ascii, trainer: true), style: .dim))
        }

        let shown = plan.meetings.filter { numbers?.contains($0.meeting.number) ?? true }
        for meetingPlan in shown {
            blocks.append(.pageBreak)
            blocks += meetingBlocks(
                meetingPlan, method: method, library: library, language: language, calendar: calendar, now: now,
                ascii: ascii)
            let own = warnings.filter { $0.meeting == meetingPlan.meeting.number }
            if !own.isEmpty {
                blocks.append(.heading(t(.warningsHeading(own.count))))
                blocks += own.map { warningLine($0, library: library, language: language, ascii: ascii) }
            }
        }
        let seriesWide = warnings.filter { $0.meeting == nil }
        if numbers == nil, !seriesWide.isEmpty {
            blocks.append(.heading(t(.warningsHeading(seriesWide.count))))
            blocks += seriesWide.map { warningLine($0, library: library, language: language, ascii: ascii) }
        }

        blocks.append(.pageBreak)
        if let base = library.base, !base.groundRules.isEmpty {
            blocks += [.heading(t(.groundRules)), .bullets(base.groundRules)]
        }
        if let method, !method.rules.isEmpty {
            blocks += [.heading(LibraryText.libraryHeading(.rules).localized(language)), .definitions(method.rules)]
        }
        blocks += helpCardBlocks(
            plan, meetings: numbers, library: library, language: language, calendar: calendar, now: now,
            signals: signals)
        if let guide = library.disclosure { blocks += disclosureBlocks(guide, language: language, asPage: false) }

        if numbers == nil { blocks += checklistBlocks(plan, language: language) }
        return Document(blocks)
    }

    /// "Voorbereiding": the seven items of the sources, then the series' own, each ticked or not.
    static func checklistBlocks(_ plan: SeriesPlan, language: Language) -> [Block] {
        [
            .heading(PlanText.checklistHeading.localized(language)),
            .bullets(
                PreparationItem.allCases.map { item in
                    (plan.checklist.contains(item) ? "[x] " : "[ ] ") + PlanText.preparation(item).localized(language)
                } + plan.ownChecklist.map { ($0.done ? "[x] " : "[ ] ") + $0.text }),
        ]
    }

    private static func meetingBlocks(
        _ meetingPlan: MeetingPlan, method: Methodology?, library: Library, language: Language,
        calendar: LocalCalendar, now: Date, ascii: Bool
    ) -> [Block] {
        let t = { (text: PlanText) in text.localized(language) }
        let meeting = meetingPlan.meeting
        let heading = meetingHeading(meetingPlan, language: language, calendar: calendar, now: now)
        var blocks: [Block] = [.heading(heading)]
        if !meeting.purpose.isEmpty { blocks.append(.paragraph(meeting.purpose)) }
        blocks.append(
            .paragraph(t(.totalMinutes(meetingPlan.totalMinutes, planned: meeting.plannedMinutes)), style: .dim))
        let starts = meetingPlan.blockStarts
        for (index, block) in meetingPlan.blocks.enumerated() {
            let time = starts[index].map { DateText.clock($0, calendar: calendar) } ?? "--:--"
            let theme = block.theme.flatMap { library.theme($0) }
            let mark = theme.map { TemperatureMark.symbol($0.temperature, ascii: ascii) } ?? " "
            let style = theme.map { TemperatureMark.emphasis($0.temperature) } ?? .dim
            var line = "\(time)  \(block.title) (\(t(.minutes(block.minutes))))"
            var details = [t(.form(library.workingForm(block.form)?.name ?? block.form))]
            if let theme { details.append(theme.name) } else if let id = block.theme { details.append(id) }
            if block.chosenByGroup { details.append(t(.chosenByGroup)) }
            if let provenance = block.shownProvenance {
                details.append(ProvenanceMark.label(provenance, method: method, language: language, ascii: ascii))
            }
            line += " · " + details.joined(separator: " · ")
            blocks.append(.marked(mark, style: style, text: line))
            if !block.guidance.isEmpty { blocks.append(.detail([block.guidance], bullets: false)) }
            if !block.materials.isEmpty { blocks.append(.detail([t(.materials(block.materials))], bullets: false)) }
            let prompts = block.prompts.map { id in library.prompt(id).map { promptText($0, language: language) } ?? id
            }
            let lines = block.questions.map { "? " + $0 } + prompts
            if !lines.isEmpty { blocks.append(.detail(lines, bullets: true)) }
        }
        return blocks
    }

    /// "Bijeenkomst 2 · di 8 dec 19:30–21:30", or the meeting without a date yet.
    static func meetingHeading(_ meetingPlan: MeetingPlan, language: Language, calendar: LocalCalendar, now: Date)
        -> String
    {
        let meeting = meetingPlan.meeting
        var heading = PlanText.meetingHeading(meeting.kind, number: meeting.number).localized(language)
        if let start = meeting.startsAt {
            heading += " · " + DateText.day(start, now: now, calendar: calendar, language: language)
            heading += " " + DateText.clock(start, calendar: calendar)
            if let end = meetingPlan.endsAt { heading += "–" + DateText.clock(end, calendar: calendar) }
        } else {
            heading += " · " + PlanText.noDateYet.localized(language)
        }
        return heading
    }

    /// What the temperature marks mean, for paper: "❄ koud, · lauw, ~ warm, ▲ heet".
    static func temperatureLegend(language: Language, ascii: Bool) -> String {
        let marks = Temperature.allCases.map { temperature in
            TemperatureMark.symbol(temperature, ascii: ascii) + " "
                + LibraryText.temperatureName(temperature).localized(language)
        }
        return PrintText.legend(marks.joined(separator: ", ")).localized(language)
    }

    static func promptText(_ prompt: Prompt, language: Language) -> String {
        let kind = prompt.kind.rawValue
        // A library localized to English already shows the translation as the text.
        let english = language == .en ? prompt.translations["en"].flatMap { $0 == prompt.text ? nil : $0 } : nil
        let translation = english.map { " (\($0))" } ?? ""
        let followUp = prompt.followUp.map { " " + LibraryText.followUp($0).localized(language) } ?? ""
        return "\(kind): \(prompt.text)\(translation)\(followUp)"
    }

    /// The help cards of the meetings shown, as one card: each entry once, by part and kind
    /// (`HelpCard`), every field labelled, with its check date.
    static func helpCardBlocks(
        _ plan: SeriesPlan, meetings numbers: [Int]?, library: Library, language: Language, calendar: LocalCalendar,
        now: Date, signals: [String: [Signal]]
    ) -> [Block] {
        var items: [HelpCard.Item] = []
        for index in plan.meetings.indices where numbers?.contains(plan.meetings[index].meeting.number) ?? true {
            for item in plan.helpCard(meeting: index, library: library, signals: signals).items
            where !items.contains(where: { $0.entry.id == item.entry.id }) {
                items.append(item)
            }
        }
        let rank = { (item: HelpCard.Item) in HelpCard.Part.allCases.firstIndex(of: item.part)! }
        items = items.enumerated().sorted {
            (rank($0.element), $0.element.entry.kind, $0.offset) < (rank($1.element), $1.element.entry.kind, $1.offset)
        }.map(\.element)
        let today = HelpCardText.today(now, calendar: calendar)
        let municipality = plan.series.municipality
        var blocks: [Block] = [.heading(PlanText.helpCard.localized(language))]
        blocks.append(.paragraph(PlanText.helpCardFooter.localized(language), style: .accent))
        // Before anyone prints the card: old numbers and hours are checked first.
        if items.contains(where: { $0.entry.checked.isOlder(thanMonths: 12, before: today) }) {
            blocks.append(.paragraph(HelpCardText.verify(language), style: .warning))
        }
        blocks.append(
            .definitions(
                items.map { item in
                    NamedText(
                        name: HelpCardText.heading(item, municipality: municipality, language),
                        text: HelpCardText.lines(item.entry, language, today: today).joined(separator: "\n"))
                }))
        return blocks
    }

    static func warningLine(_ warning: PlanWarning, library: Library, language: Language, ascii: Bool) -> Block {
        let (mark, style) = warning.marker(in: library, ascii: ascii)
        return .marked(mark, style: style, text: warning.sentence(in: library, language: language))
    }
}
