import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Renaming and removing a participant in live mode, and what a gespreksleider did at a
/// signal: each is one stored record, and undo puts back the one before.
@Suite("Live participants and signal actions")
struct LiveParticipantTests {
    static let series = Fixtures.openedMeeting().series.id
    let people = ["Amina", "Bahar", "Zeynep"].map { Participant(seriesId: Self.series, nickname: $0) }

    func live(_ meeting: LiveMeeting) -> AppState {
        var state = Fixtures.liveState(meeting)
        _ = state.reduce(.command(.attendance))
        return state
    }

    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> LiveRecord? {
        guard effects.count == 1, case .saveLive(let record) = effects[0] else {
            Issue.record("expected one .saveLive, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return record
    }

    /// A meeting where all three are present; `returning` came to an earlier meeting.
    func meeting(returning: Set<String> = []) -> LiveMeeting {
        var meeting = Fixtures.openedMeeting(participants: people, returning: returning)
        meeting.record.present = Set(people.map(\.id))
        return meeting
    }

    @Test func renameKeepsTheIdAndThePresence() {
        var state = live(meeting())
        // Amina, Bahar, Zeynep in order; the cursor on Amina.
        _ = state.reduce(.command(.renameParticipant))
        #expect(state.inputMode == .liveAttendanceText)
        // The field starts with the nickname as it is, to be edited.
        _ = state.reduce(.command(.deleteToStart))
        _ = state.reduce(.insertText("Ami"))
        let renamed = saved(state.reduce(.command(.confirm)))
        #expect(renamed?.participants.map(\.nickname) == ["Ami", "Bahar", "Zeynep"])
        #expect(renamed?.participants.map(\.id) == people.map(\.id))
        #expect(renamed?.present == Set(people.map(\.id)))
        #expect(state.inputMode == .liveAttendance)
        #expect(saved(state.reduce(.command(.undo)))?.participants.first?.nickname == "Amina")
        #expect(state.status == .live(.undone(.participantRenamed("Amina", to: "Ami"))))
    }

    @Test func aRenameToAnotherParticipantsNicknameIsRefusedAndKeepsTheTyping() {
        var state = live(meeting())
        _ = state.reduce(.command(.renameParticipant))
        _ = state.reduce(.command(.deleteToStart))
        _ = state.reduce(.insertText("bahar"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .live(.nicknameTaken("Bahar")))
        #expect(state.inputMode == .liveAttendanceText)
        // Esc gives up: nothing changed, the next + adds rather than renames.
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.addParticipant))
        _ = state.reduce(.insertText("Nora"))
        #expect(
            saved(state.reduce(.command(.confirm)))?.participants.map(\.nickname) == [
                "Amina", "Bahar", "Zeynep", "Nora",
            ])
    }

    @Test func aRenameToAFullNameIsQuestionedOnceAndAnEmptyOneChangesNothing() {
        var state = live(meeting())
        _ = state.reduce(.command(.renameParticipant))
        _ = state.reduce(.command(.deleteToStart))
        _ = state.reduce(.insertText("Amina Yilmaz"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .live(.looksLikeFullName("Amina Yilmaz")))
        #expect(saved(state.reduce(.command(.confirm)))?.participants.first?.nickname == "Amina Yilmaz")
        _ = state.reduce(.command(.renameParticipant))
        _ = state.reduce(.command(.deleteToStart))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.live.meeting?.record.participants.first?.nickname == "Amina Yilmaz")
    }

    @Test func removeErasesSomeoneOnlyThisMeetingKnewAndUndoBringsThemBack() {
        var state = live(meeting())
        _ = state.reduce(.command(.moveDown))
        let removed = saved(state.reduce(.command(.removeParticipant)))
        #expect(removed?.participants.map(\.nickname) == ["Amina", "Zeynep"])
        #expect(removed?.present == [people[0].id, people[2].id])
        #expect(removed?.attendanceCount == 2)
        #expect(state.status == .live(.participantRemoved("Bahar", erased: true)))
        // The cursor stays on a row that exists.
        #expect(state.live.panel == .attendance(AttendancePanel(row: 1)))
        let back = saved(state.reduce(.command(.undo)))
        #expect(back?.participants.map(\.id) == people.map(\.id))
        #expect(back?.present == Set(people.map(\.id)))
    }

    @Test func removingSomeoneEarlierMeetingsListedTakesThemOutOfThisMeetingOnly() {
        var state = live(meeting(returning: [people[1].id]))
        // Returning participants come first: Bahar is on the first row.
        let removed = saved(state.reduce(.command(.removeParticipant)))
        #expect(removed?.participants.map(\.nickname) == ["Amina", "Bahar", "Zeynep"])
        #expect(removed?.present == [people[0].id, people[2].id])
        #expect(state.status == .live(.participantRemoved("Bahar", erased: false)))
    }

    @Test func renameAndRemoveDoNothingWhenCountingOrOnTheUnnamedRow() {
        var counting = meeting()
        counting.record.countOnly = true
        var state = live(counting)
        #expect(state.reduce(.command(.removeParticipant)) == [])
        #expect(state.reduce(.command(.renameParticipant)) == [])
        #expect(state.inputMode == .liveAttendance)
        state = live(meeting())
        _ = state.reduce(.command(.moveLast))
        #expect(state.reduce(.command(.removeParticipant)) == [])
        #expect(state.reduce(.command(.renameParticipant)) == [])
        #expect(state.live.meeting?.record.participants.count == 3)
    }

    @Test func theSignalFormOffersEveryActionFromTheSourcesInOrder() {
        var state = Fixtures.liveState(Fixtures.openedMeeting())
        _ = state.reduce(.command(.signal))
        _ = state.reduce(.command(.moveDown))
        var seen: [Signal.Response] = []
        for _ in Signal.Response.allCases {
            guard case .signal(let form) = state.live.panel else { break }
            seen.append(form.response)
            _ = state.reduce(.command(.nextChoice))
        }
        #expect(seen == [.hulpkaart, .onderVierOgen, .coordinator, .veiligThuisAdvies, .warmeVerwijzing, .acuut112])
        // Three steps from the help card: Veilig Thuis called for advice.
        state = Fixtures.liveState(Fixtures.openedMeeting())
        for command in [Command.signal, .moveDown, .nextChoice, .nextChoice, .nextChoice] {
            _ = state.reduce(.command(command))
        }
        #expect(saved(state.reduce(.command(.confirm)))?.signals.first?.response == .veiligThuisAdvies)
    }

    @Test func signalCountsAddUpEveryAction() {
        var counts = SignalCounts()
        for response in Signal.Response.allCases { counts[response] += 1 }
        #expect(counts.total == 6)
        #expect(counts == SignalCounts(helpCard: 1, warm: 1, acute: 1, privateTalk: 1, coordinator: 1, adviceCall: 1))
        #expect((counts + counts).coordinator == 2)
    }
}

/// The ground rules as two lists, an agreement typed in over them, and the log of their
/// opening.
@Suite("Live ground rules and agreements")
struct LiveRulesTests {
    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> LiveRecord? {
        guard effects.count == 1, case .saveLive(let record) = effects[0] else {
            Issue.record("expected one .saveLive, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return record
    }

    @Test func openingTheRulesIsLoggedWithTheMomentAndUndoLeavesTheLog() {
        var state = Fixtures.liveState(Fixtures.openedMeeting())
        _ = state.reduce(.command(.toggleTimer))
        let opened = saved(state.reduce(.command(.groundRules)))
        #expect(opened?.openings == [PanelOpening(panel: .rules, at: Fixtures.now)])
        #expect(state.inputMode == .liveRules)
        // Closing is not logged; opening again is.
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(saved(state.reduce(.command(.groundRules)))?.openings.count == 2)
        _ = state.reduce(.command(.closeOverlay))
        // Undo takes back the timer, not the look at the rules.
        let undone = saved(state.reduce(.command(.undo)))
        #expect(undone?.segments == [])
        #expect(undone?.openings.count == 2)
        #expect(state.status == .live(.undone(.timerStarted)))
    }

    @Test func anAgreementTypedOverTheRulesIsStoredAndListedWithTheGroupsRules() {
        var state = Fixtures.liveState(Fixtures.openedMeeting())
        let common = Fixtures.shipped.library.base?.groundRules.count ?? 0
        let before = state.liveRuleCount
        _ = state.reduce(.command(.groundRules))
        _ = state.reduce(.command(.addAgreement))
        #expect(state.inputMode == .liveAgreement)
        _ = state.reduce(.insertText("  We bellen elkaar niet na tienen "))
        let stored = saved(state.reduce(.command(.confirm)))
        #expect(stored?.agreements.map(\.text) == ["We bellen elkaar niet na tienen"])
        #expect(stored?.agreements.first?.at == Fixtures.now)
        #expect(state.status == .live(.agreementSaved("We bellen elkaar niet na tienen")))
        // Back on the rules, scrolled to the new agreement: numbered after the group's rules.
        #expect(state.live.panel == .rules(offset: common))
        #expect(state.liveRuleCount == before + 1)
        #expect(state.live.meeting?.groupAgreements == ["We bellen elkaar niet na tienen"])
        // Undo takes it back; an empty line or Esc stores nothing.
        #expect(saved(state.reduce(.command(.undo)))?.agreements == [])
        _ = state.reduce(.command(.addAgreement))
        #expect(state.reduce(.command(.confirm)) == [])
        _ = state.reduce(.command(.addAgreement))
        _ = state.reduce(.insertText("Iets"))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.inputMode == .liveRules)
        #expect(state.live.meeting?.record.agreements == [])
    }

    @Test func agreementsOfEarlierMeetingsComeFirstEachOnce() {
        var meeting = Fixtures.openedMeeting(number: 2)
        let earlier = Fixtures.openedMeeting(number: 1).meeting
        meeting.ledger = Ledger(entries: [
            Ledger.Entry(
                meetingId: earlier.id, number: 1, state: .ended, agreements: ["Telefoons op stil", "Op tijd komen"]),
            Ledger.Entry(meetingId: meeting.meeting.id, number: 2, state: .running),
        ])
        meeting.record.agreements = [
            GroupAgreement(meetingId: meeting.meeting.id, at: Fixtures.now, text: "telefoons op stil"),
            GroupAgreement(meetingId: meeting.meeting.id, at: Fixtures.now, text: "Samen opruimen"),
        ]
        #expect(meeting.groupAgreements == ["Telefoons op stil", "Op tijd komen", "Samen opruimen"])
    }
}
