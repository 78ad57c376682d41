import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// An id that reads as the number it ends with.
private func uuid(_ n: Int) -> String {
    "00000000-0000-4000-8000-" + String(format: "%012d", n)
}

/// A series of three meetings with an extra and an aftercare meeting, listed out of order,
/// and what reading it back must give: meetings regular by number, extra, aftercare.
private func samplePlan(id: String = uuid(1), name: String = "Vrouwen Schilderswijk") -> (
    written: SeriesPlan, read: SeriesPlan
) {
    let series = Series(
        id: id, name: name, methodId: "htib", organisation: "HTIB", municipality: "Den Haag",
        expectedGroupSize: 12, createdAt: Fixtures.now, facilitators: ["Ayşe", "Fatma K."], venue: .buurthuis,
        languages: ["tr", "nl"], groups: [.vrouwen, .ouders], groupChoice: ["Opvoeding", "Geloof"])
    func meeting(_ number: Int, _ kind: Meeting.Kind = .regular, blocks: [PlanBlock] = []) -> MeetingPlan {
        MeetingPlan(
            meeting: Meeting(
                seriesId: series.id, number: number, kind: kind, startsAt: Fixtures.date("2026-12-08T19:00"),
                plannedMinutes: 120, purpose: "Kennismaken en vertrouwen opbouwen", helpCard: ["fier", "veilig-thuis"]
            ),
            blocks: blocks)
    }
    let first = meeting(
        1,
        blocks: [
            PlanBlock(title: "Welkom", kind: .welkom, form: "kring", minutes: 15),
            PlanBlock(
                title: "Opvoeden in twee culturen", kind: .kern, form: "stelling", minutes: 45, theme: "opvoeding",
                guidance: "Laat iedereen eerst zelf kiezen.", questions: ["Wat vond je moeder belangrijk?", "En jij?"],
                prompts: ["stelling-opvoeding-3", "stelling-opvoeding-1", "vraag-opvoeding-2"], chosenByGroup: true),
            PlanBlock(title: "Pauze", kind: .pauze, form: "vrij", minutes: 15),
            PlanBlock(title: "Afsluiting", kind: .afsluiting, form: "kring", minutes: 10, prompts: ["afsluiting-1"]),
        ])
    let second = meeting(2, blocks: [PlanBlock(title: "Terugblik", kind: .terugblik, form: "kring", minutes: 20)])
    let third = meeting(3)
    let extra = meeting(4, .extra)
    let aftercare = meeting(5, .aftercare)
    let written = SeriesPlan(
        series: series, meetings: [aftercare, second, extra, first, third], checklist: [.locatie, .hulplijst])
    var read = written
    read.meetings = [first, second, third, extra, aftercare]
    return (written, read)
}

private func count(_ table: String, in database: AppDatabase) throws -> Int {
    try database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
}

@Suite("Storing series plans")
struct PlanStoreTests {
    @Test func aPlanReadsBackAsItWasWritten() throws {
        let database = try AppDatabase.inMemory()
        let (written, expected) = samplePlan()
        try database.insertPlan(written, now: Fixtures.now)
        let read = try #require(try database.plan(seriesId: written.id))
        #expect(read == expected)
        #expect(read.meetings.map(\.meeting.number) == [1, 2, 3, 4, 5])
        #expect(
            read.meetings[0].blocks[1].prompts == ["stelling-opvoeding-3", "stelling-opvoeding-1", "vraag-opvoeding-2"])
        #expect(try database.plan(seriesId: uuid(99)) == nil)
    }

    @Test func listsAreStoredAsPlainJSONArrays() throws {
        let database = try AppDatabase.inMemory()
        try database.insertPlan(samplePlan().written, now: Fixtures.now)
        let row = try database.reader.read { db in
            try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT languages, "groups", venue, helpCard, questions
                        FROM series, meeting, block
                        WHERE meeting.number = 1 AND block.meetingId = meeting.id AND block.position = 1
                        """))
        }
        #expect(row["languages"] as String == #"["tr","nl"]"#)
        #expect(row["groups"] as String == #"["vrouwen","ouders"]"#)
        #expect(row["venue"] as String == "buurthuis")
        #expect(row["helpCard"] as String == #"["fier","veilig-thuis"]"#)
        #expect(row["questions"] as String == #"["Wat vond je moeder belangrijk?","En jij?"]"#)
    }

    @Test func aSeriesIdCannotBeUsedTwice() throws {
        let database = try AppDatabase.inMemory()
        let (plan, expected) = samplePlan()
        try database.insertPlan(plan, now: Fixtures.now)
        var other = samplePlan(name: "Een andere serie").written
        other.meetings = []
        #expect(throws: StoreError.seriesAlreadyExists(id: plan.id, name: "Vrouwen Schilderswijk")) {
            try database.insertPlan(other, now: Fixtures.now)
        }
        #expect(try database.plan(seriesId: plan.id) == expected)
        #expect(StoreError.seriesAlreadyExists(id: plan.id, name: "x").exitCode == 65)
    }

    @Test func savingKeepsTheBlocksThatStayAndTheirOrder() throws {
        let database = try AppDatabase.inMemory()
        var plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        // What live mode will record against blocks and meetings, with foreign keys.
        try database.writer.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE liveUse (
                        blockId TEXT NOT NULL REFERENCES block(id) ON DELETE CASCADE,
                        meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE)
                    """)
            for block in plan.meetings[0].blocks {
                try db.execute(
                    sql: "INSERT INTO liveUse VALUES (?, ?)", arguments: [block.id, plan.meetings[0].meeting.id])
            }
        }
        // Move the closing block to the front, drop the break, add a block, change the core one.
        let old = plan.meetings[0].blocks
        let (welkom, kern, afsluiting) = (old[0], old[1], old[3])
        var changedKern = kern
        changedKern.minutes = 50
        changedKern.prompts = ["vraag-opvoeding-2", "stelling-opvoeding-3"]
        let added = PlanBlock(title: "Kennis over hulp", kind: .kennis, form: "uitleg", minutes: 20, theme: "hulp")
        plan.meetings[0].blocks = [afsluiting, welkom, added, changedKern]
        try database.savePlan(plan, now: Fixtures.now)

        #expect(try database.plan(seriesId: plan.id) == plan)
        let survivors = try database.reader.read { db in
            try Set(String.fetchAll(db, sql: "SELECT blockId FROM liveUse"))
        }
        #expect(survivors == [welkom.id, kern.id, afsluiting.id])
        let positions = try database.reader.read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM block WHERE meetingId = ? ORDER BY position",
                arguments: [plan.meetings[0].meeting.id])
        }
        #expect(positions == [afsluiting.id, welkom.id, added.id, kern.id])
        #expect(try count("blockPrompt", in: database) == 3)
    }

    @Test func aBlockCanMoveToAnotherMeeting() throws {
        let database = try AppDatabase.inMemory()
        var plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        let moved = plan.meetings[0].blocks.removeLast()
        plan.meetings[1].blocks.insert(moved, at: 0)
        try database.savePlan(plan, now: Fixtures.now)
        #expect(try database.plan(seriesId: plan.id) == plan)
        #expect(try count("blockPrompt", in: database) == 4)
    }

    @Test func meetingsCanBeAddedRemovedAndRenumbered() throws {
        let database = try AppDatabase.inMemory()
        var plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        // Drop the extra meeting, swap 2 and 3, add a second extra one.
        plan.meetings.remove(at: 3)
        plan.meetings[1].meeting.number = 3
        plan.meetings[2].meeting.number = 2
        plan.meetings.swapAt(1, 2)
        plan.meetings.insert(
            MeetingPlan(meeting: Meeting(seriesId: plan.id, number: 6, kind: .extra), blocks: []), at: 3)
        try database.savePlan(plan, now: Fixtures.now)
        let read = try #require(try database.plan(seriesId: plan.id))
        #expect(read == plan)
        #expect(read.meetings.map(\.meeting.number) == [1, 2, 3, 6, 5])
    }

    @Test func aMeetingThatRanCannotLeaveThePlan() throws {
        let database = try AppDatabase.inMemory()
        var plan = samplePlan().read
        plan.meetings[0].meeting.state = .ended
        plan.meetings[1].meeting.state = .running
        try database.insertPlan(plan, now: Fixtures.now)
        for held in [0, 1] {
            var shorter = plan
            shorter.meetings.remove(at: held)
            shorter.series.name = "Hernoemd"
            #expect(throws: StoreError.meetingAlreadyHeld(series: "Hernoemd", number: held + 1)) {
                try database.savePlan(shorter, now: Fixtures.now)
            }
        }
        #expect(try database.plan(seriesId: plan.id) == plan)
        #expect(StoreError.meetingAlreadyHeld(series: "S", number: 1).exitCode == 65)
        // A meeting still planned can go.
        plan.meetings.remove(at: 2)
        try database.savePlan(plan, now: Fixtures.now)
        #expect(try database.plan(seriesId: plan.id) == plan)
    }

    /// A block or meeting copied from another series' plan file with its id would otherwise be
    /// moved out of that series by the save.
    @Test func anIdOfAnotherSeriesIsRefusedAndNothingMoves() throws {
        let database = try AppDatabase.inMemory()
        let other = samplePlan(id: uuid(1), name: "Vrouwen Schilderswijk").read
        try database.insertPlan(other, now: Fixtures.now)
        var mine = samplePlan(id: uuid(2), name: "Mannen Transvaal").read
        for m in mine.meetings.indices {
            mine.meetings[m].meeting.id = UUID().uuidString.lowercased()
            mine.meetings[m].meeting.seriesId = uuid(2)
            for b in mine.meetings[m].blocks.indices { mine.meetings[m].blocks[b].id = UUID().uuidString.lowercased() }
        }
        try database.insertPlan(mine, now: Fixtures.now)
        var copied = mine
        copied.meetings[0].blocks.append(other.meetings[0].blocks[1])
        #expect(throws: StoreError.idInOtherSeries(id: other.meetings[0].blocks[1].id, series: "Vrouwen Schilderswijk"))
        {
            try database.savePlan(copied, now: Fixtures.now)
        }
        var stolen = mine
        stolen.meetings[1].meeting.id = other.meetings[1].meeting.id
        #expect(throws: StoreError.idInOtherSeries(id: other.meetings[1].meeting.id, series: "Vrouwen Schilderswijk")) {
            try database.savePlan(stolen, now: Fixtures.now)
        }
        #expect(try database.plan(seriesId: other.id) == other)
        #expect(try database.plan(seriesId: mine.id) == mine)
    }

    @Test func aFailedSaveChangesNothing() throws {
        let database = try AppDatabase.inMemory()
        let plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        var broken = plan
        broken.series.languages = ["ar"]
        broken.meetings[0].blocks.removeFirst()
        broken.meetings.removeLast()
        broken.checklist = [.taal]
        broken.meetings[1].blocks[0].minutes = 0
        #expect(throws: DatabaseError.self) { try database.savePlan(broken, now: Fixtures.date("2026-12-02T10:00")) }
        #expect(try database.plan(seriesId: plan.id) == plan)
    }

    @Test func theChecklistKeepsWhenItemsWereDone() throws {
        let database = try AppDatabase.inMemory()
        var plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        let later = Fixtures.date("2026-12-05T11:00")
        plan.checklist = [.hulplijst, .gemeente]
        try database.savePlan(plan, now: later)
        #expect(try database.plan(seriesId: plan.id)?.checklist == [.hulplijst, .gemeente])
        let done = try database.reader.read { db in
            try Dictionary(
                uniqueKeysWithValues: PreparationRecord.filter(Column("seriesId") == plan.id).fetchAll(db).map {
                    ($0.item, $0.doneAt)
                })
        }
        #expect(done == [.hulplijst: Fixtures.now, .gemeente: later])
    }

    @Test func removingASeriesRemovesItsPlan() throws {
        let database = try AppDatabase.inMemory()
        let plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        _ = try database.writer.write { try plan.series.delete($0) }
        let counts = try ["meeting", "block", "blockPrompt", "preparation"].map { try count($0, in: database) }
        #expect(counts == [0, 0, 0, 0])
    }

    @Test func theSchemaRefusesWhatAPlanCannotBe() throws {
        let database = try AppDatabase.inMemory()
        let plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        let blockId = plan.meetings[0].blocks[0].id
        let refused = [
            "UPDATE series SET languages = '{\"tr\": 1}'",
            "UPDATE series SET facilitators = 'Ayşe'",
            "UPDATE series SET venue = 'kerk'",
            "UPDATE meeting SET helpCard = '\"fier\"'",
            "UPDATE block SET kind = 'lunch' WHERE id = '\(blockId)'",
            "UPDATE block SET title = '  ' WHERE id = '\(blockId)'",
            "UPDATE block SET minutes = 241 WHERE id = '\(blockId)'",
            "UPDATE block SET questions = 'geen lijst' WHERE id = '\(blockId)'",
            "INSERT INTO block (id, meetingId, position, title, kind, form, minutes) "
                + "VALUES ('\(uuid(50))', '\(uuid(51))', 0, 'Los', 'kern', 'kring', 10)",
            "INSERT INTO blockPrompt VALUES ('\(uuid(52))', 0, 'stelling-1')",
            "INSERT INTO preparation VALUES ('\(plan.id)', 'catering', '2026-12-01 18:30:00.000')",
        ]
        for sql in refused {
            #expect(throws: DatabaseError.self, "\(sql)") { try database.writer.write { try $0.execute(sql: sql) } }
        }
        #expect(try database.plan(seriesId: plan.id) == plan)
    }

    @Test func startedMeansAMeetingLeftThePlannedState() throws {
        let database = try AppDatabase.inMemory()
        let plan = samplePlan().read
        try database.insertPlan(plan, now: Fixtures.now)
        #expect(try database.hasStarted(seriesId: plan.id) == false)
        // Live mode sets the state; a plan no longer does.
        try database.startLive(meetingId: plan.meetings[0].meeting.id)
        #expect(try database.hasStarted(seriesId: plan.id) == true)
        #expect(try database.hasStarted(seriesId: uuid(99)) == false)
    }
}

@Suite("Finding series")
struct FindSeriesTests {
    /// Three series; two share a name (in different case) and two share an id prefix.
    private func database() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let all = [
            Series(
                id: "abcd1111-0000-4000-8000-000000000001", name: "Ouders Kanaleneiland", methodId: "yeni-pencere",
                organisation: "IOT", createdAt: Fixtures.date("2026-11-02T10:00")),
            Series(
                id: "abcd2222-0000-4000-8000-000000000002", name: "Mannen Transvaal", methodId: "jiheeye",
                organisation: "FSAN", createdAt: Fixtures.date("2026-10-01T10:00")),
            Series(
                id: "ef015555-0000-4000-8000-000000000003", name: "ouders kanaleneiland", methodId: "htib",
                organisation: "HTIB", createdAt: Fixtures.date("2026-11-02T10:00")),
        ]
        for series in all { try database.insertPlan(SeriesPlan(series: series, meetings: []), now: Fixtures.now) }
        return database
    }

    @Test func byIdPrefixOrName() throws {
        let database = try database()
        let names = { (reference: String) in try database.findSeries(reference).map(\.name) }
        #expect(try names("abcd2222-0000-4000-8000-000000000002") == ["Mannen Transvaal"])
        #expect(try names("ABCD2222") == ["Mannen Transvaal"])
        #expect(try names("ef01") == ["ouders kanaleneiland"])
        #expect(try names("  mannen TRANSVAAL ") == ["Mannen Transvaal"])
        #expect(try names("Mannen").isEmpty)
        #expect(try names("").isEmpty)
    }

    @Test func everyMatchIsReturnedWhenAReferenceIsAmbiguous() throws {
        let database = try database()
        #expect(try database.findSeries("abcd").map(\.name) == ["Mannen Transvaal", "Ouders Kanaleneiland"])
        #expect(
            try database.findSeries("Ouders Kanaleneiland").map(\.name) == [
                "Ouders Kanaleneiland", "ouders kanaleneiland",
            ])
        // Three characters are too few for a prefix.
        #expect(try database.findSeries("abc").isEmpty)
    }

    @Test func allSeriesOldestFirstThenByName() throws {
        let database = try database()
        #expect(
            try database.allSeries().map(\.name) == [
                "Mannen Transvaal", "Ouders Kanaleneiland", "ouders kanaleneiland",
            ])
    }
}

@Suite("Migrating to series plans")
struct PlanMigrationTests {
    @Test func aVersionOneDatabaseKeepsItsDataWithEmptyPlans() throws {
        let root = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("v1.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Migrations.migrator.migrate(queue, upTo: Migrations.first)
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO series (id, name, methodId, organisation, municipality, expectedGroupSize, createdAt)
                        VALUES (?, 'Ouders Kanaleneiland', 'yeni-pencere', 'IOT', 'Utrecht', 10, '2026-11-02 09:00:00.000');
                        INSERT INTO meeting (id, seriesId, number, kind, startsAt, plannedMinutes, state)
                        VALUES (?, ?, 1, 'regular', '2026-11-10 18:00:00.000', 120, 'ended'),
                               (?, ?, 2, 'regular', NULL, NULL, 'planned');
                        INSERT INTO participant (id, seriesId, nickname) VALUES (?, ?, 'AB');
                        """,
                    arguments: [uuid(1), uuid(2), uuid(1), uuid(3), uuid(1), uuid(4), uuid(1)])
            }
            try queue.close()
        }
        let database = try AppDatabase.open(at: path)
        let plan = try #require(try database.plan(seriesId: uuid(1)))
        #expect(
            plan.series
                == Series(
                    id: uuid(1), name: "Ouders Kanaleneiland", methodId: "yeni-pencere", organisation: "IOT",
                    municipality: "Utrecht", expectedGroupSize: 10, createdAt: Fixtures.date("2026-11-02T10:00")))
        #expect(
            plan.meetings.map(\.meeting) == [
                Meeting(
                    id: uuid(2), seriesId: uuid(1), number: 1, startsAt: Fixtures.date("2026-11-10T19:00"),
                    plannedMinutes: 120, state: .ended),
                Meeting(id: uuid(3), seriesId: uuid(1), number: 2),
            ])
        #expect(plan.meetings.allSatisfy { $0.blocks.isEmpty })
        #expect(plan.checklist.isEmpty)
        #expect(try count("participant", in: database) == 1)
        #expect(try database.seriesOverviews().first?.nextMeeting?.number == 2)
        #expect(try database.hasStarted(seriesId: uuid(1)))
    }
}

@Suite("A plan changed under the planner")
struct PlanRevisionTests {
    @Test func thePlannersSaveIsRefusedWhenThePlanChangedSinceItWasRead() throws {
        let database = try AppDatabase.inMemory()
        let (plan, _) = samplePlan()
        try database.insertPlan(plan, now: Fixtures.now)
        let opened = try #require(try database.plan(seriesId: plan.id))
        #expect(opened.revision == 0)

        // `dialoog plan import` while the planner is open: stored without a revision to expect.
        var imported = opened
        imported.series.name = "Vrouwen Schilderswijk (uit bestand)"
        try database.savePlan(imported, now: Fixtures.now)
        #expect(try database.plan(seriesId: plan.id)?.revision == 1)

        // The planner's next key, with what it read: refused, and the import stays.
        var edited = opened
        edited.series.venue = .school
        #expect(throws: StoreError.planChanged(series: edited.series.name)) {
            try database.savePlan(edited, now: Fixtures.now, expecting: opened.revision)
        }
        let stored = try #require(try database.plan(seriesId: plan.id))
        #expect(stored.series.name == "Vrouwen Schilderswijk (uit bestand)")
        #expect(stored.series.venue == opened.series.venue)

        // Read again, the planner saves on top of it.
        var again = stored
        again.series.venue = .school
        try database.savePlan(again, now: Fixtures.now, expecting: stored.revision)
        #expect(try database.plan(seriesId: plan.id)?.revision == 2)
        #expect(try database.plan(seriesId: plan.id)?.series.venue == .school)
        #expect(StoreError.planChanged(series: "x").exitCode == 65)
    }
}
