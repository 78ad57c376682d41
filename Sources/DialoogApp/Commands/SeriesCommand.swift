import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI
import Foundation

/// `dialoog series new|list|show|duplicate`.
package struct SeriesCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "series", abstract: PlanText.cliSeriesAbstract.localized(CommandLineLanguage.current),
            subcommands: [New.self, List.self, Show.self, Duplicate.self], defaultSubcommand: List.self)
    }

    package init() {}

    package enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static func help(_ text: PlanText) -> ArgumentHelp { ArgumentHelp(text.localized(CommandLineLanguage.current)) }

    // MARK: - new

    package struct New: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliSeriesNewAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Option(help: help(.cliOptionMethod)) package var method: String
        @Option(help: help(.cliOptionName)) package var name: String
        @Option(help: help(.cliOptionOrganisation)) package var organisation: String?
        @Option(help: help(.cliOptionMunicipality)) package var municipality: String?
        @Option(help: help(.cliOptionFacilitator)) package var facilitator: [String] = []
        @Option(help: help(.cliOptionVenue)) package var venue: String?
        @Option(help: help(.cliOptionLanguages)) package var language: String?
        @Option(help: help(.cliOptionGroups)) package var group: String?
        // Read as text, so that "-1" is a value rather than an option and a number too large
        // for Int gets dialoog's sentence, not ArgumentParser's English "Missing value".
        @Option(parsing: .unconditional, help: help(.cliOptionSize)) package var size: String?

        /// `--size` as a number; `validate` has refused anything else.
        var groupSize: Int? { size.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }
        @Option(help: help(.cliOptionDates)) package var dates: String?
        @Option(help: help(.cliOptionChoose)) package var choose: String?
        @Option(help: help(.cliOptionPlanFormat)) package var format: Format = .text

        package init() {}

        package func validate() throws {
            let language = CommandLineLanguage.current
            if name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError(PlanText.nameRequired.localized(language))
            }
            if let size, !(groupSize.map(Limits.groupSize.contains) ?? false) {
                throw ValidationError(PlanText.badSize(size).localized(language))
            }
            // A plan file refuses these at their line; the options are held to the same.
            let texts: [(String, String?)] =
                [
                    ("--name", name), ("--organisation", organisation), ("--municipality", municipality),
                    ("--venue", venue), ("--language", self.language), ("--group", group), ("--choose", choose),
                ]
                + facilitator.map { ("--facilitator", $0) }
            for (option, value) in texts {
                if let value, SafeText.containsUnsafe(value) {
                    throw ValidationError(PlanText.controlCharacterOption(option).localized(language))
                }
                if let value, value.count > Limits.name {
                    throw ValidationError(PlanText.optionTooLong(option, max: Limits.name).localized(language))
                }
            }
        }

        package func run() throws {
            try global.withStore(writing: true) { context in
                guard let methodology = context.library.method(method) else {
                    throw CLIError.unknownID(
                        kind: .methodology, id: method,
                        suggestion: Suggestion.closest(to: method, in: context.library.methods.map(\.id)))
                }
                let series = Series(
                    name: name.trimmingCharacters(in: .whitespaces), methodId: method,
                    organisation: Self.given(organisation) ?? methodology.organisation.short,
                    municipality: Self.given(municipality), expectedGroupSize: groupSize,
                    createdAt: context.now, facilitators: facilitator.filter { !$0.isEmpty },
                    venue: try Self.venue(venue), languages: Self.list(language), groups: try Self.groups(group),
                    groupChoice: Self.list(choose))
                let starts = try Self.dates(dates, calendar: context.calendar)
                let plan: SeriesPlan
                do throws(ProposalProblem) {
                    plan = try SeriesProposal.make(series: series, library: context.library, starts: starts)
                } catch {
                    switch error {
                    case .unknownMethod(let id): throw CLIError.unknownID(kind: .methodology, id: id, suggestion: nil)
                    case .choiceNeeded(let count, let options):
                        throw CLIError.plan(.choiceNeeded(method: methodology.name, choose: count, options: options))
                    case .unknownOption(let option, let options):
                        throw CLIError.plan(.unknownOption(option, options: options))
                    }
                }
                // Read before the new series adds its own spelling to those in use.
                let known = try context.database.filterChoices().municipalities
                try context.write { try context.database.insertPlan(plan, now: context.now) }
                if let typed = plan.series.municipality,
                    let existing = MunicipalityName.existingSpelling(of: typed, among: known)
                {
                    complain(
                        CommandText.municipalitySpelling(typed: typed, existing: existing).localized(context.language))
                }
                if format == .text {
                    say(
                        PlanText.seriesCreated(name: plan.series.name, id: plan.series.id).localized(context.language))
                }
                say(Show.output(plan, format: format, context: context), terminator: "")
            }
        }

        /// A text option with its spaces trimmed; nil when left out or blank.
        static func given(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        static func list(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        static func venue(_ text: String?) throws(CLIError) -> Venue? {
            guard let text, !text.isEmpty else { return nil }
            guard let venue = Venue(rawValue: text.lowercased()) else {
                throw .plan(.badVenue(text, allowed: Venue.allCases.map(\.rawValue)))
            }
            return venue
        }

        static func groups(_ text: String?) throws(CLIError) -> [TargetGroup] {
            var groups: [TargetGroup] = []
            for word in list(text) {
                guard let group = TargetGroup(rawValue: word.lowercased()) else {
                    throw .plan(.badGroup(word, allowed: TargetGroup.allCases.map(\.rawValue)))
                }
                if !groups.contains(group) { groups.append(group) }
            }
            return groups
        }

        /// `2026-12-01T19:30,2026-12-08T19:30`: wall-clock times; an empty place keeps a meeting
        /// without a date (`,2026-12-08T19:30`).
        static func dates(_ text: String?, calendar: LocalCalendar) throws(CLIError) -> [Date?] {
            guard let text, !text.isEmpty else { return [] }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T") }
            guard parts.count <= SeriesOverview.regularMeetings else { throw .plan(.tooManyDates(parts.count)) }
            return try parts.map { (part: String) throws(CLIError) -> Date? in
                if part.isEmpty { return nil }
                guard let date = NewSeriesForm.parseDate(part, calendar: calendar) else {
                    // A date and time that reads well on a clock without summer time is one the
                    // local clock skips.
                    let readable = NewSeriesForm.parseDate(part, calendar: .fixedOffset(seconds: 0)) != nil
                    throw .plan(readable ? .datesInClockGap(part) : .badDates(part))
                }
                return date
            }
        }
    }

    // MARK: - list

    package struct List: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliSeriesListAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Option(help: help(.cliOptionPlanFormat)) package var format: Format = .text

        package init() {}

        package func run() throws {
            try global.withStore { context in
                let all: [Series]
                do { all = try context.database.allSeries() } catch {
                    throw CLIError.store(AppDatabase.classify(error, path: context.database.path))
                }
                switch format {
                case .json:
                    say(
                        JSONOutput.text(all.map { SeriesJSON.Summary($0, calendar: context.calendar) }), terminator: "")
                case .text:
                    if all.isEmpty {
                        say(PlanText.noSeries.localized(context.language))
                        return
                    }
                    for series in all {
                        let place = series.municipality.map { "  \($0)" } ?? ""
                        say(
                            "\(series.id.prefix(8))  \(series.name)  \(series.methodId)  \(series.organisation)\(place)"
                        )
                    }
                }
            }
        }
    }

    // MARK: - show

    package struct Show: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliSeriesShowAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliSeriesArgument)) package var series: String
        @Option(help: help(.cliOptionPlanFormat)) package var format: Format = .text

        package init() {}

        package func run() throws {
            try global.withStore { context in
                let plan = try context.plan(series)
                let live = try context.liveMeetings(of: plan)
                say(Self.output(plan, format: format, context: context, live: live), terminator: "")
            }
        }

        /// A series as `show` and `new` print it: JSON, or the summary below, with its warnings;
        /// `live` holds what live mode recorded, by meeting id.
        static func output(
            _ plan: SeriesPlan, format: Format, context: StoreContext, live: [String: LiveMeeting] = [:]
        ) -> String {
            let warnings = PlanRules.check(
                plan, library: context.library, signals: live.mapValues(\.record.signals),
                ledger: Ledger(meetings: plan.meetings.map(\.meeting), records: live.mapValues(\.record)))
            switch format {
            case .json:
                return JSONOutput.text(
                    SeriesJSON(
                        plan, warnings: warnings, library: context.library, language: context.language,
                        calendar: context.calendar, live: live, now: context.now))
            case .text: return summary(plan, context: context, warnings: warnings, live: live)
            }
        }

        /// The series in a few lines: who, where, and each meeting with its date, minutes and
        /// themes, and for a meeting that started, its state and how many came.
        static func summary(
            _ plan: SeriesPlan, context: StoreContext, warnings: [PlanWarning], live: [String: LiveMeeting] = [:]
        ) -> String {
            let t = { (text: PlanText) in text.localized(context.language) }
            let series = plan.series
            var lines = ["\(series.name)", "  \(t(.seriesID)): \(series.id)"]
            lines += series.facts(in: context.library, language: context.language).map { "  " + $0 }
            lines.append(
                "  \(t(.checklistHeading)): \(t(.checklistDone(plan.checklist.count, of: PreparationItem.allCases.count)))"
            )
            for meeting in plan.meetings {
                var line = "  " + t(.meetingHeading(meeting.meeting.kind, number: meeting.meeting.number)) + ": "
                if let start = meeting.meeting.startsAt {
                    line += DateText.day(
                        start, now: context.now, calendar: context.calendar, language: context.language)
                    line += " " + DateText.clock(start, calendar: context.calendar)
                } else {
                    line += t(.noDateYet)
                }
                line += " · " + t(.totalMinutes(meeting.totalMinutes, planned: meeting.meeting.plannedMinutes))
                var themes: [String] = []
                for id in meeting.blocks.compactMap(\.theme) where !themes.contains(id) { themes.append(id) }
                if !themes.isEmpty {
                    line += " · " + themes.map { context.library.theme($0)?.name ?? $0 }.joined(separator: ", ")
                }
                if let record = live[meeting.id]?.record, record.state != .planned {
                    line += " · " + t(.heldState(record.state, present: record.attendanceCount))
                }
                lines.append(line)
            }
            let counted = warnings.filter { !$0.isHint }.count
            lines.append("  " + (counted == 0 ? t(.noWarnings) : t(.warningsFound(counted))))
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
