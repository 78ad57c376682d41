import DialoogAppTestSupport
import Foundation
import GRDB
import Testing

/// Issue 19's done-when, as the built binary does it: twenty laptops' stores, each exported
/// encrypted to the coordinator's key (`dialoog key new`) and imported into one store. Each
/// laptop holds a small generated demo (`demo --scale 6`) so the whole runs in CI in seconds.
@Suite("Twenty laptops, one coordinator")
struct TwentyLaptopsTests {
    static let laptops = 20
    /// A nickname no generated name has, planted on the first laptop.
    static let marker = "Qwyxzhulya"

    private func succeeds(_ laptop: Laptop, _ arguments: [String], _ comment: Comment? = nil) throws -> Run {
        let run = try laptop.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run
    }

    /// The totals of `report --format json` that add up over laptops.
    private func totals(_ laptop: Laptop) throws -> [String: Int] {
        let run = try succeeds(laptop, ["report", "--include-demo", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let totals = try #require(object?["totals"] as? [String: Any])
        var figures: [String: Int] = [:]
        for key in ["series", "meetings_planned", "meetings_held", "reached", "evaluated", "came_to_first"] {
            figures[key] = totals[key] as? Int
        }
        return figures
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func twentyLaptopsMergeOnceAgainChangesNothingAndAnErasureReachesTheCoordinator() throws {
        let coordinator = Laptop("twenty-c")
        defer { coordinator.remove() }
        let made = try succeeds(coordinator, ["key", "new"])
        let publicKey = try #require(made.stdout.split(separator: "\n").first { $0.hasPrefix("age1") })
        var laptops: [Laptop] = []
        defer { for laptop in laptops { laptop.remove() } }
        var bundles: [String] = []
        var expected: [String: Int] = [:]
        var meetings = 0
        for index in 0..<Self.laptops {
            let laptop = Laptop("twenty-\(index)")
            laptops.append(laptop)
            _ = try succeeds(laptop, ["demo", "--scale", "6"])
            // The demo is seeded (the same ids on every laptop): each laptop gets its own.
            try laptop.renumber(prefix: String(format: "%08x", 0xa000_0000 + index))
            if index == 0 {
                try laptop.execute(
                    """
                    UPDATE participant SET nickname = '\(Self.marker)' WHERE id =
                        (SELECT participantId FROM attendance WHERE present ORDER BY participantId LIMIT 1)
                    """)
            }
            for (key, value) in try totals(laptop) { expected[key, default: 0] += value }
            meetings += try laptop.count("SELECT COUNT(*) FROM meeting")
            let path = laptop.folder.appendingPathComponent("laptop-\(index).age").path
            _ = try succeeds(
                laptop, ["export", "--include-demo", "--with-names", "--to", String(publicKey), "--output", path])
            bundles.append(path)
        }
        #expect(expected["meetings_held", default: 0] > 0)

        // Every meeting counted once: the coordinator's totals are the laptops' summed.
        _ = try succeeds(coordinator, ["import"] + bundles)
        #expect(try coordinator.count("SELECT COUNT(*) FROM meeting") == meetings)
        let merged = try totals(coordinator)
        #expect(merged == expected)
        #expect(try coordinator.count("SELECT COUNT(DISTINCT originLaptop) FROM series") == Self.laptops)
        #expect(bytes(coordinator.db)?.range(of: Data(Self.marker.utf8)) != nil, "names were asked for")

        // All twenty again: nothing changes, and it says so.
        let again = try succeeds(coordinator, ["import"] + bundles)
        #expect(again.stdout.contains("Niets veranderd"), "\(again.stdout)")
        #expect(try totals(coordinator) == merged)
        #expect(try coordinator.count("SELECT COUNT(*) FROM meeting") == meetings)

        // Erased on the first laptop: gone from the coordinator with that laptop's next bundle.
        let first = laptops[0]
        let id = try first.text("SELECT id FROM participant WHERE nickname = '\(Self.marker)'")
        // The whole id: every id on this laptop starts with its prefix.
        _ = try succeeds(first, ["erase", "participant", id, "--yes"])
        let next = first.folder.appendingPathComponent("laptop-0-next.age").path
        _ = try succeeds(
            first, ["export", "--include-demo", "--with-names", "--to", String(publicKey), "--output", next])
        _ = try succeeds(coordinator, ["import", next])
        #expect(try coordinator.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 0)
        for suffix in ["", "-wal", "-shm"] {
            guard let data = bytes(coordinator.db + suffix) else { continue }
            #expect(data.range(of: Data(Self.marker.utf8)) == nil, "the nickname is left in \(suffix)")
        }
        // The old bundles again do not bring the person back; the meetings still count once.
        _ = try succeeds(coordinator, ["import"] + bundles)
        #expect(try coordinator.count("SELECT COUNT(*) FROM participant WHERE id = '\(id)'") == 0)
        #expect(try coordinator.count("SELECT COUNT(*) FROM meeting") == meetings)
        #expect(try totals(coordinator)["meetings_held"] == expected["meetings_held"])
    }
}

extension Laptop {
    /// Gives every id in the store (each 36-character value of a column that holds ids) the
    /// first eight hex digits `prefix`, references included, as another laptop's demo would have.
    fileprivate func renumber(prefix: String) throws {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.inTransaction {
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                for table in tables where table != "laptop" {
                    for column in try db.columns(in: table)
                    where column.name == "id" || column.name.hasSuffix("Id")
                        || column.name == "agreementsOf" || column.name == "followUp"
                    {
                        try db.execute(
                            sql: """
                                UPDATE "\(table)" SET "\(column.name)" = ? || substr("\(column.name)", 9)
                                WHERE typeof("\(column.name)") = 'text' AND length("\(column.name)") = 36
                                """, arguments: [prefix])
                    }
                }
                return .commit
            }
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
    }

    /// Runs SQL on the laptop's database, as a hand edit would.
    fileprivate func execute(_ sql: String) throws {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        try queue.write { db in try db.execute(sql: sql) }
    }

    fileprivate func text(_ sql: String) throws -> String {
        let queue = try DatabaseQueue(path: db)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: sql) ?? "" }
    }
}
