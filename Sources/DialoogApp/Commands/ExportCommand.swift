import ArgumentParser
import DialoogCore
import DialoogStore
import Foundation

/// `dialoog export --output FILE`: the chosen series (all but demo series by default) as one
/// bundle, through `BundleSeal`: encrypted, or plain with a warning when asked. Reads only.
package struct ExportCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export", abstract: BundleText.cliExportAbstract.localized(CommandLineLanguage.current))
    }

    static func help(_ text: BundleText, value: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text.localized(CommandLineLanguage.current), valueName: value)
    }

    @OptionGroup package var global: GlobalOptions
    @Option(help: help(.optSeries, value: "id|name")) package var series: String?
    @Option(help: help(.optName, value: "text")) package var name: String?
    @Option(help: help(.optOrganisation, value: "name")) package var organisation: String?
    @Option(help: help(.optPeriod, value: "2026|2026-Q4|2026-11")) package var period: String?
    @Flag(help: help(.optIncludeDemo)) package var includeDemo = false
    @Option(help: help(.optOutput, value: "file")) package var output: String
    @Flag(help: help(.optForce)) package var force = false
    @Option(name: .customLong("to"), help: help(.optTo, value: "age1…")) package var recipients: [String] = []
    @Option(help: help(.optPassphraseFile, value: "file")) package var passphraseFile: String?
    @Flag(help: help(.optPlain)) package var plain = false
    @Flag(help: help(.optWithNames)) package var withNames = false
    @Flag(help: help(.optWithNotes)) package var withNotes = false

    package init() {}

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        try BundleFailure.reporting(language) {
            if withNames, plain { throw BundleFailure(text: .namesNeedEncryption, exitCode: 64) }
            let seal = try BundleSeal.writing(
                to: recipients, passphraseFile: passphraseFile, plain: plain, language: language)
            let now = try environment.clock().now()
            let (database, _) = try global.bundleStore(environment, writing: false)
            let ids = try chosen(database)
            guard !ids.isEmpty else { throw BundleFailure(text: .nothingToExport, exitCode: 64) }
            let bundle = try storeCall(database) {
                try database.bundle(seriesIds: ids, withNames: withNames, withNotes: withNotes, madeAt: now)
            }
            let file = try seal.seal(try bundle.encoded())
            try PrivateFile.write(file, to: output, force: force)
            if plain { complain(BundleText.plainWarning.localized(language)) }
            if withNames { complain(BundleText.namesWarning.localized(language)) }
            let meetings = bundle.series.reduce(0) { $0 + ($1.rows["meeting"]?.count ?? 0) }
            complain(
                BundleText.exported(path: output, series: bundle.series.count, meetings: meetings).localized(language))
        }
    }

    /// The ids of the series the options choose: all of them without options, demo series
    /// only with `--include-demo` or when named by `--series`.
    private func chosen(_ database: AppDatabase) throws -> [String] {
        var all = try storeCall(database) { try database.allSeries() }
        if let series {
            var matches = try storeCall(database) { try database.findSeries(series) }
            let part = series.trimmingCharacters(in: .whitespaces).lowercased()
            if matches.isEmpty, !part.isEmpty { matches = all.filter { $0.name.lowercased().contains(part) } }
            switch matches.count {
            case 0: throw CLIError.plan(.seriesNotFound(series))
            case 1: all = matches
            default:
                throw CLIError.plan(
                    .seriesAmbiguous(series, matches: matches.map { "\($0.name) (\($0.id.prefix(8)))" }))
            }
        } else if !includeDemo {
            all.removeAll(where: \.demo)
        }
        if let name = ReportCommand.given(name)?.lowercased() {
            all.removeAll { !$0.name.lowercased().contains(name) }
        }
        if let organisation = ReportCommand.given(organisation)?.lowercased() {
            all.removeAll { $0.organisation.lowercased() != organisation }
        }
        if let period {
            guard let range = ReportPeriod.period(period, calendar: .system) else {
                throw BundleFailure(text: .badPeriod(period), exitCode: 64)
            }
            let figures = try storeCall(database) {
                try database.meetingFigures(OverviewFilter(from: range.from, to: range.to, includeDemo: true))
            }
            let inPeriod = Set(figures.map(\.seriesId))
            all.removeAll { !inPeriod.contains($0.id) }
        }
        return all.map(\.id)
    }
}
