import DialoogCore

/// The language of `--help` and of messages printed before options are parsed: ArgumentParser
/// builds its help before `--lang` is parsed, so this reads `--lang` from the raw arguments.
enum CommandLineLanguage {
    static var current: Language {
        AppEnvironment().language(option: rawOption(CommandLine.arguments)) ?? .nl
    }

    /// The value of `--lang VALUE` or `--lang=VALUE`, unparsed.
    static func rawOption(_ arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst(7)) }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}
