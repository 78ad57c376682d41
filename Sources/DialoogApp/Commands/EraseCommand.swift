import ArgumentParser
import DialoogCore
import DialoogStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dialoog erase participant|series|meeting ID`: real deletion with an erasure record (ids
/// only), after a confirmation on a terminal or `--yes`.
package struct EraseCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "erase", abstract: BundleText.cliEraseAbstract.localized(CommandLineLanguage.current))
    }

    @OptionGroup package var global: GlobalOptions
    @Argument(help: ExportCommand.help(.optEraseKind, value: "participant|series|meeting"))
    package var kind: Erasure.Kind
    @Argument(help: ExportCommand.help(.optEraseId, value: "id")) package var id: String
    @Flag(help: ExportCommand.help(.optYes)) package var yes = false

    package init() {}

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        try BundleFailure.reporting(language) {
            let now = try environment.clock().now()
            let (database, lock) = try global.bundleStore(environment, writing: true)
            try withExtendedLifetime(lock) {
                let found = try storeCall(database) { try database.erasable(kind, id) }
                guard found.count == 1, let item = found.first else {
                    throw BundleFailure(
                        text: found.isEmpty
                            ? .eraseNotFound(kind: kind, reference: id)
                            : .eraseAmbiguous(kind: kind, reference: id, count: found.count), exitCode: 64)
                }
                if !yes {
                    guard isatty(STDIN_FILENO) == 1 else { throw BundleFailure(text: .eraseNeedsYes, exitCode: 64) }
                    complain(BundleText.eraseWhat(item).localized(language))
                    FileHandle.standardError.write(Data(BundleText.eraseAsk.localized(language).utf8))
                    let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                    guard ["j", "ja", "y", "yes"].contains(answer) else {
                        complain(BundleText.eraseCancelled.localized(language))
                        throw ExitCode(1)
                    }
                }
                try storeCall(database) { try database.erase(kind, id: item.id, at: now) }
                say(BundleText.erased(item).localized(language))
            }
        }
    }
}
