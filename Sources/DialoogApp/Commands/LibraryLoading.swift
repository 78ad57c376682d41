import DialoogCore
import DialoogTUI
import Foundation

extension GlobalOptions {
    /// Runs the body of a command that shows content, with the library in the language (Dutch
    /// where a text has no translation, or all Dutch when `localized` is false) and the
    /// language; a `CLIError` becomes its sentence and exit code.
    func withLibrary(localized: Bool = true, _ body: (Library, Language) throws -> Void) throws {
        let environment = AppEnvironment()
        let language = language(environment)
        try CLIError.reporting(language) {
            let library = try library(environment, language: language)
            try body(localized ? library.localized(to: language) : library, language)
        }
    }

    /// The library for a command that shows content, as written (Dutch): problems are mentioned
    /// once on stderr, and whatever loaded is still shown. With `onlyLanguage`, the catalogs of
    /// other languages than `language` are not read (none for Dutch): for a command that shows
    /// the library only in `language`.
    func library(_ environment: AppEnvironment, language: Language, onlyLanguage: Bool = false) throws(CLIError)
        -> Library
    {
        let loaded = try contentLocation(environment).load(
            environment: environment, languages: onlyLanguage ? (language == .nl ? [] : [language.rawValue]) : nil)
        if loaded.errorCount > 0 {
            let warning = CommandText.contentProblemsWarning(loaded.errorCount).localized(language)
            complain(warning)
        }
        return loaded.library
    }
}

/// JSON as the commands print it: keys as in the YAML files, sorted, indented; DEL and C1
/// escaped as JSON escapes C0 (`SafeText`).
enum JSONOutput {
    static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return SafeText.escaped(String(decoding: data, as: UTF8.self), as: .json) + "\n"
    }
}
