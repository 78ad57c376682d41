import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import Foundation

/// `dialoog plan template save|list|use`: templates as plan files in the templates folder
/// (`TemplateFolder`), written and read by `PlanFile`.
package struct PlanTemplateCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "template", abstract: TemplateText.cliTemplateAbstract.localized(CommandLineLanguage.current),
            subcommands: [Save.self, List.self, Use.self])
    }

    package init() {}

    static func help(_ text: TemplateText) -> ArgumentHelp {
        ArgumentHelp(text.localized(CommandLineLanguage.current))
    }

    /// A name typed on the command line is held to what a plan file allows.
    static func validateName(_ name: String?) throws {
        let language = CommandLineLanguage.current
        guard let name else { return }
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(PlanText.nameRequired.localized(language))
        }
        if SafeText.containsUnsafe(name) {
            throw ValidationError(PlanText.controlCharacterOption("--name").localized(language))
        }
        if name.count > Limits.name {
            throw ValidationError(PlanText.optionTooLong("--name", max: Limits.name).localized(language))
        }
    }

    // MARK: - save

    package struct Save: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: TemplateText.cliTemplateSaveAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: ArgumentHelp(PlanText.cliSeriesArgument.localized(CommandLineLanguage.current)))
        package var series: String
        @Argument(help: help(.cliTemplateNameArgument)) package var name: String

        package init() {}

        package func run() throws {
            let folder = TemplateFolder(environment: AppEnvironment())
            try global.withStore { context in
                let plan = try context.plan(series)
                let name = name.trimmingCharacters(in: .whitespaces)
                let saved = try folder.save(
                    plan, name: name, library: context.library, calendar: context.calendar, now: context.now)
                say(
                    TemplateText.templateSaved(name: name, path: saved.path, replaced: saved.replaced)
                        .localized(context.language))
            }
        }
    }

    // MARK: - list

    package struct List: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: TemplateText.cliTemplateListAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() throws {
            let environment = AppEnvironment()
            let folder = TemplateFolder(environment: environment)
            let names = folder.names()
            if names.isEmpty {
                say(
                    TemplateText.noTemplates(folder: environment.displayPath(folder.path))
                        .localized(CommandLineLanguage.current))
            }
            for name in names { say(SafeText.escaped(name)) }
        }
    }

    // MARK: - use

    package struct Use: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: TemplateText.cliTemplateUseAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliTemplateNameArgument)) package var template: String
        @Option(help: help(.cliOptionSeriesName)) package var name: String

        package init() {}

        package func validate() throws { try PlanTemplateCommand.validateName(name) }

        package func run() throws {
            let folder = TemplateFolder(environment: AppEnvironment())
            try global.withStore(writing: true) { context in
                let read = try folder.plan(
                    template, seriesName: name.trimmingCharacters(in: .whitespaces), library: context.library,
                    calendar: context.calendar, now: context.now)
                guard let plan = read.plan, read.diagnostics.isEmpty else {
                    for diagnostic in read.diagnostics { complain(diagnostic.localized(context.language)) }
                    throw CLIError.template(.templateDamaged(max(read.diagnostics.count, 1)))
                }
                try context.write { try context.database.insertPlan(plan, now: context.now) }
                say(
                    TemplateText.seriesFromTemplate(name: plan.series.name, id: plan.series.id, template: template)
                        .localized(context.language))
            }
        }
    }
}
