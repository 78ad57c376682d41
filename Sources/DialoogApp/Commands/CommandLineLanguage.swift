import DialoogCore

/// The language of `--help` and of messages printed before options are parsed: ArgumentParser
/// builds its help before `--lang` is parsed, so this reads `--lang` from the raw arguments.
enum CommandLineLanguage {
    /// Read once: the argument parser asks for it with every help text it builds, and reading
    /// the environment each time took a fifth of a command's start.
    static let current: Language = AppEnvironment().language(option: rawOption(CommandLine.arguments)) ?? .nl

    /// The value of `--lang VALUE` or `--lang=VALUE`, unparsed.
    static func rawOption(_ arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst(7)) }
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
        }
        return nil
    }
}
