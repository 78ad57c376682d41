import ArgumentParser
import DialoogCore
import DialoogTUI

/// The options every command takes.
package struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(CommandText.cliOptionDatabase.localized(CommandLineLanguage.current), valueName: "path"))
    package var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(CommandText.cliOptionLanguage.localized(CommandLineLanguage.current), valueName: "nl|en"))
    package var lang: String?

    @Option(
        name: .long,
        help: ArgumentHelp(CommandText.cliOptionContent.localized(CommandLineLanguage.current), valueName: "dir"))
    package var content: [String] = []

    package init() {}

    package func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError(CommandText.unknownLanguageOption(lang).localized(CommandLineLanguage.current))
        }
    }

    /// The language to speak: `--lang`, else the locale.
    package func language(_ environment: AppEnvironment) -> Language {
        environment.language(option: lang) ?? .nl
    }

    /// The content folders: shipped, the user's, and each `--content DIR`.
    package func contentLocation(_ environment: AppEnvironment) throws(CLIError) -> ContentLocation {
        try ContentLocation.find(environment: environment, extra: content)
    }

    /// The database file: `--db`, else the XDG default.
    package func databasePath(_ environment: AppEnvironment) -> String {
        db ?? environment.defaultDatabasePath
    }
}
