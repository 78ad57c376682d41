import DialoogAppTestSupport
import DialoogTestSupport
import Foundation
import GRDB
import Testing

/// Periods that add up: every additive figure of the four quarterly reports sums to the
/// year's, on generated data, whatever the machine's zone. Meetings, attendance, signals,
/// evaluations (with their hours, expenses, advice and the useful and heard hands), headcounts by part, professionals present and prompt uses count in the period of the meeting's local date; a series'
/// completion and retention in the period of its third regular meeting.
@Suite("Periods that add up")
struct PeriodSumTests {
    /// A small seeded generator (SplitMix64): the same data for the same seed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text + "Z")!
    }

    /// Moments a report in the wrong zone gets wrong: just after midnight on the first of a
    /// quarter in Amsterdam (still the day before in UTC), and the hours daylight saving time
    /// skips or repeats.
    static let edges = [
        "2024-12-31T23:30:00", "2025-03-31T22:30:00", "2025-06-30T22:15:00", "2025-09-30T22:45:00",
        "2025-12-31T23:30:00", "2026-03-31T22:30:00", "2026-06-30T22:00:00", "2026-09-30T22:00:00",
        "2025-03-30T01:30:00", "2025-10-26T00:30:00", "2025-10-26T01:30:00", "2026-03-29T01:30:00",
        "2026-10-25T00:30:00", "2026-10-25T01:30:00", "2025-12-31T22:59:00", "2026-12-31T23:00:00",
    ].map(utc)

    /// Writes `count` series with three regular meetings (and sometimes an extra one) at random
    /// moments of 2025 and 2026 (some on the edges), each held or not, with people present,
    /// headcounts, evaluations, signals and prompt uses.
    static func generate(into path: String, seed: UInt64, count: Int = 24) throws {
        var random = Seeded(state: seed)
        let start = utc("2024-12-20T00:00:00").timeIntervalSince1970
        let end = utc("2027-01-05T00:00:00").timeIntervalSince1970
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        func id() -> String { UUID().uuidString.lowercased() }
        try queue.write { db in
            for index in 0..<count {
                let seriesId = id()
                let organisation = ["HTIB", "IOT", "SMN", "FSAN"].randomElement(using: &random)!
                try db.execute(
                    sql: """
                        INSERT INTO series (id, name, methodId, organisation, municipality, createdAt)
                        VALUES (?, ?, 'htib', ?, 'Utrecht', ?)
                        """, arguments: [seriesId, "Groep \(index)", organisation, Date(timeIntervalSince1970: start)])
                var people = (0..<Int.random(in: 3...8, using: &random)).map { _ in id() }
                for (number, person) in people.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO participant (id, seriesId, nickname) VALUES (?, ?, ?)",
                        arguments: [person, seriesId, "p\(number)"])
                }
                // Sometimes a local professional comes along: counted apart from the deelnemers.
                if Bool.random(using: &random) {
                    let professional = id()
                    try db.execute(
                        sql:
                            "INSERT INTO participant (id, seriesId, nickname, role) VALUES (?, ?, 'wijkagent', 'professional')",
                        arguments: [professional, seriesId])
                    people.append(professional)
                }
                var moment = Double.random(in: start...end, using: &random)
                let numbers = Bool.random(using: &random) ? [1, 2, 3, 4] : [1, 2, 3]
                for number in numbers {
                    let date: Date
                    if Int.random(in: 0..<4, using: &random) == 0 {
                        date = edges.randomElement(using: &random)!
                    } else {
                        date = Date(timeIntervalSince1970: moment)
                    }
                    moment += Double.random(in: 3600...(40 * 86400), using: &random)
                    let held = Int.random(in: 0..<5, using: &random) > 0
                    let countOnly = Int.random(in: 0..<6, using: &random) == 0
                    let meetingId = id()
                    try db.execute(
                        sql: """
                            INSERT INTO meeting (id, seriesId, number, kind, startsAt, plannedMinutes, state, countOnly)
                            VALUES (?, ?, ?, ?, ?, 120, ?, ?)
                            """,
                        arguments: [
                            meetingId, seriesId, number, number <= 3 ? "regular" : "extra", date,
                            held ? "ended" : "planned", countOnly,
                        ])
                    guard held else { continue }
                    if countOnly {
                        try db.execute(
                            sql: "INSERT INTO headcount (meetingId, total, women, men, young) VALUES (?, ?, ?, ?, ?)",
                            arguments: [
                                meetingId, Int.random(in: 0...20, using: &random),
                                Bool.random(using: &random) ? Int.random(in: 0...10, using: &random) : nil,
                                Bool.random(using: &random) ? Int.random(in: 0...10, using: &random) : nil,
                                Bool.random(using: &random) ? Int.random(in: 0...5, using: &random) : nil,
                            ])
                    } else {
                        for person in people where Int.random(in: 0..<4, using: &random) > 0 {
                            try db.execute(
                                sql: "INSERT INTO attendance (meetingId, participantId, present) VALUES (?, ?, 1)",
                                arguments: [meetingId, person])
                        }
                    }
                    if Bool.random(using: &random) {
                        try db.execute(
                            sql: """
                                INSERT INTO evaluation (meetingId, safety, volunteerHours, expenses, recommendations,
                                    updatedAt, usefulYes, usefulPartly, usefulNo, heardYes, heardPartly, heardNo)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """,
                            arguments: [
                                meetingId, Int.random(in: 1...5, using: &random),
                                Bool.random(using: &random) ? Int.random(in: 0...12, using: &random) : nil,
                                Bool.random(using: &random) ? Int.random(in: 0...300, using: &random) : nil,
                                Bool.random(using: &random) ? "[\"meer lotgenotencontact\"]" : "[]", date,
                                Int.random(in: 0...9, using: &random), Int.random(in: 0...4, using: &random),
                                Bool.random(using: &random) ? Int.random(in: 0...3, using: &random) : nil,
                                Int.random(in: 0...9, using: &random), Int.random(in: 0...4, using: &random),
                                Bool.random(using: &random) ? Int.random(in: 0...3, using: &random) : nil,
                            ])
                    }
                    for position in 0..<Int.random(in: 0...2, using: &random) {
                        try db.execute(
                            sql: """
                                INSERT INTO signal (id, meetingId, position, at, category, response)
                                VALUES (?, ?, ?, ?, 'anders', ?)
                                """,
                            arguments: [
                                id(), meetingId, position, date,
                                ["hulpkaart", "warme-verwijzing", "acuut-112"].randomElement(using: &random)!,
                            ])
                    }
                    let blockId = id()
                    try db.execute(
                        sql: """
                            INSERT INTO block (id, meetingId, position, title, kind, form, minutes)
                            VALUES (?, ?, 0, 'Kern', 'kern', 'kring', 30)
                            """, arguments: [blockId, meetingId])
                    for prompt in ["p-een", "p-twee", "p-drie"] where Bool.random(using: &random) {
                        try db.execute(
                            sql: """
                                INSERT INTO promptUse (id, meetingId, position, blockId, promptId, planned, usedAt)
                                VALUES (?, ?, 0, ?, ?, 1, ?)
                                """, arguments: [id(), meetingId, blockId, prompt, date])
                    }
                }
            }
        }
    }

    /// The additive figures of a JSON report, by name.
    static func figures(_ json: [String: Any]) throws -> [String: Int] {
        let totals = try #require(json["totals"] as? [String: Any])
        var figures: [String: Int] = [:]
        for key in [
            "series_completed", "meetings_planned", "meetings_held", "came_to_first", "came_to_all", "evaluated",
        ] {
            figures[key] = try #require(totals[key] as? Int, "\(key)")
        }
        // Hours and euros are null when no meeting of the period has them: no figure, as 0.
        for key in ["volunteer_hours", "expenses_euros", "recommendations"] {
            figures[key] = totals[key] as? Int ?? 0
        }
        // The collected figures: headcount parts, professionals present, the useful and heard hands.
        for group in ["headcount_parts", "professionals_present", "useful", "heard"] {
            let values = try #require(totals[group] as? [String: Any], "\(group)")
            for (key, value) in values { figures[group + "." + key] = value as? Int ?? 0 }
        }
        let signals = try #require(totals["signals"] as? [String: Int])
        for (key, value) in signals { figures["signals." + key] = value }
        for row in try #require(totals["held_per_organisation"] as? [[String: Any]]) {
            figures["held." + (row["organisation"] as? String ?? "?"), default: 0] += row["held"] as? Int ?? 0
        }
        let charts = try #require(json["charts"] as? [String: Any])
        for row in try #require(charts["meetings_per_month"] as? [[String: Any]]) {
            figures["month." + (row["month"] as? String ?? "?"), default: 0] += row["held"] as? Int ?? 0
        }
        for row in try #require(charts["attendance_per_number"] as? [[String: Any]]) {
            figures["attendance.\(row["meeting_number"] as? Int ?? 0)", default: 0] += row["attendance"] as? Int ?? 0
        }
        for row in try #require(charts["prompt_uses"] as? [[String: Any]]) {
            figures["prompt." + (row["prompt_id"] as? String ?? "?"), default: 0] += row["uses"] as? Int ?? 0
        }
        figures["meetings"] = try #require(json["meetings"] as? [Any]).count
        // Zeros are no figure: a month or organisation without meetings is simply left out.
        return figures.filter { $0.value != 0 }
    }

    @Test(arguments: [UInt64(1), 7, 2026]) func theFourQuartersAddUpToTheYearOnAMachineOnUTC(seed: UInt64) throws {
        let laptop = Laptop("periods", now: "2027-02-01T12:00")
        defer { laptop.remove() }
        try laptop.create()
        try Self.generate(into: laptop.db, seed: seed)
        // The machine's zone is UTC: the report still counts in Amsterdam's local dates.
        func report(_ period: String) throws -> [String: Int] {
            let run = try Run(
                ["report", "--format", "json", "--period", period, "--db", laptop.db, "--lang", "nl"],
                environment: ["TZ": "UTC", "DIALOOG_NOW": laptop.now], home: laptop.folder)
            #expect(run.status == 0, "\(run.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            return try Self.figures(json)
        }
        for year in [2025, 2026] {
            var sum: [String: Int] = [:]
            for quarter in 1...4 {
                for (key, value) in try report("\(year)-Q\(quarter)") { sum[key, default: 0] += value }
            }
            let whole = try report("\(year)")
            #expect(sum == whole, "\(year), seed \(seed)")
            #expect((whole["meetings"] ?? 0) > 0)
        }
    }

    @Test func aMeetingAtHalfPastMidnightOnNewYearsDayCountsInTheNewYear() throws {
        let laptop = Laptop("periods", now: "2027-02-01T12:00")
        defer { laptop.remove() }
        try laptop.create()
        let queue = try DatabaseQueue(path: laptop.db)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO series (id, name, methodId, organisation, createdAt)
                    VALUES ('00000000-0000-0000-0000-000000000001', 'Nieuwjaar', 'htib', 'HTIB', ?)
                    """, arguments: [Self.utc("2025-12-01T10:00:00")])
            try db.execute(
                sql: """
                    INSERT INTO meeting (id, seriesId, number, startsAt, state)
                    VALUES ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000001', 1, ?, 'ended')
                    """, arguments: [Self.utc("2025-12-31T23:30:00")])
        }
        try queue.close()
        for zone in ["UTC", "America/New_York", "Europe/Amsterdam"] {
            let run = try Run(
                ["report", "--format", "csv", "--period", "2026", "--db", laptop.db],
                environment: ["TZ": zone, "DIALOOG_NOW": laptop.now], home: laptop.folder)
            #expect(run.stdout.contains(",2026-01-01,ended,"), "on a machine in \(zone): \(run.stdout)")
        }
        // DIALOOG_TZ tells dates in another zone; one the machine does not know is named.
        let london = try Run(
            ["report", "--format", "csv", "--period", "2025", "--db", laptop.db],
            environment: ["TZ": "UTC", "DIALOOG_TZ": "Europe/London", "DIALOOG_NOW": laptop.now], home: laptop.folder)
        #expect(london.stdout.contains(",2025-12-31,ended,"), "\(london.stdout)")
        let nowhere = try Run(
            ["report", "--format", "csv", "--period", "2026", "--db", laptop.db, "--lang", "nl"],
            environment: ["DIALOOG_TZ": "Nergens/Stad", "DIALOOG_NOW": laptop.now, "LANG": "nl_NL.UTF-8"],
            home: laptop.folder)
        #expect(nowhere.stderr.contains("DIALOOG_TZ='Nergens/Stad' is geen tijdzone"), "\(nowhere.stderr)")
        #expect(nowhere.stdout.contains(",2026-01-01,ended,"))
    }
}
