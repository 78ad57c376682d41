import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogTUI
import Foundation

/// `dialoog content stats|search Q`, with the same filters for both.
package struct ContentCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "content", abstract: CommandText.cliContentAbstract.localized(CommandLineLanguage.current),
            subcommands: [Stats.self, Search.self], defaultSubcommand: Stats.self)
    }

    package init() {}

    /// The filters of both subcommands. The language filter is the global `--lang`: with `en`,
    /// only prompts translated into English, shown in English, with English around them.
    package struct Filters: ParsableArguments {
        @Option(help: ArgumentHelp(CommandText.cliFilterTheme.localized(CommandLineLanguage.current), valueName: "id"))
        package var theme: String?
        @Option(help: ArgumentHelp(CommandText.cliFilterTemperature.localized(CommandLineLanguage.current)))
        package var temperature: Temperature?
        @Option(help: ArgumentHelp(CommandText.cliFilterKind.localized(CommandLineLanguage.current)))
        package var kind: PromptKind?
        @Option(help: ArgumentHelp(CommandText.cliFilterGroup.localized(CommandLineLanguage.current)))
        package var group: TargetGroup?
        @Option(help: ArgumentHelp(CommandText.cliOptionFormatJSON.localized(CommandLineLanguage.current)))
        package var format: MethodsCommand.Format = .text

        package init() {}

        func filter(in library: Library, language: String?) throws(CLIError) -> ContentFilter {
            if let theme, library.theme(theme) == nil {
                throw .unknownID(
                    kind: .theme, id: theme, suggestion: Suggestion.closest(to: theme, in: library.themes.map(\.id)))
            }
            return ContentFilter(
                theme: theme, temperature: temperature, kind: kind, group: group,
                // Dutch is every prompt's own language: no filter.
                language: language.map { $0.lowercased() }.flatMap { $0 == "nl" ? nil : $0 })
        }
    }

    package struct Stats: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliContentStatsAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @OptionGroup package var filters: Filters

        package init() {}

        package func run() throws {
            // As written: coverage is counted by looking up the Dutch texts.
            try global.withLibrary(localized: false) { library, language in
                let stats = library.stats(try filters.filter(in: library, language: global.lang))
                say(Self.render(stats, format: filters.format, language: language), terminator: "")
            }
        }

        package static func render(_ stats: ContentStats, format: MethodsCommand.Format, language: Language) -> String {
            let library = [
                Tally(name: "methodologies", count: stats.methodologies), Tally(name: "themes", count: stats.themes),
                Tally(name: "prompts", count: stats.prompts), Tally(name: "help", count: stats.helpEntries),
                Tally(name: "terms", count: stats.terms),
            ]
            switch format {
            case .json:
                struct Coverage: Encodable {
                    var translated, total: Int
                }
                struct Output: Encodable {
                    var library, kinds, themes, temperatures: [String: Int]
                    var translations: [String: [String: Coverage]]
                    var themeGroups: [String: [String: Int]]
                }
                let pairs = { (list: [Tally]) in Dictionary(list.map { ($0.name, $0.count) }, uniquingKeysWith: +) }
                var translations: [String: [String: Coverage]] = [:]
                for row in stats.translations {
                    translations[row.language, default: [:]][ContentCommand.name(of: row.kind)] = Coverage(
                        translated: row.translated, total: row.total)
                }
                return JSONOutput.text(
                    Output(
                        library: pairs(library), kinds: pairs(stats.byKind), themes: pairs(stats.byTheme),
                        temperatures: pairs(stats.byTemperature), translations: translations,
                        themeGroups: stats.byThemeAndGroup))
            case .text:
                var out = ""
                for (heading, rows) in [
                    (StatsHeading.library, library), (.kinds, stats.byKind), (.themes, stats.byTheme),
                    (.temperatures, stats.byTemperature),
                ] {
                    out += CommandText.statsHeading(heading).localized(language) + "\n"
                    let width = rows.map(\.name.count).max() ?? 0
                    for row in rows {
                        out +=
                            "  " + row.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(row.count)\n"
                    }
                    out += "\n"
                }
                out += CommandText.statsHeading(.translations).localized(language) + "\n"
                let width = stats.translations.map { ContentCommand.name(of: $0.kind).count }.max() ?? 0
                for row in stats.translations {
                    let name = ContentCommand.name(of: row.kind).padding(toLength: width, withPad: " ", startingAt: 0)
                    out += "  \(row.language)  \(name)  \(row.translated)/\(row.total)\n"
                }
                return out
            }
        }
    }

    /// The name of a kind of content in `content stats`, as the library's own tallies are named.
    static func name(of kind: ContentKind) -> String {
        switch kind {
        case .methodology: "methodologies"
        case .commonBase: "common-base"
        case .theme: "themes"
        case .prompt: "prompts"
        case .helpEntry: "help"
        case .term: "terms"
        case .disclosure: "disclosure"
        case .workingForm, .caution, .meeting, .block, .preparation: kind.rawValue
        }
    }

    package struct Search: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliContentSearchAbstract.localized(CommandLineLanguage.current))
        }

        @Argument(help: ArgumentHelp(CommandText.cliQuery.localized(CommandLineLanguage.current)))
        package var query: [String] = []
        @OptionGroup package var global: GlobalOptions
        @OptionGroup package var filters: Filters

        package init() {}

        package func run() throws {
            try global.withLibrary { library, language in
                let text = query.joined(separator: " ")
                let hits = library.search(text, filter: try filters.filter(in: library, language: global.lang))
                say(
                    Self.render(hits, query: text, format: filters.format, language: language, library: library),
                    terminator: "")
            }
        }

        package static func render(
            _ hits: [SearchHit], query: String, format: MethodsCommand.Format, language: Language, library: Library
        )
            -> String
        {
            switch format {
            case .json:
                return JSONOutput.text(
                    hits.map { hit in
                        [
                            "kind": hit.kind.rawValue, "id": hit.id, "text": hit.title,
                            "temperature": hit.temperature?.rawValue,
                            "place": hit.passage?.place(in: library, language: language, separator: "·"),
                            "section": hit.passage?.sectionName(language),
                            "meeting": hit.passage?.meetingNumber.map { "\($0)" },
                        ]
                        .compactMapValues { $0 }
                    })
            case .text:
                guard !hits.isEmpty else { return Text.noResults(query).localized(language) + "\n" }
                let kindWidth = hits.map { Text.hitKind($0.kind).localized(language).count }.max() ?? 0
                let idWidth = hits.map(\.id.count).max() ?? 0
                return hits.map { hit in
                    let kind = Text.hitKind(hit.kind).localized(language).padding(
                        toLength: kindWidth, withPad: " ", startingAt: 0)
                    let id = hit.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                    let temperature =
                        hit.temperature.map { $0.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0) } ?? "    "
                    let place = hit.passage.map {
                        "  (" + $0.place(in: library, language: language, separator: "·") + ")"
                    }
                    return "\(kind)  \(id)  \(temperature)  \(hit.title)\(place ?? "")\n"
                }.joined() + Text.resultCount(hits.count).localized(language) + "\n"
            }
        }
    }
}

extension Temperature: ExpressibleByArgument {}
extension PromptKind: ExpressibleByArgument {}
extension TargetGroup: ExpressibleByArgument {}
