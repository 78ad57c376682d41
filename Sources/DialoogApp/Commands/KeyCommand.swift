import ArgumentParser
import DialoogAge
import DialoogCore
import Foundation

/// `dialoog key new|show`: the coordinator's key pair for encrypted bundles.
package struct KeyCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "key", abstract: AgeText.cliKeyAbstract.localized(CommandLineLanguage.current),
            subcommands: [New.self, Show.self])
    }

    package init() {}

    static func help(_ text: AgeText, value: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text.localized(CommandLineLanguage.current), valueName: value)
    }

    /// Says `problem` and exits with its code.
    static func fail(_ problem: AgeProblem, _ language: Language) -> ExitCode {
        complain(problem.message(language))
        return ExitCode(problem.exitCode)
    }

    // MARK: - new

    package struct New: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: AgeText.cliKeyNewAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Option(name: .shortAndLong, help: help(.cliKeyOutput, value: "file")) package var output: String?

        package init() {}

        package func run() throws {
            let environment = AppEnvironment()
            let language = global.language(environment)
            let path = output ?? environment.defaultKeyPath
            let identity = AgeIdentity.generate()
            do {
                let now = try environment.clock().now()
                try KeyFile.create(identity.fileText(created: now), at: path, makeFolder: output == nil)
            } catch let problem as AgeProblem {
                throw KeyCommand.fail(problem, language)
            } catch let error as CLIError {
                complain(error.message(language))
                throw ExitCode(error.exitCode)
            }
            say(AgeText.keySaved(path: environment.displayPath(path)).localized(language))
            say(identity.recipient.text)
            say(AgeText.keyHandOut.localized(language))
        }
    }

    // MARK: - show

    package struct Show: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: AgeText.cliKeyShowAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Option(name: .shortAndLong, help: help(.cliKeyIdentity, value: "file")) package var identity: String?

        package init() {}

        /// The public key of each secret key in the file, one a line, as `age-keygen -y` prints them.
        package func run() throws {
            let environment = AppEnvironment()
            let language = global.language(environment)
            let path = identity ?? environment.defaultKeyPath
            do {
                for identity in try KeyFile.read(path) { say(identity.recipient.text) }
            } catch {
                throw KeyCommand.fail(error, language)
            }
            if let mode = KeyFile.looseMode(path) {
                complain(AgeText.keyTooOpen(path: environment.displayPath(path), mode: mode).localized(language))
            }
        }
    }
}

/// `--passphrase-file FILE`, for the commands that encrypt or decrypt with a passphrase.
package struct PassphraseOptions: ParsableArguments {
    @Option(help: KeyCommand.help(.cliPassphraseFile, value: "file")) package var passphraseFile: String?

    package init() {}

    /// The passphrase from the file, or asked on the terminal (twice when `confirm`).
    package func passphrase(confirm: Bool, language: Language) throws(AgeProblem) -> String {
        try PassphraseReader.read(file: passphraseFile, confirm: confirm, language: language)
    }
}
