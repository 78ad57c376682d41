import ArgumentParser
import DialoogCore
import DialoogTUI
import Foundation

/// `dialoog check [PATH...]`: every mistake in methods/ and content/ as `file:line: message`.
package struct CheckCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check", abstract: CommandText.cliCheckAbstract.localized(CommandLineLanguage.current))
    }

    @OptionGroup package var global: GlobalOptions

    @Argument(help: ArgumentHelp(CommandText.cliCheckPaths.localized(CommandLineLanguage.current)))
    package var paths: [String] = []

    package init() {}

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        try CLIError.reporting(language) {
            for path in paths where !FileManager.default.fileExists(atPath: path) {
                throw CLIError.checkPathMissing(path)
            }
            let location = try global.contentLocation(environment)
            let loaded = location.load(environment: environment, paths: paths)
            let report = Self.report(loaded, language: language)
            say(report.text, terminator: "")
            if !report.clean { throw ExitCode(65) }
        }
    }

    /// The diagnostics, the overrides, and a summary line.
    package static func report(_ loaded: LoadedContent, language: Language) -> (text: String, clean: Bool) {
        var lines = loaded.diagnostics.map { $0.localized(language) }
        let library = loaded.library
        let replaced =
            (library.base.map { [$0.origin] } ?? []) + library.methods.map(\.origin) + library.themes.map(\.origin)
            + library.prompts.map(\.origin) + library.help.map(\.origin)
        var said: Set<String> = []
        for origin in replaced where said.insert(origin.file + "\n" + (origin.replaces ?? "")).inserted {
            if let old = origin.replaces {
                lines.append(CommandText.checkReplaces(file: origin.file, replaces: old).localized(language))
            }
        }
        let errors = loaded.diagnostics.filter { !$0.isWarning }
        if errors.isEmpty {
            lines.append(
                CommandText.checkClean(
                    files: loaded.fileCount, methods: library.methods.count, themes: library.themes.count,
                    prompts: library.prompts.count, help: library.help.count, terms: library.glossary.count
                ).localized(language))
        } else {
            let files = Set(errors.map(\.file)).count
            lines.append(CommandText.checkProblems(problems: errors.count, files: files).localized(language))
        }
        // Stale translations are said, but the content is whole: the Dutch shows instead.
        let warnings = loaded.diagnostics.count - errors.count
        if warnings > 0 { lines.append(CommandText.checkWarnings(warnings).localized(language)) }
        return (lines.joined(separator: "\n") + "\n", errors.isEmpty)
    }
}

extension CLIError {
    /// Runs `body`; a `CLIError` becomes its sentence on stderr and its exit code.
    static func reporting(_ language: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            complain(error.message(language))
            throw ExitCode(error.exitCode)
        }
    }
}
