import DialoogCore
import Foundation
import Plot

/// `dialoog plan show --format html` and the planner's print key: the printable plan as one
/// self-contained HTML file. Each meeting starts a new sheet: its blocks with heading, time and
/// duration, the guidance as a paragraph of its own, the questions and prompts written out, and
/// room for notes; then that meeting's attendance sheet. The ground rules, the help card and
/// "Als iemand iets vertelt" close the file, composed exactly as the other formats compose them.
///
/// Nicknames appear on the attendance sheets and nowhere else.
package struct PlanHTML {
    package var plan: SeriesPlan
    /// The meetings to print; nil for all.
    package var meetings: [Int]?
    package var library: Library
    package var warnings: [PlanWarning]
    package var language: DialoogCore.Language
    package var calendar: LocalCalendar
    package var now: Date
    package var signals: [String: [Signal]]
    /// The series' participants as live mode recorded them: the attendance sheets list them.
    package var participants: [Participant]
    /// The dialoog version that made the file, printed at its foot.
    package var version: String

    package init(
        plan: SeriesPlan, meetings: [Int]? = nil, library: Library, warnings: [PlanWarning],
        language: DialoogCore.Language,
        calendar: LocalCalendar, now: Date, signals: [String: [Signal]] = [:], participants: [Participant] = [],
        version: String
    ) {
        self.plan = plan
        self.meetings = meetings
        self.library = library
        self.warnings = warnings
        self.language = language
        self.calendar = calendar
        self.now = now
        self.signals = signals
        self.participants = participants
        self.version = version
    }

    /// Empty rows under the known nicknames, for newcomers; never fewer than `minimumNewRows`.
    static let minimumNewRows = 4

    package func render() -> String {
        let series = plan.series
        var body: [Node<HTML.BodyContext>] = [
            .h1(HTMLPage.text(series.name)),
            .ul(.class("meta"), .forEach(series.facts(in: library, language: language)) { .li(HTMLPage.text($0)) }),
            .p(.class("legend"), HTMLPage.text(Document.temperatureLegend(language: language, ascii: false))),
        ]
        if let method = library.method(series.methodId) {
            body.append(
                .p(
                    .class("legend"),
                    HTMLPage.text(ProvenanceMark.legend(method, language: language, ascii: false, trainer: true))))
        }
        let shown = plan.meetings.filter { meetings?.contains($0.meeting.number) ?? true }
        for meetingPlan in shown {
            body.append(meetingSection(meetingPlan))
            body.append(attendanceSheet(meetingPlan))
        }
        body.append(backMatter())
        body.append(
            .footer(
                HTMLPage.text(
                    PrintText.madeWith(
                        date: DateText.stamp(now, calendar: calendar, language: language), version: version
                    ).localized(language))))
        return HTMLPage.render(title: series.name, language: language, body: body)
    }

    // MARK: - A meeting

    private func meetingSection(_ meetingPlan: MeetingPlan) -> Node<HTML.BodyContext> {
        let meeting = meetingPlan.meeting
        let t = { (text: PlanText) in text.localized(language) }
        var nodes: [Node<HTML.BodyContext>] = [
            .class("page meeting"),
            .h2(HTMLPage.text(Document.meetingHeading(meetingPlan, language: language, calendar: calendar, now: now))),
        ]
        if !meeting.purpose.isEmpty { nodes.append(.p(HTMLPage.text(meeting.purpose))) }
        nodes.append(
            .p(
                .class("dim"),
                HTMLPage.text(t(.totalMinutes(meetingPlan.totalMinutes, planned: meeting.plannedMinutes)))))
        let starts = meetingPlan.blockStarts
        for (index, block) in meetingPlan.blocks.enumerated() {
            nodes.append(blockNodes(block, start: starts[index]))
        }
        let own = warnings.filter { $0.meeting == meeting.number }
        if !own.isEmpty {
            nodes.append(.h3(HTMLPage.text(t(.warningsHeading(own.count)))))
            nodes += Document(own.map { Document.warningLine($0, library: library, language: language, ascii: false) })
                .htmlNodes()
        }
        return .section(.group(nodes))
    }

    private func blockNodes(_ block: PlanBlock, start: Date?) -> Node<HTML.BodyContext> {
        let t = { (text: PlanText) in text.localized(language) }
        let time = start.map { DateText.clock($0, calendar: calendar) } ?? "--:--"
        let theme = block.theme.flatMap { library.theme($0) }
        var details = [t(.minutes(block.minutes)), t(.form(library.workingForm(block.form)?.name ?? block.form))]
        if let theme { details.append(theme.name) } else if let id = block.theme { details.append(id) }
        if block.chosenByGroup { details.append(t(.chosenByGroup)) }
        if let provenance = block.shownProvenance {
            let method = library.method(plan.series.methodId)
            details.append(ProvenanceMark.label(provenance, method: method, language: language, ascii: false))
        }
        var nodes: [Node<HTML.BodyContext>] = [
            .class("block"),
            .h3(
                .span(
                    .class(
                        theme.map { "mark " + Document.htmlClass(TemperatureMark.emphasis($0.temperature)) } ?? "mark"),
                    HTMLPage.text(theme.map { TemperatureMark.symbol($0.temperature, ascii: false) } ?? "")),
                HTMLPage.text(time + "  " + block.title)),
            .p(.class("meta"), HTMLPage.text(details.joined(separator: " · "))),
        ]
        if !block.guidance.isEmpty { nodes.append(.p(.class("guidance"), HTMLPage.text(block.guidance))) }
        if !block.materials.isEmpty { nodes.append(.p(.class("meta"), HTMLPage.text(t(.materials(block.materials))))) }
        if !block.questions.isEmpty {
            nodes.append(.p(.class("dim"), HTMLPage.text(t(.questions))))
            nodes.append(.ul(.forEach(block.questions) { .li(HTMLPage.text($0)) }))
        }
        if !block.prompts.isEmpty {
            let prompts = block.prompts.map { id in
                library.prompt(id).map { Document.promptText($0, language: language) } ?? id
            }
            nodes.append(.p(.class("dim"), HTMLPage.text(t(.prompts))))
            nodes.append(.ul(.forEach(prompts) { .li(HTMLPage.text($0)) }))
        }
        nodes.append(.div(.class("notes"), HTMLPage.text(PrintText.notes.localized(language))))
        return .div(.group(nodes))
    }

    // MARK: - Attendance

    /// The meeting's attendance sheet on a sheet of its own: the series' nicknames (never a
    /// role or anything else about a person), then empty rows for newcomers.
    private func attendanceSheet(_ meetingPlan: MeetingPlan) -> Node<HTML.BodyContext> {
        let names = participants.sorted(by: Participant.listedBefore).map(\.nickname)
        let expected = plan.series.expectedGroupSize ?? 0
        let empty = max(Self.minimumNewRows, expected - names.count)
        let rows = names + Array(repeating: "", count: empty)
        let heading = Document.meetingHeading(meetingPlan, language: language, calendar: calendar, now: now)
        return .section(
            .class("page attendance"),
            .h2(HTMLPage.text(PrintText.attendanceHeading(heading).localized(language))),
            .p(.class("dim"), HTMLPage.text(PrintText.attendanceNote.localized(language))),
            .table(
                .class("sheet"),
                .tr(
                    .th(HTMLPage.text(PrintText.nicknameColumn.localized(language))),
                    .th(HTMLPage.text(PrintText.presentColumn.localized(language)))),
                .forEach(rows) { name in .tr(.td(HTMLPage.text(name)), .td(.class("tick"))) }
            )
        )
    }

    // MARK: - The end of the file

    /// Ground rules, the method's rules, the help card and the disclosure page, and the
    /// checklist: the same blocks the Markdown and text plans end with.
    private func backMatter() -> Node<HTML.BodyContext> {
        var blocks: [Document.Block] = []
        if let base = library.base, !base.groundRules.isEmpty {
            blocks += [.heading(PlanText.groundRules.localized(language)), .bullets(base.groundRules)]
        }
        if let method = library.method(plan.series.methodId), !method.rules.isEmpty {
            blocks += [.heading(LibraryText.libraryHeading(.rules).localized(language)), .definitions(method.rules)]
        }
        blocks += Document.helpCardBlocks(
            plan, meetings: meetings, library: library, language: language, calendar: calendar, now: now,
            signals: signals)
        if let guide = library.disclosure {
            blocks.append(.pageBreak)
            blocks += Document.disclosureBlocks(guide, language: language, asPage: false)
        }
        // The whole plan ends with the checklist, as on paper in Markdown and text.
        if meetings == nil { blocks += Document.checklistBlocks(plan, language: language) }
        return .section(.class("page back"), .group(Document(blocks).htmlNodes()))
    }
}
