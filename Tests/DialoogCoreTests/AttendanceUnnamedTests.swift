import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Named participants and a count of those without a nickname, together: "6 met een bijnaam
/// en 8 zonder"; the close dialog and the evaluation count the same deelnemers.
@Suite struct AttendanceUnnamedTests {
    func saved(_ effects: [Effect]) -> LiveRecord? {
        guard effects.count == 1, case .saveLive(let record) = effects[0] else { return nil }
        return record
    }

    /// The attendance panel open on a meeting with six named participants, all present.
    func sixNamed() -> AppState {
        var state = Fixtures.liveState()
        _ = state.reduce(.command(.attendance))
        for name in ["Amal", "Bo", "Cem", "Dilan", "Ebru", "Fadumo"] {
            _ = state.reduce(.command(.addParticipant))
            _ = state.reduce(.insertText(name))
            _ = state.reduce(.command(.confirm))
        }
        return state
    }

    @Test func eightWithoutANicknameAreTypedOnTheLastRowBesideSixNamed() throws {
        var state = sixNamed()
        for _ in 0..<10 { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.toggle))
        _ = state.reduce(.insertText("8"))
        let record = try #require(saved(state.reduce(.command(.confirm))))
        #expect(record.present.count == 6 && record.unnamed == 8)
        #expect(record.attendanceCount == 14 && record.deelnemersPresent == 14)
        #expect(record.namedDeelnemersPresent == 6)
        // One of the six is the professional: counted apart, not as a deelnemer.
        for _ in 0..<10 { _ = state.reduce(.command(.moveUp)) }
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.nextChoice))
        let after = try #require(state.live.meeting?.record)
        #expect(after.othersPresent == 1 && after.deelnemersPresent == 13)
    }

    @Test func arrowsCountOneUpAndDownAndABadNumberChangesNothing() throws {
        var state = sixNamed()
        for _ in 0..<10 { _ = state.reduce(.command(.moveDown)) }
        #expect(saved(state.reduce(.command(.nextChoice)))?.unnamed == 1)
        #expect(saved(state.reduce(.command(.previousChoice)))?.unnamed == 0)
        #expect(state.reduce(.command(.previousChoice)) == [], "not below zero")
        _ = state.reduce(.command(.toggle))
        _ = state.reduce(.insertText("x9"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .live(.badCount("x9")))
        #expect(state.live.meeting?.record.unnamed == 0)
    }

    @Test func undoTakesTheCountBack() throws {
        var state = sixNamed()
        for _ in 0..<10 { _ = state.reduce(.command(.moveDown)) }
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.undo))
        #expect(state.live.meeting?.record.unnamed == 0)
        #expect(state.live.meeting?.record.present.count == 6)
    }

    @Test func onAnEmptyListPlusTypesANicknameNotTheCount() throws {
        var state = Fixtures.liveState()
        _ = state.reduce(.command(.attendance))
        _ = state.reduce(.command(.addParticipant))
        _ = state.reduce(.insertText("12"))
        let record = try #require(saved(state.reduce(.command(.confirm))))
        #expect(record.participants.map(\.nickname) == ["12"] && record.unnamed == 0)
    }
}
