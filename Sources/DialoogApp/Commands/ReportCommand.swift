import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `dialoog report`: the overzicht's figures for a filter, as text, CSV (one row per meeting),
/// JSON or a Markdown report for a municipality. Demo series count only with
/// `--include-demo`. Reads only; CSV does not load the library. Series carry their neutral
/// label (`SeriesLabels`) unless `--with-series-names`, and raised themes only as released.
package struct ReportCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        let language = CommandLineLanguage.current
        return CommandConfiguration(
            commandName: "report", abstract: CommandText.cliReportAbstract.localized(language),
            discussion: CommandText.cliReportDiscussion.localized(language))
    }

    package enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, json, md, html
    }

    /// What `--compare` sets beside the report's period.
    package enum Compare: String, ExpressibleByArgument, CaseIterable {
        case previous
    }

    static func help(_ text: CommandText, value: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text.localized(CommandLineLanguage.current), valueName: value)
    }

    @OptionGroup package var global: GlobalOptions
    @Option(help: help(.cliReportOrganisation, value: "name")) package var organisation: String?
    @Option(help: help(.cliReportMethod, value: "id")) package var method: String?
    @Option(help: help(.cliReportMunicipality, value: "name")) package var municipality: String?
    @Option(help: help(.cliReportFacilitator, value: "name")) package var facilitator: String?
    @Option(help: help(.cliReportPeriod, value: "2026|2026-Q4|2026-11")) package var period: String?
    @Option(help: help(.cliReportFrom, value: "YYYY-MM-DD")) package var from: String?
    @Option(help: help(.cliReportTo, value: "YYYY-MM-DD")) package var to: String?
    @Flag(help: help(.cliReportIncludeDemo)) package var includeDemo = false
    @Option(help: ArgumentHelp(BundleText.optLaptop.localized(CommandLineLanguage.current), valueName: "id"))
    package var laptop: String?
    @Flag(help: help(.cliReportWithSeriesNames)) package var withSeriesNames = false
    @Option(help: help(.cliReportFormat, value: "text|csv|json|md|html")) package var format: Format = .text
    @Flag(help: help(.cliReportExcel)) package var excel = false
    @Option(help: help(.cliReportOutput, value: "file")) package var output: String?
    @Option(help: help(.cliReportCompare, value: "previous")) package var compare: Compare?

    package init() {}

    /// A mistake in the options (exit 64), or an output file that cannot be written (73).
    struct Problem: Error {
        var text: CommandText
        var exitCode: Int32 = 64
    }

    package func run() throws {
        let environment = AppEnvironment()
        let language = global.language(environment)
        let calendar = LocalCalendar.system
        do {
            if excel, format != .csv { throw Problem(text: .reportExcelNeedsCSV) }
            let filter = try filter(calendar: calendar)
            var previous: OverviewFilter?
            if compare == .previous {
                guard let from = filter.from, let to = filter.to else { throw Problem(text: .reportCompareNeedsPeriod) }
                guard let range = ReportPeriod.previous(from: from, to: to, calendar: calendar) else {
                    throw Problem(text: .reportCompareNoPrevious)
                }
                var earlier = filter
                (earlier.from, earlier.to) = (range.from, range.to)
                previous = earlier
            }
            try report(filter: filter, previous: previous, environment: environment, language: language)
        } catch let problem as Problem {
            complain(problem.text.localized(language))
            throw ExitCode(problem.exitCode)
        }
    }

    private func report(
        filter: OverviewFilter, previous: OverviewFilter?, environment: AppEnvironment, language: Language
    ) throws {
        let calendar = LocalCalendar.system
        try CLIError.reporting(language) {
            let path = global.databasePath(environment)
            let now = try environment.clock().now()
            // The library names prompts and themes, and decides which raised themes are library
            // themes; the CSV holds counts only.
            let library =
                format == .csv
                ? nil : try global.library(environment, language: language, onlyLanguage: true).localized(to: language)
            let database: AppDatabase
            do { database = try AppDatabase.open(at: path, onlyReading: true) } catch {
                throw CLIError.store(error as? StoreError ?? AppDatabase.classify(error, path: path))
            }
            let text: String
            let empty: Bool
            do {
                let labels = withSeriesNames ? nil : try database.seriesLabels()
                var meetings = try database.meetingFigures(filter)
                labels?.apply(to: &meetings)
                empty = meetings.isEmpty
                if format == .csv, !excel {
                    text = CSVReport.render(meetings, calendar: calendar)
                } else if format == .csv {
                    // The rows on top say what produced the file: the report's own words for them.
                    let overview = try database.overview(filter, today: calendar.startOfDay(now), calendar: calendar)
                    let report = Report(
                        overview: overview, meetings: meetings, generatedAt: now, calendar: calendar,
                        language: language)
                    text = CSVReport.render(
                        meetings, calendar: calendar,
                        dialect: .excel(about: report.about(version: DialoogVersion.current)))
                } else {
                    var overview = try database.overview(
                        filter, today: calendar.startOfDay(now), calendar: calendar,
                        release: ThemeRelease(library: library))
                    if let labels { overview = labels.apply(to: overview) }
                    var report = Report(
                        overview: overview, meetings: meetings, generatedAt: now, calendar: calendar,
                        language: language, library: library)
                    report.seriesNamed = withSeriesNames
                    if let previous {
                        // The period before, counted as its own report would count it.
                        var overview = try database.overview(
                            previous, today: calendar.startOfDay(now), calendar: calendar,
                            release: ThemeRelease(library: library))
                        var meetings = try database.meetingFigures(previous)
                        if let labels {
                            overview = labels.apply(to: overview)
                            labels.apply(to: &meetings)
                        }
                        report.previous = Report.Previous(overview: overview, meetings: meetings)
                    }
                    if format == .md || format == .html {
                        report.landed = try database.landedPrompts(meetingIds: meetings.map(\.meetingId))
                    }
                    if format == .json, output == nil {
                        // Streamed, a meeting at a time: the whole file is never in memory. Written
                        // in pieces of 64 KB rather than a write for each meeting.
                        var pending = ""
                        JSONReport.write(report) { piece in
                            pending += piece
                            if pending.utf8.count >= 65_536 {
                                FileHandle.standardOutput.write(Data(pending.utf8))
                                pending.removeAll(keepingCapacity: true)
                            }
                        }
                        FileHandle.standardOutput.write(Data(pending.utf8))
                        text = ""
                    } else {
                        text = Self.render(report, as: format)
                    }
                }
                if empty, !filter.includeDemo, try database.demoSeriesCount() > 0 {
                    complain(CommandText.reportOnlyDemo.localized(language))
                }
            } catch {
                throw CLIError.store(error as? StoreError ?? AppDatabase.classify(error, path: path))
            }
            if let output {
                try Self.write(text, to: output)
                complain(CommandText.reportWritten(path: output).localized(language))
            } else if !text.isEmpty {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    /// The report in `format`, with no character that steers a terminal: text and Markdown
    /// go through `SafeText` whole, CSV and JSON escape their cells and strings by their own
    /// rules (a CSV ends its lines in CR, which only a cell may not carry raw).
    static func render(_ report: Report, as format: Format) -> String {
        switch format {
        case .text: SafeText.escaped(TerminalReport.render(report))
        case .csv: CSVReport.render(report.meetings, calendar: report.calendar)
        case .json: JSONReport.render(report)
        case .md: SafeText.escaped(MarkdownReport.render(report))
        case .html: ReportHTML.render(report, version: DialoogVersion.current)
        }
    }

    /// The options as the overzicht's filter. `--to` names the last day included; the filter
    /// ends at the first moment after it.
    func filter(calendar: LocalCalendar) throws(Problem) -> OverviewFilter {
        var filter = OverviewFilter(
            organisation: Self.given(organisation), methodId: Self.given(method),
            municipality: Self.given(municipality), facilitator: Self.given(facilitator), includeDemo: includeDemo,
            laptop: Self.given(laptop)?.lowercased())
        if let period {
            guard from == nil, to == nil else { throw Problem(text: .reportPeriodWithDates) }
            guard let range = ReportPeriod.period(period, calendar: calendar) else {
                throw Problem(text: .reportBadPeriod(period))
            }
            (filter.from, filter.to) = (range.from, range.to)
        }
        if let from {
            guard let day = ReportPeriod.day(from, calendar: calendar) else {
                throw Problem(text: .reportBadDate(option: "--from", value: from))
            }
            filter.from = day
        }
        if let to {
            guard let day = ReportPeriod.day(to, calendar: calendar) else {
                throw Problem(text: .reportBadDate(option: "--to", value: to))
            }
            filter.to = ReportPeriod.dayAfter(day, calendar: calendar)
        }
        if let start = filter.from, let end = filter.to, start >= end, let from, let to {
            throw Problem(text: .reportEmptyRange(from: from, to: to))
        }
        return filter
    }

    /// A text option with its spaces trimmed; nil when left out or blank.
    static func given(_ text: String?) -> String? {
        text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Writes `text` to `path` as a whole or not at all: into a new file beside it, readable
    /// only by the user (0600), which then replaces `path`.
    static func write(_ text: String, to path: String) throws(Problem) {
        // Only a new path or a regular file is replaced: never a device node, a FIFO, a
        // folder or a symlink (the rename below would replace the node itself, as root too).
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw Problem(text: .reportNotAFile(path: path), exitCode: 73)
        }
        if let failure = AtomicFile.write(Array(text.utf8), to: path) { throw cannotWrite(path, failure) }
    }

    /// Exit 73 (EX_CANTCREAT), with what the system said.
    private static func cannotWrite(_ path: String, _ error: Int32) -> Problem {
        Problem(text: .reportCannotWrite(path: path, detail: String(cString: strerror(error))), exitCode: 73)
    }
}
