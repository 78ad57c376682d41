import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import Foundation

extension SeriesCommand {
    /// `dialoog series duplicate SERIES [--name NAME]`: the series again, to give it again
    /// (`SeriesPlan.duplicate`): new ids, no dates, nothing of what happened.
    package struct Duplicate: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: TemplateText.cliSeriesDuplicateAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliSeriesArgument)) package var series: String
        @Option(help: ArgumentHelp(TemplateText.cliOptionCopyName.localized(CommandLineLanguage.current)))
        package var name: String?

        package init() {}

        package func validate() throws {
            try PlanTemplateCommand.validateName(name)
        }

        package func run() throws {
            try global.withStore(writing: true) { context in
                let old = try context.plan(series)
                // The old name shortened, when it must be, so that "(kopie)" stays readable.
                let copyName = TemplateText.copyName(old.series.name.limited(to: Limits.name - 10))
                let name = New.given(name) ?? copyName.localized(context.language)
                let copy = old.duplicate(name: name, now: context.now)
                try context.write { try context.database.insertPlan(copy, now: context.now) }
                say(
                    TemplateText.seriesDuplicated(name: copy.series.name, id: copy.series.id, from: old.series.name)
                        .localized(context.language))
            }
        }
    }
}
