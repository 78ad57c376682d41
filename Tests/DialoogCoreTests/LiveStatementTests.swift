import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// A statement a participant phrased, typed in from the deck: stored with the meeting's record
/// as the series' own prompt, undone with `u`, and offered in the series' later meetings.
@Suite("Live statements of the group")
struct LiveStatementTests {
    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> LiveRecord? {
        guard effects.count == 1, case .saveLive(let record) = effects[0] else {
            Issue.record("expected one .saveLive, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return record
    }

    @Test func aStatementTypedInTheDeckIsStoredForTheSeriesAndUndone() {
        let meeting = Fixtures.openedMeeting()
        var state = Fixtures.liveState(meeting)
        _ = state.reduce(.command(.promptDeck))
        _ = state.reduce(.command(.addStatement))
        #expect(state.inputMode == .liveDeckText)
        _ = state.reduce(.insertText("  Een goede moeder offert alles op "))
        let stored = saved(state.reduce(.command(.confirm)))
        let statement = stored?.statements.first
        #expect(stored?.statements.count == 1)
        #expect(statement?.text == "Een goede moeder offert alles op")
        #expect(statement?.seriesId == meeting.series.id)
        #expect(statement?.meetingId == meeting.meeting.id)
        #expect(statement?.at == Fixtures.now)
        // Not a raised theme: the deck's own list, and a status line that says where it went.
        #expect(stored?.raisedThemes == [])
        #expect(state.status == .live(.statementSaved("Een goede moeder offert alles op")))
        #expect(state.inputMode == .liveDeck)
        #expect(
            state.live.meeting?.seriesStatements
                == [Ledger.Raised(text: "Een goede moeder offert alles op", meeting: meeting.meeting.number)])
        // The same words again are not stored twice.
        _ = state.reduce(.command(.addStatement))
        _ = state.reduce(.insertText("een goede moeder offert alles op"))
        #expect(state.reduce(.command(.confirm)) == [])
        // Undo takes it back, with the status naming it.
        #expect(saved(state.reduce(.command(.undo)))?.statements == [])
        #expect(state.status == .live(.undone(.statementAdded("Een goede moeder offert alles op"))))
        #expect(state.live.meeting?.seriesStatements == [])
        // Empty, or Esc: nothing stored, back on the deck, and `t` is a theme again.
        _ = state.reduce(.command(.addStatement))
        #expect(state.reduce(.command(.confirm)) == [])
        _ = state.reduce(.command(.addStatement))
        _ = state.reduce(.insertText("Iets"))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.inputMode == .liveDeck)
        _ = state.reduce(.command(.raiseTheme))
        _ = state.reduce(.insertText("Opvoeding"))
        let theme = saved(state.reduce(.command(.confirm)))
        #expect(theme?.raisedThemes.map(\.text) == ["Opvoeding"])
        #expect(theme?.statements == [])
    }

    @Test func theLedgerOffersMeetingOnesStatementsInMeetingTwoEachOnce() {
        var one = LiveRecord(meetingId: "m1", state: .ended)
        one.statements = [
            SeriesPrompt(seriesId: "s", meetingId: "m1", at: Fixtures.now, text: "Mannen huilen niet"),
            SeriesPrompt(seriesId: "s", meetingId: "m1", at: Fixtures.now, text: "Familie gaat voor"),
        ]
        var meetingOne = Fixtures.openedMeeting(number: 1).meeting
        meetingOne.id = "m1"
        var meeting = Fixtures.openedMeeting(number: 2)
        let ledger = Ledger(meetings: [meetingOne, meeting.meeting], records: ["m1": one])
        #expect(ledger.entry("m1")?.statements == ["Mannen huilen niet", "Familie gaat voor"])
        meeting.ledger = ledger.forLive(meeting.meeting.id)
        meeting.record.statements = [
            SeriesPrompt(seriesId: "s", meetingId: meeting.meeting.id, at: Fixtures.now, text: "mannen huilen niet"),
            SeriesPrompt(seriesId: "s", meetingId: meeting.meeting.id, at: Fixtures.now, text: "Geloof is privé"),
        ]
        #expect(
            meeting.seriesStatements == [
                Ledger.Raised(text: "Mannen huilen niet", meeting: 1),
                Ledger.Raised(text: "Familie gaat voor", meeting: 1),
                Ledger.Raised(text: "Geloof is privé", meeting: 2),
            ])
        // Meeting one does not see what meeting two phrased.
        #expect(ledger.statements(before: "m1") == [])
    }
}
