import ArgumentParser
import DialoogCore
import DialoogTUI
import Foundation

/// `dialoog keys`: the key table of every screen, from the keymap and the action table.
/// The README's key table is this command's Markdown output.
package struct KeysCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "keys", abstract: CommandText.cliKeysAbstract.localized(CommandLineLanguage.current))
    }

    package enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md
    }

    @OptionGroup package var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(CommandText.cliOptionFormat.localized(CommandLineLanguage.current)))
    package var format: Format = .text

    package init() {}

    package func run() throws {
        let language = global.language(AppEnvironment())
        say(KeyTable.render(keymap: .standard, language: language, format: format), terminator: "")
    }
}
