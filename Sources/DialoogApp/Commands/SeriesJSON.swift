import DialoogCore
import DialoogPrint
import DialoogTUI
import Foundation

/// A series and its plan as `series show`, `series new` and `plan show` print them in JSON:
/// dates as wall-clock times (`2026-12-01T19:30`), warnings with their sentence.
struct SeriesJSON: Encodable {
    struct Summary: Encodable {
        var id, name, method, organisation: String
        var municipality: String?
        var facilitators: [String]
        var venue: String?
        var languages: [String]
        var groups: [String]
        var expectedGroupSize: Int?
        var groupChoice: [String]
        var created: String

        init(_ series: Series, calendar: LocalCalendar) {
            (id, name, method, organisation) = (series.id, series.name, series.methodId, series.organisation)
            municipality = series.municipality
            facilitators = series.facilitators
            venue = series.venue?.rawValue
            languages = series.languages
            groups = series.groups.map(\.rawValue)
            expectedGroupSize = series.expectedGroupSize
            groupChoice = series.groupChoice
            created = SeriesJSON.wallClock(series.createdAt, calendar: calendar)
        }
    }

    struct MeetingJSON: Encodable {
        var id: String
        var number: Int
        var kind: String
        var state: String
        var starts: String?
        var ends: String?
        var plannedMinutes: Int?
        var totalMinutes: Int
        var purpose: String
        var helpCard: [String]
        /// The card as printed, composed from the content (`HelpCard`): 112, the lines always
        /// there, the themes' entries, those earlier signals call for, the local ones.
        var card: [CardEntryJSON]
        var blocks: [BlockJSON]
        // What live mode recorded; empty for a meeting that has not started.
        var startedAt: String?
        var endedAt: String?
        var timeline: [TimelineJSON]
        var attendance: AttendanceJSON
        var promptUses: [PromptUseJSON]
        var notes: [TextJSON]
        var signals: [SignalJSON]
        var raisedThemes: [TextJSON]
    }

    struct CardEntryJSON: Encodable {
        var id, name, part, kind, kindLabel: String
        var professionalsOnly: Bool
        var what, forWhom: String
        var phone, phoneHours, hours, chat, web: String?
        /// Said instead of contact details when the entry gives none.
        var noContact: String?
        var languages: [String]
        var anonymous: String?
        var municipality: String?
        var checked: String
        /// True when the check date is more than 12 months old: verify before printing.
        var checkBeforePrinting: Bool

        init(_ item: HelpCard.Item, language: Language, today: ContentDate) {
            let entry = item.entry
            (id, name, part, kind) = (entry.id, entry.name, item.part.rawValue, entry.kind.rawValue)
            kindLabel = HelpCardText.kind(entry.kind, language)
            professionalsOnly = entry.professionalsOnly
            (what, forWhom, phone, web, chat) = (entry.what, entry.forWhom, entry.phone, entry.web, entry.chat)
            phoneHours = entry.phone == nil ? nil : entry.hours
            hours = entry.phone == nil ? entry.hours : nil
            noContact = entry.hasContact ? nil : HelpCardText.noContact(language)
            (languages, anonymous, municipality) = (entry.languages, entry.anonymous?.rawValue, entry.municipality)
            checked = entry.checked.description
            checkBeforePrinting = entry.checked.isOlder(thanMonths: 12, before: today)
        }
    }

    struct BlockJSON: Encodable {
        var id: String
        var starts: String?
        var title, kind, form: String
        var minutes: Int
        var theme: String?
        var temperature: String?
        var chosenByGroup: Bool
        var guidance: String
        var questions: [String]
        var prompts: [PromptJSON]
        /// Whose the block is: `{by: organisatie, source}`, `{by: dialoog}` or `{by: trainer}`;
        /// left out for a block saved before dialoog kept it.
        var provenance: Provenance?
    }

    struct PromptJSON: Encodable {
        var id: String
        var kind: String?
        var text: String?
    }

    /// A block as it ran: its minutes as planned and as changed during the meeting, and each
    /// stretch its timer ran, `[start, end]` (end null while it runs).
    struct TimelineJSON: Encodable {
        var id, title: String
        var plannedMinutes, extraMinutes: Int
        var startedAt, endedAt: String?
        var seconds: Int
        var segments: [[String?]]
    }

    struct AttendanceJSON: Encodable {
        var countOnly: Bool
        var present: [PresentJSON]
        var headcount: Headcount
    }

    struct PresentJSON: Encodable {
        var nickname, role: String
    }

    struct PromptUseJSON: Encodable {
        var promptId, blockId: String
        var planned: Bool
        var usedAt: String
        var response: String?
    }

    /// A note or a theme the group raised.
    struct TextJSON: Encodable {
        var at: String
        var blockId: String?
        var text: String
    }

    struct SignalJSON: Encodable {
        var at: String
        var blockId: String?
        var category, response: String
        var followUp: String?
    }

    struct WarningJSON: Encodable {
        var kind: String
        var meeting: Int?
        var blockId: String?
        var principle: String
        var message: String
        /// A hint is not counted as a warning.
        var hint: Bool
    }

    var series: Summary
    var checklist: [String: Bool]
    var meetings: [MeetingJSON]
    var warnings: [WarningJSON]

    /// `live` holds what live mode recorded, by meeting id; `now` is read only for a timer
    /// that runs in it.
    init(
        _ plan: SeriesPlan, warnings: [PlanWarning], library: Library, language: Language, calendar: LocalCalendar,
        meetings numbers: [Int]? = nil, live: [String: LiveMeeting] = [:], now: Date = .distantPast
    ) {
        series = Summary(plan.series, calendar: calendar)
        checklist = Dictionary(
            uniqueKeysWithValues: PreparationItem.allCases.map { ($0.rawValue, plan.checklist.contains($0)) })
        let signals = live.mapValues(\.record.signals)
        let today = HelpCardText.today(now, calendar: calendar)
        meetings = plan.meetings.filter { numbers?.contains($0.meeting.number) ?? true }.map { meetingPlan in
            let meeting = meetingPlan.meeting
            let index = plan.meetings.firstIndex { $0.id == meetingPlan.id }!
            let card = plan.helpCard(meeting: index, library: library, signals: signals).items.map {
                CardEntryJSON($0, language: language, today: today)
            }
            let starts = meetingPlan.blockStarts
            let record = live[meeting.id]?.record ?? LiveRecord(meetingId: meeting.id, state: meeting.state)
            let ran =
                live[meeting.id]
                ?? LiveMeeting(series: plan.series, meeting: meeting, blocks: meetingPlan.blocks, record: record)
            let clock = { (date: Date) in Self.wallClock(date, calendar: calendar) }
            return MeetingJSON(
                id: meeting.id, number: meeting.number, kind: meeting.kind.rawValue, state: meeting.state.rawValue,
                starts: meeting.startsAt.map { Self.wallClock($0, calendar: calendar) },
                ends: meetingPlan.endsAt.map { Self.wallClock($0, calendar: calendar) },
                plannedMinutes: meeting.plannedMinutes, totalMinutes: meetingPlan.totalMinutes,
                purpose: meeting.purpose, helpCard: meeting.helpCard, card: card,
                blocks: meetingPlan.blocks.enumerated().map { index, block in
                    BlockJSON(
                        id: block.id, starts: starts[index].map { Self.wallClock($0, calendar: calendar) },
                        title: block.title, kind: block.kind.rawValue, form: block.form, minutes: block.minutes,
                        theme: block.theme,
                        temperature: block.theme.flatMap { library.theme($0)?.temperature.rawValue },
                        chosenByGroup: block.chosenByGroup, guidance: block.guidance, questions: block.questions,
                        prompts: block.prompts.map { id in
                            let prompt = library.prompt(id)
                            return PromptJSON(id: id, kind: prompt?.kind.rawValue, text: prompt?.text)
                        }, provenance: block.shownProvenance)
                },
                startedAt: record.startedAt.map(clock), endedAt: record.endedAt.map(clock),
                timeline: ran.blocks.map { block in
                    TimelineJSON(
                        id: block.id, title: block.title, plannedMinutes: block.minutes,
                        extraMinutes: record.extraMinutes[block.id] ?? 0, startedAt: ran.firstStart(block).map(clock),
                        endedAt: ran.lastEnd(block).map(clock), seconds: Int(ran.elapsed(block, at: now).rounded()),
                        segments: record.segments.filter { $0.blockId == block.id }.map {
                            [clock($0.start), $0.end.map(clock)]
                        })
                },
                attendance: AttendanceJSON(
                    countOnly: record.countOnly,
                    present: ran.attendanceOrder.filter { record.present.contains($0.id) }.map {
                        PresentJSON(nickname: $0.nickname, role: $0.role.rawValue)
                    },
                    headcount: record.headcount),
                promptUses: record.promptUses.map {
                    PromptUseJSON(
                        promptId: $0.promptId, blockId: $0.blockId, planned: $0.planned, usedAt: clock($0.usedAt),
                        response: $0.response?.rawValue)
                },
                notes: record.notes.map { TextJSON(at: clock($0.at), blockId: $0.blockId, text: $0.text) },
                signals: record.signals.map {
                    SignalJSON(
                        at: clock($0.at), blockId: $0.blockId, category: $0.category.rawValue,
                        response: $0.response.rawValue, followUp: $0.followUp.map(clock))
                },
                raisedThemes: record.raisedThemes.map {
                    TextJSON(at: clock($0.at), blockId: $0.blockId, text: $0.text)
                })
        }
        self.warnings = warnings.filter { numbers == nil || $0.meeting.map { numbers!.contains($0) } ?? false }.map {
            WarningJSON(
                kind: Self.name(of: $0.kind), meeting: $0.meeting, blockId: $0.blockId, principle: $0.principle,
                message: $0.sentence(in: library, language: language), hint: $0.isHint)
        }
    }

    static func name(of kind: PlanWarning.Kind) -> String {
        switch kind {
        case .hotterBeforeCooler: "hotter_before_cooler"
        case .hotInFirstMeeting: "hot_in_first_meeting"
        case .peakDoesNotRise: "peak_does_not_rise"
        case .overLength: "over_length"
        case .promptRepeated: "prompt_repeated"
        case .statementsWithoutDialogue: "statements_without_dialogue"
        case .hotThemeWithoutHelp: "hot_theme_without_help"
        case .hotThemeWithoutAllHoursLine: "hot_theme_without_all_hours_line"
        case .entryWithoutContact: "entry_without_contact"
        case .noLocalEntries: "no_local_entries"
        case .agendaForOtherGroup: "agenda_for_other_group"
        }
    }

    /// `2026-12-01T19:30` on the wall clock, as `--dates` takes it.
    static func wallClock(_ date: Date, calendar: LocalCalendar) -> String {
        let p = calendar.parts(of: date)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        let four = String(repeating: "0", count: max(0, 4 - "\(p.year)".count)) + "\(p.year)"
        return "\(four)-\(two(p.month))-\(two(p.day))T\(two(p.hour)):\(two(p.minute))"
    }
}
