import DialoogCore
import DialoogTUI
import Foundation

extension GlobalOptions {
    /// Runs the body of a command that shows content, with the library and the language; a
    /// `CLIError` becomes its sentence and exit code.
    func withLibrary(_ body: (Library, Language) throws -> Void) throws {
        let environment = AppEnvironment()
        let language = language(environment)
        try CLIError.reporting(language) {
            try body(try library(environment, language: language), language)
        }
    }

    /// The library for a command that shows content: problems are mentioned once on stderr, and
    /// whatever loaded is still shown.
    func library(_ environment: AppEnvironment, language: Language) throws(CLIError) -> Library {
        let loaded = try contentLocation(environment).load(environment: environment)
        if !loaded.diagnostics.isEmpty {
            let warning = CommandText.contentProblemsWarning(loaded.diagnostics.count).localized(language)
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
