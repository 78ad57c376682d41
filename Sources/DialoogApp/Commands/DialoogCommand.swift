import ArgumentParser
import DialoogCore
import DialoogTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dialoog`: without a subcommand, the full-screen program.
package struct DialoogCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        let language = CommandLineLanguage.current
        return CommandConfiguration(
            commandName: "dialoog",
            abstract: CommandText.cliAbstract.localized(language),
            usage: "dialoog [--db <path>] [--content <dir>] [--lang <nl|en>] [<subcommand>]",
            discussion: CommandText.cliDiscussion.localized(language),
            version: DialoogVersion.current,
            subcommands: [
                CheckCommand.self, MethodsCommand.self, ContentCommand.self, SeriesCommand.self, PlanCommand.self,
                MeetingCommand.self,
                RunCommand.self, KeysCommand.self, KeyCommand.self,
                // dialoog demo and dialoog report
                DemoCommand.self, ReportCommand.self, TargetCommand.self,
                // bundles between laptops, erasure and backups
                ExportCommand.self, ImportCommand.self, EraseCommand.self, BackupCommand.self, RestoreCommand.self,
            ]
        )
    }

    @OptionGroup package var global: GlobalOptions

    package init() {}

    /// As ArgumentParser's `main`, but what it says goes through `say` and `complain`: its
    /// errors quote the value given (`The value '…' is invalid`), which may hold an ESC.
    package static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { say(message) } else { complain(message) }
            }
            Glibc.exit(code.rawValue)
        }
        Glibc.exit(ExitCode.success.rawValue)
    }

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        do {
            // A mistyped --content folder is said now, not when the bibliotheek first opens.
            for folder in global.content where !FileManager.default.fileExists(atPath: folder) {
                throw CLIError.contentFolderMissing(folder)
            }
            let ending = try TUISession(environment: environment, options: global).run()
            if case .signal(let number) = ending { throw ExitCode(128 + number) }
        } catch let error as CLIError {
            complain(error.message(language))
            throw ExitCode(error.exitCode)
        }
    }
}
