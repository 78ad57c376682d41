import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The evaluation form of meeting 2 of the live screen's series, as a gespreksleider fills it
/// in after the meeting: empty, filled, with a low wellbeing, typing an agreement, and on the
/// signals, at the three sizes and in both languages.
@Suite("Evaluation snapshots")
struct EvaluationSnapshotTests {
    static let sizes = [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 60, height: 16),
    ]
    static let languages: [Language] = [.nl, .en]

    /// The rows of the screen as text, without trailing spaces.
    func rows(_ state: AppState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// The form on `field`, filled in or not, after `commands` and `typing`.
    func form(
        filled: Bool = false, wellbeing: Int = 4, on field: EvaluationField = .turnout,
        _ size: TerminalSize = TerminalSize(width: 80, height: 24), _ language: Language = .nl,
        ascii: Bool = false, commands: [Command] = [], typing: String? = nil
    ) -> AppState {
        let meetingId = Fixtures.evaluationSubject().meeting.id
        let stored = filled ? Fixtures.filledEvaluation(meetingId: meetingId, wellbeing: wellbeing) : nil
        var state = Fixtures.evaluationState(
            Fixtures.evaluationSubject(evaluation: stored), size: size, language: language)
        state.asciiOnly = ascii
        for _ in 0..<field.rawValue { _ = state.reduce(.command(.moveDown)) }
        for command in commands { _ = state.reduce(.command(command)) }
        if let typing { _ = state.reduce(.insertText(typing)) }
        return state
    }

    // MARK: - Snapshots

    @Test(arguments: sizes, languages)
    func anEmptyNewForm(size: TerminalSize, language: Language) {
        check(form(size, language), "evaluation-new-\(size)-\(language.rawValue)")
    }

    @Test(arguments: sizes, languages)
    func aFilledForm(size: TerminalSize, language: Language) {
        check(form(filled: true, on: .landed, size, language), "evaluation-filled-\(size)-\(language.rawValue)")
    }

    /// Opened from the overzicht: read only, and the question the edit key asks; once a
    /// change was saved from there, "bewerkt op".
    func fromOverview(_ language: Language = .nl, edited: Bool = false) -> AppState {
        let meetingId = Fixtures.evaluationSubject().meeting.id
        var stored = Fixtures.filledEvaluation(meetingId: meetingId)
        if edited { stored.editedAt = Fixtures.evaluationNow }
        let subject = Fixtures.evaluationSubject(evaluation: stored)
        var state = Fixtures.evaluationState(subject, language: language)
        state.screen = .overview
        _ = state.reduce(.evaluationLoaded(subject))
        _ = state.reduce(.command(.moveDown))
        _ = state.reduce(.command(.moveDown))
        return state
    }

    @Test func aFormOpenedFromTheOverzichtIsReadOnly() {
        var state = fromOverview()
        _ = state.reduce(.command(.score1))
        check(state, "evaluation-readonly-80x24-nl")
        _ = state.reduce(.command(.unlockEvaluation))
        check(state, "evaluation-confirm-edit-80x24-nl")
        check(fromOverview(.en, edited: true), "evaluation-edited-80x24-en")
    }

    @Test(arguments: sizes)
    func theWellbeingNudge(size: TerminalSize) {
        check(form(filled: true, wellbeing: 2, on: .wellbeing, size), "evaluation-nudge-\(size)-nl")
    }

    @Test func theWellbeingNudgeInEnglish() {
        check(
            form(filled: true, wellbeing: 1, on: .wellbeing, .init(width: 80, height: 24), .en),
            "evaluation-nudge-80x24-en")
    }

    @Test(arguments: sizes)
    func typingAnAgreement(size: TerminalSize) {
        check(
            form(filled: true, on: .agreements, size, commands: [.increase], typing: "We bellen elkaar als iemand"),
            "evaluation-agreement-typing-\(size)-nl")
    }

    @Test(arguments: sizes, languages)
    func theSignalsSummary(size: TerminalSize, language: Language) {
        check(form(filled: true, on: .signals, size, language), "evaluation-signals-\(size)-\(language.rawValue)")
    }

    @Test func inASCII() {
        check(form(filled: true, on: .atmosphere, ascii: true), "evaluation-filled-80x24-ascii")
    }

    /// The colours a text snapshot cannot show: the field and the choice under the cursor,
    /// ticks, dim hints, and the nudge in the status line.
    @Test func theStyles() {
        for (state, name) in [
            (form(filled: true, on: .landed, commands: [.stepForward]), "evaluation-landed-80x24-styles"),
            (form(filled: true, wellbeing: 2, on: .wellbeing), "evaluation-nudge-80x24-styles"),
        ] {
            if let problem = Snapshot.mismatch(
                Fixtures.styleMap(Renderer.render(state)), named: name, testFile: #filePath)
            {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    @Test func theHandsBeingCounted() {
        check(
            form(filled: true, on: .useful, commands: [.stepForward, .editField], typing: "4"),
            "evaluation-hands-typing-80x24-nl")
    }

    @Test func theHelpListsTheFormsKeys() {
        var state = form(.init(width: 80, height: 40))
        state.helpLength = Renderer.helpLengths()
        _ = state.reduce(.command(.help))
        check(state, "evaluation-help-80x40-nl")
    }

    // MARK: - What the rows say

    @Test func theListShowsEachValueAsItStands() {
        let empty = rows(form())
        #expect(empty.contains { $0.contains("Opkomst") && $0.contains("11 gekomen · 12 verwacht") })
        #expect(empty.contains { $0.contains("Weerstand") && $0.contains("1 (voorstel)") })
        #expect(empty.contains { $0.contains("Wat landde") && $0.contains("2 van 4") })
        #expect(empty.contains { $0.contains("Signalen") && $0.contains("2 vastgelegd") })
        let filled = rows(form(filled: true))
        #expect(filled.contains { $0.contains("Sfeer") && $0.contains("●●●●○ 4") })
        #expect(filled.contains { $0.contains("Nuttig") && $0.contains("ja 8 · deels 3 · nee 0") })
        #expect(filled.contains { $0.contains("Nazorg") && $0.contains("di 26 jan 2027") })
        #expect(rows(form(filled: true, ascii: true)).contains { $0.contains("####. 4") })
    }

    @Test func thePreMarkedPromptsAreSaidToBeAHint() {
        let screen = rows(form(on: .landed)).joined(separator: "\n")
        #expect(screen.contains("Vooraf aangevinkt"))
        #expect(!rows(form(filled: true, on: .landed)).joined(separator: "\n").contains("Vooraf aangevinkt"))
    }

    @Test func theAgreementsSayWhereTheyComeBack() {
        let wide = TerminalSize(width: 120, height: 40)
        #expect(
            rows(form(on: .agreements, wide)).contains { $0.hasSuffix("Ze komen terug als blok in bijeenkomst 3.") })
        var last = Fixtures.evaluationState(Fixtures.evaluationSubject(number: 3), size: wide)
        for _ in 0..<EvaluationField.agreements.rawValue { _ = last.reduce(.command(.moveDown)) }
        #expect(rows(last).contains { $0.contains("Er is geen volgende bijeenkomst gepland") })
        var started = Fixtures.evaluationSubject()
        started.nextMeeting?.state = .running
        var running = Fixtures.evaluationState(started, size: wide)
        for _ in 0..<EvaluationField.agreements.rawValue { _ = running.reduce(.command(.moveDown)) }
        #expect(rows(running).contains { $0.contains("Bijeenkomst 3 is al begonnen; wat je hier wijzigt") })
    }

    @Test func aLowWellbeingNudgesTowardIntervisieUntilItIsPlanned() {
        let low = form(filled: true, wellbeing: 2, on: .wellbeing)
        #expect(rows(low)[22].contains("Zware bijeenkomst? Met i plan je intervisie."))
        var planned = low
        _ = planned.reduce(.command(.planIntervisie))
        _ = planned.reduce(.command(.moveUp))
        #expect(!rows(planned)[22].contains("Zware bijeenkomst"))
        #expect(rows(planned).contains { $0.contains("Intervisie") && $0.contains("di 15 dec") })
    }

    @Test func withoutTheLibraryAPromptShowsItsId() {
        var state = Fixtures.evaluationState(library: false)
        for _ in 0..<EvaluationField.landed.rawValue { _ = state.reduce(.command(.moveDown)) }
        #expect(rows(state).contains { $0.contains("[x] " + Fixtures.evaluationPrompts[0]) })
    }
}
