import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// One held meeting with an accidental "acuut (112)" signal, a hulpkaart signal, two prompts
/// used, a note and a raised theme.
private func correctionFixture() throws -> (AppDatabase, SeriesPlan, meetingId: String) {
    let plan = Fixtures.plan(Fixtures.overviewSeries(1, name: "Vrouwen Zuid"))
    let database = try storedPlans([plan])
    var record = Fixtures.heldRecord(
        of: plan, number: 1, ended: Fixtures.date("2026-12-01T21:30"), prompts: ["p-een", "p-twee"],
        signals: [.acuut112, .hulpkaart], followUp: Fixtures.date("2026-12-10T00:00"), themes: ["Werk"])
    record.notes = [
        LiveNote(meetingId: record.meetingId, blockId: nil, at: Fixtures.date("2026-12-01T20:00"), text: "Zaal te warm")
    ]
    try database.saveLive(record)
    return (database, plan, record.meetingId)
}

private let later = Fixtures.date("2026-12-08T10:00")

@Suite("Correcting a meeting's record")
struct CorrectionStoreTests {
    @Test func everyRecordIsListedWithItsKindAndNoCorrection() throws {
        let (database, _, meetingId) = try correctionFixture()
        let entries = try database.meetingEntries(meetingId: meetingId)
        let kinds: [String] = entries.map(\.kind.rawValue).sorted()
        #expect(kinds == ["note", "promptUse", "promptUse", "raisedTheme", "signal", "signal"])
        #expect(entries.allSatisfy { $0.correctedAt == nil && !$0.withdrawn })
        #expect(entries.contains { $0.value == .signal(.anders, .acuut112) })
    }

    @Test func aWithdrawnSignalCountsNowhereButLeavesItsDay() throws {
        let (database, plan, meetingId) = try correctionFixture()
        let before = try #require(try database.meetingFigures(OverviewFilter()).first { $0.meetingId == meetingId })
        #expect(before.signals == SignalCounts(helpCard: 1, warm: 0, acute: 1))
        #expect(try database.followUps().count == 2)
        let acute = try #require(
            try database.meetingEntries(meetingId: meetingId).first {
                $0.value == .signal(.anders, .acuut112)
            })

        try database.withdrawEntry(id: acute.id, now: later)

        let after = try #require(try database.meetingFigures(OverviewFilter()).first { $0.meetingId == meetingId })
        #expect(after.signals == SignalCounts(helpCard: 1, warm: 0, acute: 0))
        #expect(try database.followUps().count == 1)
        let summary = try #require(try database.seriesSummary(seriesId: plan.id))
        #expect(summary.meetings.first { $0.meetingId == meetingId }?.signals.acute == 0)
        #expect(try database.liveMeeting(meetingId: meetingId)?.record.signals.map(\.response) == [.hulpkaart])
        // The trace: kind, time and the day, not what it said.
        let withdrawn = try #require(try database.meetingEntries(meetingId: meetingId).first { $0.id == acute.id })
        #expect(withdrawn.withdrawn && withdrawn.kind == .signal && withdrawn.correctedAt == later)
        #expect(withdrawn.at == acute.at)
        // Twice is refused, and so is correcting it afterwards.
        #expect(throws: StoreError.recordMissing(id: acute.id)) { try database.withdrawEntry(id: acute.id, now: later) }
        #expect(throws: StoreError.recordMissing(id: acute.id)) {
            try database.correctEntry(id: acute.id, to: .signal(.vgv, .hulpkaart), now: later)
        }
    }

    @Test func withdrawnPromptsThemesAndNotesLeaveTheFiguresToo() throws {
        let (database, plan, meetingId) = try correctionFixture()
        let entries = try database.meetingEntries(meetingId: meetingId)
        for entry in entries where [.promptUse, .raisedTheme, .note].contains(entry.kind) {
            try database.withdrawEntry(id: entry.id, now: later)
        }
        let figures = try #require(try database.meetingFigures(OverviewFilter()).first { $0.meetingId == meetingId })
        #expect(figures.promptsUsed == 0 && figures.raisedThemes == 0)
        let summary = try #require(try database.seriesSummary(seriesId: plan.id))
        #expect(summary.promptsUsed.isEmpty && summary.raisedThemes.isEmpty)
        #expect(try database.landedPrompts(meetingIds: [meetingId]).isEmpty)
        let record = try #require(try database.liveMeeting(meetingId: meetingId)?.record)
        #expect(record.notes.isEmpty && record.promptUses.isEmpty && record.raisedThemes.isEmpty)
        // What the note said is nowhere in the file's tables any more.
        let texts = try database.reader.read { db in
            try String.fetchAll(db, sql: "SELECT recordId || kind || recordedAt || correctedAt FROM recordCorrection")
        }
        #expect(texts.count == 4 && !texts.joined().contains("warm"))
    }

    @Test func aCorrectedValueIsStoredWithItsDayAndCounted() throws {
        let (database, _, meetingId) = try correctionFixture()
        let entries = try database.meetingEntries(meetingId: meetingId)
        let acute = try #require(entries.first { $0.value == .signal(.anders, .acuut112) })
        let note = try #require(entries.first { $0.kind == .note })
        let corrected = try database.correctEntry(
            id: acute.id, to: .signal(.huiselijkGeweld, .warmeVerwijzing), now: later)
        #expect(corrected.value == .signal(.huiselijkGeweld, .warmeVerwijzing) && corrected.correctedAt == later)
        try database.correctEntry(id: note.id, to: .note("Zaal te koud"), now: later)
        let figures = try #require(try database.meetingFigures(OverviewFilter()).first { $0.meetingId == meetingId })
        #expect(figures.signals == SignalCounts(helpCard: 1, warm: 1, acute: 0))
        #expect(try database.liveMeeting(meetingId: meetingId)?.record.notes.map(\.text) == ["Zaal te koud"])
        // Another kind's value is refused; a note too long for the schema is not saved.
        #expect(throws: StoreError.recordMissing(id: note.id)) {
            try database.correctEntry(id: note.id, to: .raisedTheme("x"), now: later)
        }
        #expect(throws: (any Error).self) {
            try database.correctEntry(id: note.id, to: .note(String(repeating: "x", count: 300)), now: later)
        }
        #expect(try database.liveMeeting(meetingId: meetingId)?.record.notes.map(\.text) == ["Zaal te koud"])
    }

    @Test func liveModeSavingTheMeetingAgainDoesNotBringAWithdrawnRecordBack() throws {
        let (database, _, meetingId) = try correctionFixture()
        let signal = try #require(try database.meetingEntries(meetingId: meetingId).first { $0.kind == .signal })
        try database.withdrawEntry(id: signal.id, now: later)
        // Resumed after a kill: live mode reads the record and writes it back whole.
        let record = try #require(try database.liveMeeting(meetingId: meetingId)?.record)
        try database.saveLive(record)
        let entries = try database.meetingEntries(meetingId: meetingId)
        #expect(entries.filter { $0.kind == .signal && !$0.withdrawn }.count == 1)
        #expect(entries.first { $0.id == signal.id }?.withdrawn == true)
    }

    @Test func idPrefixesFindEntriesAcrossMeetings() throws {
        let (database, _, meetingId) = try correctionFixture()
        let entry = try #require(try database.meetingEntries(meetingId: meetingId).first)
        #expect(try database.meetingEntries(idPrefix: String(entry.id.prefix(12))).map(\.id) == [entry.id])
        #expect(try database.meetingEntries(idPrefix: "").isEmpty)
        #expect(try database.meetingEntries(idPrefix: "%").isEmpty)
        #expect(try database.meetingEntries(idPrefix: "zz'; DROP TABLE signal; --").isEmpty)
    }
}
