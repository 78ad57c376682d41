import DialoogCore
import Foundation

/// The language of `--help` and of messages printed before options are parsed: ArgumentParser
/// builds its help before `--lang` is parsed, so this reads `--lang` from the raw arguments.
enum CommandLineLanguage {
    static var current: Language {
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .nl }
            if argument == "--lang", index + 1 < arguments.count {
                return Language(rawValue: arguments[index + 1]) ?? .nl
            }
        }
        return Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
