import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI
import Foundation

/// `dialoog plan show|check|export|import|template`.
package struct PlanCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan", abstract: PlanText.cliPlanAbstract.localized(CommandLineLanguage.current),
            subcommands: [Show.self, Check.self, Export.self, Import.self, PlanTemplateCommand.self])
    }

    package init() {}

    static func help(_ text: PlanText) -> ArgumentHelp { ArgumentHelp(text.localized(CommandLineLanguage.current)) }

    // MARK: - show

    package struct Show: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliPlanShowAbstract.localized(CommandLineLanguage.current))
        }

        package enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, text, html, json
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliSeriesArgument)) package var series: String
        @Option(help: help(.cliOptionMeeting)) package var meeting: Int?
        @Option(help: help(.cliOptionPlanFormat)) package var format: Format = .md

        package init() {}

        package func run() throws {
            try global.withStore { context in
                let plan = try context.plan(series)
                let numbers = plan.meetings.map(\.meeting.number)
                if let meeting, !numbers.contains(meeting) {
                    throw CLIError.plan(.noSuchMeeting(meeting, available: numbers))
                }
                let live = try context.liveMeetings(of: plan)
                let signals = live.mapValues(\.record.signals)
                let ledger = Ledger(meetings: plan.meetings.map(\.meeting), records: live.mapValues(\.record))
                let warnings = PlanRules.check(plan, library: context.library, signals: signals, ledger: ledger)
                let only = meeting.map { [$0] }
                switch format {
                case .json:
                    // The same JSON as `series show`: a held meeting shows what happened in it.
                    let json = SeriesJSON(
                        plan, warnings: warnings, library: context.library, language: context.language,
                        calendar: context.calendar, meetings: only, live: live, now: context.now)
                    say(JSONOutput.text(json), terminator: "")
                case .md, .text:
                    let document = Document.plan(
                        plan, meetings: only, library: context.library, warnings: warnings,
                        language: context.language, calendar: context.calendar, now: context.now, ascii: false,
                        signals: signals)
                    if format == .md {
                        say(document.markdown(), terminator: "")
                    } else {
                        // A form feed between meetings is the one control character kept: the
                        // page break a printer needs. Every text is escaped before it is joined.
                        let pages = document.pages(width: 80, marks: .paper).map { SafeText.escaped($0) }
                        print(pages.joined(separator: "\u{0C}\n"), terminator: "")
                    }
                case .html:
                    // Plot escapes every text; control characters are written out before.
                    let html = PlanPrinting.html(
                        plan, meetings: only, library: context.library, live: live, language: context.language,
                        calendar: context.calendar, now: context.now)
                    print(html, terminator: "")
                }
            }
        }
    }

    // MARK: - check

    package struct Check: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliPlanCheckAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliSeriesArgument)) package var series: String

        package init() {}

        package func run() throws {
            var found = 0
            try global.withStore { context in
                let plan = try context.plan(series)
                let live = try context.liveMeetings(of: plan)
                let ledger = Ledger(meetings: plan.meetings.map(\.meeting), records: live.mapValues(\.record))
                let all = PlanRules.check(
                    plan, library: context.library, signals: live.mapValues(\.record.signals), ledger: ledger)
                // Hints are printed too, but only warnings make the exit code 1.
                let warnings = all.filter { !$0.isHint }
                found = warnings.count
                for warning in warnings {
                    say(warning.sentence(in: context.library, language: context.language))
                }
                for hint in all where hint.isHint {
                    say(
                        PlanText.hint.localized(context.language)
                            + hint.sentence(in: context.library, language: context.language))
                }
                say(
                    warnings.isEmpty
                        ? PlanText.noWarnings.localized(context.language)
                        : PlanText.warningsFound(warnings.count).localized(context.language))
            }
            if found > 0 { throw ExitCode(1) }
        }
    }

    // MARK: - export

    package struct Export: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliPlanExportAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliSeriesArgument)) package var series: String

        package init() {}

        package func run() throws {
            try global.withStore { context in
                let plan = try context.plan(series)
                say(PlanFile.encode(plan, library: context.library, calendar: context.calendar), terminator: "")
            }
        }
    }

    // MARK: - import

    package struct Import: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: PlanText.cliPlanImportAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliPlanFileArgument)) package var file: String

        package init() {}

        package func run() throws {
            try global.withStore(writing: true) { context in
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CLIError.plan(.planFileUnreadable(file))
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CLIError.plan(.planFileNotUTF8(file))
                }
                let decoded = PlanFile.decode(text, path: file, library: context.library, calendar: context.calendar)
                guard let plan = decoded.plan, decoded.diagnostics.isEmpty else {
                    for diagnostic in decoded.diagnostics { complain(diagnostic.localized(context.language)) }
                    throw CLIError.plan(.planNotImported(max(decoded.diagnostics.count, 1)))
                }
                // The planner never makes such a plan; a hand edit could, and saving it would
                // delete the meeting left out.
                let regular = plan.meetings.filter { $0.meeting.kind == .regular }.map(\.meeting.number).sorted()
                let aftercare = plan.meetings.filter { $0.meeting.kind == .aftercare }.count
                if regular != [1, 2, 3] || aftercare > 1 {
                    throw CLIError.plan(.planIncomplete(regular: regular, aftercare: aftercare))
                }
                var replaced: String?
                try context.write {
                    if let old = try context.database.plan(seriesId: plan.series.id) {
                        replaced = old.series.name
                        if try context.database.hasStarted(seriesId: plan.series.id) {
                            throw CLIError.plan(.seriesAlreadyRunning(plan.series.name))
                        }
                        try context.database.savePlan(plan, now: context.now)
                    } else {
                        try AppDatabase.refuseStates(in: plan)
                        try context.database.insertPlan(plan, now: context.now)
                    }
                }
                let done: PlanText =
                    replaced.map { .planReplaced(name: plan.series.name, id: plan.series.id, was: $0) }
                    ?? .planImported(name: plan.series.name, id: plan.series.id, meetings: plan.meetings.count)
                say(done.localized(context.language))
                let warnings = PlanRules.check(plan, library: context.library)
                if !warnings.isEmpty { say(PlanText.warningsFound(warnings.count).localized(context.language)) }
            }
        }
    }
}
