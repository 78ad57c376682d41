import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogTUI
import Foundation

/// `dialoog methods list|show ID`.
package struct MethodsCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "methods", abstract: CommandText.cliMethodsAbstract.localized(CommandLineLanguage.current),
            subcommands: [List.self, Show.self], defaultSubcommand: List.self)
    }

    package init() {}

    package enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    package struct List: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliMethodsListAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Option(help: ArgumentHelp(CommandText.cliOptionFormatJSON.localized(CommandLineLanguage.current)))
        package var format: Format = .text

        package init() {}

        package func run() throws {
            try global.withLibrary { library, _ in say(Self.render(library, format: format), terminator: "") }
        }

        package static func render(_ library: Library, format: Format) -> String {
            switch format {
            case .json:
                return JSONOutput.text(
                    library.methods.map {
                        ["id": $0.id, "name": $0.name, "organisation": $0.organisation.short, "summary": $0.summary]
                    })
            case .text:
                let idWidth = library.methods.map(\.id.count).max() ?? 0
                let orgWidth = library.methods.map(\.organisation.short.count).max() ?? 0
                return library.methods.map { method in
                    let id = method.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                    let org = method.organisation.short.padding(toLength: orgWidth, withPad: " ", startingAt: 0)
                    return "\(id)  \(org)  \(method.name): \(method.summary)\n"
                }.joined()
            }
        }
    }

    package struct Show: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliMethodsShowAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: ArgumentHelp(CommandText.cliMethodID.localized(CommandLineLanguage.current)))
        package var id: String
        @Option(help: ArgumentHelp(CommandText.cliOptionFormatJSON.localized(CommandLineLanguage.current)))
        package var format: Format = .text

        package init() {}

        package func run() throws {
            try global.withLibrary { library, language in
                if id == "basis", let base = library.base {
                    switch format {
                    case .json: say(JSONOutput.text(base), terminator: "")
                    case .text: say(Document.commonBase(base, language: language).plainText(), terminator: "")
                    }
                    return
                }
                guard let method = library.method(id) else {
                    throw CLIError.unknownID(
                        kind: .methodology, id: id,
                        suggestion: Suggestion.closest(to: id, in: library.methods.map(\.id)))
                }
                switch format {
                case .json:
                    say(JSONOutput.text(MethodJSON(method: method, variants: library.variants(of: id))), terminator: "")
                case .text:
                    let document = Document.methodology(method, in: library, language: language, ascii: false)
                    say(document.plainText(width: 80), terminator: "")
                }
            }
        }
    }
}
