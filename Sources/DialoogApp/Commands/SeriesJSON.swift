import DialoogCore
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
        var blocks: [BlockJSON]
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
    }

    struct PromptJSON: Encodable {
        var id: String
        var kind: String?
        var text: String?
    }

    struct WarningJSON: Encodable {
        var kind: String
        var meeting: Int?
        var blockId: String?
        var principle: String
        var message: String
    }

    var series: Summary
    var checklist: [String: Bool]
    var meetings: [MeetingJSON]
    var warnings: [WarningJSON]

    init(
        _ plan: SeriesPlan, warnings: [PlanWarning], library: Library, language: Language, calendar: LocalCalendar,
        meetings numbers: [Int]? = nil
    ) {
        series = Summary(plan.series, calendar: calendar)
        checklist = Dictionary(
            uniqueKeysWithValues: PreparationItem.allCases.map { ($0.rawValue, plan.checklist.contains($0)) })
        meetings = plan.meetings.filter { numbers?.contains($0.meeting.number) ?? true }.map { meetingPlan in
            let meeting = meetingPlan.meeting
            let starts = meetingPlan.blockStarts
            return MeetingJSON(
                id: meeting.id, number: meeting.number, kind: meeting.kind.rawValue, state: meeting.state.rawValue,
                starts: meeting.startsAt.map { Self.wallClock($0, calendar: calendar) },
                ends: meetingPlan.endsAt.map { Self.wallClock($0, calendar: calendar) },
                plannedMinutes: meeting.plannedMinutes, totalMinutes: meetingPlan.totalMinutes,
                purpose: meeting.purpose, helpCard: meeting.helpCard,
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
                        })
                })
        }
        self.warnings = warnings.filter { numbers == nil || $0.meeting.map { numbers!.contains($0) } ?? false }.map {
            WarningJSON(
                kind: Self.name(of: $0.kind), meeting: $0.meeting, blockId: $0.blockId, principle: $0.principle,
                message: $0.sentence(in: library, language: language))
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
