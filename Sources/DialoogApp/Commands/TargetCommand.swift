import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import Foundation

/// `dialoog target add|list|remove`: the coordinator's targets, any number, each for one
/// figure over a period of any length and optionally one organisation, method or municipality.
package struct TargetCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "target", abstract: CommandText.cliTargetAbstract.localized(CommandLineLanguage.current),
            subcommands: [Add.self, List.self, Remove.self], defaultSubcommand: List.self)
    }

    package init() {}

    static func help(_ text: CommandText, value: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text.localized(CommandLineLanguage.current), valueName: value)
    }

    // MARK: - add

    package struct Add: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliTargetAddAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Option(help: help(.cliTargetFigure, value: "meetings|series|people")) package var figure: String = "meetings"
        // Read as text, so that "-1" or "veel" gets dialoog's sentence rather than ArgumentParser's.
        @Option(parsing: .unconditional, help: help(.cliTargetAmount, value: "700")) package var amount: String
        @Option(help: help(.cliReportPeriod, value: "2026|2026-Q4|2026-11")) package var period: String?
        @Option(help: help(.cliReportFrom, value: "YYYY-MM-DD")) package var from: String?
        @Option(help: help(.cliReportTo, value: "YYYY-MM-DD")) package var to: String?
        @Option(help: help(.cliTargetOrganisation, value: "name")) package var organisation: String?
        @Option(help: help(.cliReportMethod, value: "id")) package var method: String?
        @Option(help: help(.cliTargetMunicipality, value: "name")) package var municipality: String?

        package init() {}

        package func validate() throws {
            _ = try target(calendar: .system)
        }

        /// The target the options describe, or the sentence that says what is wrong.
        func target(calendar: LocalCalendar) throws(ValidationError) -> OverviewTarget {
            let language = CommandLineLanguage.current
            let refuse = { (text: CommandText) in ValidationError(text.localized(language)) }
            guard let figure = TargetFigure(rawValue: figure.lowercased()) else {
                throw refuse(.targetBadFigure(figure))
            }
            guard let amount = Int(amount.trimmingCharacters(in: .whitespaces)),
                (1...OverviewTarget.maximum).contains(amount)
            else { throw refuse(.targetBadAmount(amount, maximum: OverviewTarget.maximum)) }
            let range: (from: Date, to: Date)
            if let period {
                guard from == nil, to == nil else { throw refuse(.reportPeriodWithDates) }
                guard let found = ReportPeriod.period(period, calendar: calendar) else {
                    throw refuse(.reportBadPeriod(period))
                }
                range = found
            } else {
                guard let from, let to else { throw refuse(.targetNeedsPeriod) }
                guard let start = ReportPeriod.day(from, calendar: calendar) else {
                    throw refuse(.reportBadDate(option: "--from", value: from))
                }
                guard let last = ReportPeriod.day(to, calendar: calendar) else {
                    throw refuse(.reportBadDate(option: "--to", value: to))
                }
                guard start <= last else { throw refuse(.reportEmptyRange(from: from, to: to)) }
                range = (start, ReportPeriod.dayAfter(last, calendar: calendar))
            }
            for (option, value) in [
                ("--organisation", organisation), ("--method", method), ("--municipality", municipality),
            ] {
                guard let value else { continue }
                if SafeText.containsUnsafe(value) { throw refuse(.targetUnsafeText(option)) }
                if value.count > Limits.name { throw refuse(.targetTextTooLong(option, maximum: Limits.name)) }
            }
            return OverviewTarget(
                figure: figure, amount: amount, from: range.from, to: range.to,
                organisation: SeriesCommand.New.given(organisation), methodId: SeriesCommand.New.given(method),
                municipality: SeriesCommand.New.given(municipality))
        }

        package func run() throws {
            try global.withStore(writing: true) { context in
                var target = try target(calendar: context.calendar)
                if let method = target.methodId, context.library.method(method) == nil {
                    throw CLIError.unknownID(
                        kind: .methodology, id: method,
                        suggestion: Suggestion.closest(to: method, in: context.library.methods.map(\.id)))
                }
                if let typed = target.municipality,
                    let existing = MunicipalityName.existingSpelling(
                        of: typed, among: try context.database.filterChoices().municipalities)
                {
                    // Counted the way the series spell it, so the target sees their meetings.
                    complain(
                        CommandText.municipalitySpelling(typed: typed, existing: existing).localized(context.language))
                }
                try context.write { target = try context.database.addTarget(target) }
                say(CommandText.targetAdded(id: target.id ?? 0).localized(context.language))
                say(try List.lines(context, only: target.id).joined(separator: "\n"))
            }
        }
    }

    // MARK: - list

    package struct List: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliTargetListAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Flag(help: help(.cliReportIncludeDemo)) package var includeDemo = false

        package init() {}

        package func run() throws {
            try global.withStore { context in
                let lines = try Self.lines(context, includeDemo: includeDemo)
                say(lines.isEmpty ? CommandText.noTargets.localized(context.language) : lines.joined(separator: "\n"))
            }
        }

        /// "#3  Doel (HTIB): 412 van 700 bijeenkomsten gehouden (59%, …); nog 9 per maand nodig",
        /// one line per target (or only `only`), progress counted as the reports count it.
        static func lines(_ context: StoreContext, only: Int64? = nil, includeDemo: Bool = false) throws -> [String] {
            var lines: [String] = []
            try context.write {
                let overview = try context.database.overview(
                    OverviewFilter(includeDemo: includeDemo), today: context.calendar.startOfDay(context.now),
                    calendar: context.calendar)
                let report = Report(
                    overview: overview, meetings: [], generatedAt: context.now, calendar: context.calendar,
                    language: context.language)
                lines = overview.targets.filter { only == nil || $0.target.id == only }.map {
                    "#\($0.target.id ?? 0)  " + report.targetLine($0)
                }
            }
            return lines
        }
    }

    // MARK: - remove

    package struct Remove: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliTargetRemoveAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliTargetId, value: "id")) package var id: String

        package init() {}

        package func validate() throws {
            guard Int64(id.trimmingCharacters(in: CharacterSet(charactersIn: "# "))) != nil else {
                throw ValidationError(CommandText.targetBadId(id).localized(CommandLineLanguage.current))
            }
        }

        package func run() throws {
            let number = Int64(id.trimmingCharacters(in: CharacterSet(charactersIn: "# "))) ?? 0
            try global.withStore(writing: true) { context in
                var removed = false
                try context.write { removed = try context.database.removeTarget(id: number) }
                guard removed else { throw CLIError.targetNotFound(number) }
                say(CommandText.targetRemoved(id: number).localized(context.language))
            }
        }
    }
}
