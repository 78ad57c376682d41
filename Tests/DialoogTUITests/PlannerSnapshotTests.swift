import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// The planner, its panels and the new-series form as a trainer sees them, on plans proposed
/// from the shipped content.
@Suite("Planner snapshots")
struct PlannerSnapshotTests {
    /// The proposal is made once: its block ids are random, and nothing drawn depends on them.
    static let plan = Fixtures.plan()

    func planner(
        _ size: TerminalSize, _ commands: [Command] = [], language: Language = .nl, plan: SeriesPlan = Self.plan
    ) -> AppState {
        var state = Fixtures.plannerState(plan, size: size, language: language)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    @Test(arguments: [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 60, height: 16),
    ])
    func plannerInDutch(size: TerminalSize) {
        let state = planner(size)
        check(state, "planner-\(size)-nl")
        let text = Renderer.render(state).text
        #expect(text.contains("Bijeenkomst 1"))
        #expect(text.contains("19:30"))
    }

    @Test func plannerInEnglish() {
        check(planner(TerminalSize(width: 80, height: 24), language: .en), "planner-80x24-en")
    }

    @Test func plannerInASCII() {
        var state = planner(TerminalSize(width: 80, height: 24))
        state.asciiOnly = true
        check(state, "planner-80x24-ascii")
        let text = Renderer.render(state).text
        #expect(text.allSatisfy { $0.isASCII })
    }

    @Test func theCursorInTheSecondMeetingAndItsWarnings() {
        check(
            planner(TerminalSize(width: 80, height: 24), [.nextMeeting, .moveDown, .moveDown]),
            "planner-meeting-2-80x24")
    }

    @Test func aHotThemeInTheFirstMeetingIsWarnedAbout() {
        var plan = Self.plan
        let hot = "huwelijksdwang"
        plan.meetings[0].blocks[3].theme = hot
        check(planner(TerminalSize(width: 80, height: 24), plan: plan), "planner-hot-first-80x24")
        let text = Renderer.render(planner(TerminalSize(width: 120, height: 40), plan: plan)).text
        #expect(text.contains("Huwelijksdwang in bijeenkomst 1 — De gevoeligste thema's niet in de eerste bijeenkomst"))
    }

    @Test func theWarningsTakeTheKeys() {
        var plan = Self.plan
        plan.meetings[0].blocks[1].theme = "huwelijksdwang"
        check(
            planner(TerminalSize(width: 80, height: 24), [.warnings, .moveDown], plan: plan), "planner-warnings-80x24")
    }

    @Test func pastTheThirdMeetingTheColumnsScroll() {
        check(
            planner(
                TerminalSize(width: 80, height: 24),
                [.addMeeting, .addAftercare]), "planner-aftercare-80x24")
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)])
    func blockEditor(size: TerminalSize) {
        check(planner(size, [.moveDown, .open, .moveDown, .moveDown]), "planner-block-editor-\(size)")
    }

    @Test func blockEditorOnAPromptShowsItInFull() {
        let index = Self.plan.meetings[0].blocks.firstIndex { $0.prompts.count > 1 } ?? 0
        let down = [Command](repeating: .moveDown, count: index)
        let fields = [Command](repeating: .moveDown, count: BlockEditor.fields.count + 1)
        check(
            planner(TerminalSize(width: 80, height: 24), down + [.open] + fields), "planner-block-editor-prompt-80x24")
    }

    @Test func blockEditorWhileTypingTheTitle() {
        var state = planner(TerminalSize(width: 80, height: 24), [.moveDown, .open, .edit])
        _ = state.reduce(.insertText(" met thee"))
        check(state, "planner-block-editor-typing-80x24")
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)])
    func promptPicker(size: TerminalSize) {
        let core = Self.plan.meetings[0].blocks.firstIndex { $0.theme != nil && $0.kind == .kern } ?? 0
        let down = [Command](repeating: .moveDown, count: core)
        check(planner(size, down + [.pickPrompts, .moveDown]), "planner-prompt-picker-\(size)")
    }

    /// `A`: the method's agenda blocks and the working forms, narrowed by typing.
    @Test(arguments: [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16), TerminalSize(width: 120, height: 40),
    ])
    func addingABlockFromTheMethod(size: TerminalSize) {
        var state = planner(size, [.addTemplateBlock])
        _ = state.reduce(.insertText("spel"))
        check(state, "planner-add-template-block-\(size)")
    }

    @Test func promptPickerSearching() {
        var state = planner(TerminalSize(width: 80, height: 24), [.pickPrompts, .search])
        _ = state.reduce(.insertText("moeder"))
        check(state, "planner-prompt-search-80x24")
    }

    @Test func checklist() {
        var state = planner(TerminalSize(width: 80, height: 24), [.checklist, .toggle, .moveDown, .moveDown, .toggle])
        check(state, "planner-checklist-80x24")
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.plannerState.plan?.checklist == [.sleutelpersonen, .groepssamenstelling])
    }

    @Test func checklistInEnglish() {
        check(planner(TerminalSize(width: 80, height: 24), [.checklist], language: .en), "planner-checklist-80x24-en")
    }

    // MARK: - The meeting editor

    /// Meeting 2 with a hot theme and only some of the help it needs on its card.
    static func hotMeeting() -> SeriesPlan {
        var plan = Self.plan
        plan.meetings[1].blocks[1].theme = "huwelijksdwang"
        plan.meetings[1].meeting.helpCard = ["veilig-thuis"]
        return plan
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)])
    func meetingEditor(size: TerminalSize) {
        // On the first help entry: the entries for the meeting's themes come first.
        let down = [Command](repeating: .moveDown, count: MeetingEditor.fields.count)
        let state = planner(size, [.nextMeeting, .editMeeting] + down, plan: Self.hotMeeting())
        check(state, "planner-meeting-editor-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("Alarmnummer 112"))
        #expect(text.contains("[x]") && text.contains("[ ]"))
    }

    @Test func meetingEditorInEnglishOnTheLength() {
        check(
            planner(
                TerminalSize(width: 80, height: 24), [.nextMeeting, .editMeeting, .moveDown, .previousChoice],
                language: .en, plan: Self.hotMeeting()),
            "planner-meeting-editor-80x24-en")
    }

    @Test func meetingEditorWithABadDate() {
        var state = planner(TerminalSize(width: 80, height: 24), [.editMeeting, .edit])
        for _ in 0..<2 { _ = state.reduce(.command(.deleteBackward)) }
        _ = state.reduce(.insertText("60"))
        _ = state.reduce(.command(.confirm))
        check(state, "planner-meeting-editor-bad-date-80x24")
        #expect(Renderer.render(state).text.contains("‘19:60’ is geen tijd"))
    }

    @Test func theMeetingEditorsKeys() {
        let keymap = Keymap.standard
        #expect(keymap.action(for: .character("m"), in: .planner) == .command(.editMeeting))
        #expect(keymap.action(for: .character(" "), in: .meetingEditor) == .command(.toggle))
        #expect(keymap.action(for: .character("r"), in: .meetingEditor) == .command(.refillHelpCard))
        #expect(keymap.action(for: .right, in: .meetingEditor) == .command(.nextChoice))
        // Typing a date or purpose, every letter is text.
        #expect(keymap.action(for: .character("r"), in: .meetingEditorText) == .insertText("r"))
        #expect(keymap.action(for: .character(":"), in: .meetingEditorText) == .insertText(":"))
        // m is last on the planner's hint line: on 80 columns it leaves the others their room.
        let hints = Chrome.hints(for: .planner, keymap: keymap, language: .nl, ascii: false)
        #expect(hints.last?.keys == "m")
    }

    @Test func aNewDateMovesTheBlocksAtOnce() {
        var state = planner(TerminalSize(width: 80, height: 24), [.editMeeting, .edit])
        for _ in 0..<5 { _ = state.reduce(.command(.deleteBackward)) }
        _ = state.reduce(.insertText("18:00"))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.command(.closeOverlay))
        let text = Renderer.render(state).text
        // Three meetings on 80 columns: the start time is on the status line.
        #expect(text.contains(" 18:00–18:10 · "))
        #expect(text.contains("di 8 dec 18:00"))
    }

    @Test func theHelpListsThePlannersKeys() {
        let state = planner(TerminalSize(width: 80, height: 40), [.help])
        check(state, "planner-help-80x40")
        let lines = HelpOverlay.lines(for: .planner, keymap: .standard, language: .nl, ascii: false)
        #expect(lines.contains(.binding(keys: "J", help: "het blok een plaats naar achteren")))
        #expect(lines.contains(.group("Plannen")))
        #expect(lines.contains(.binding(keys: "m", help: "de bijeenkomst bewerken: datum, duur, doel, hulpkaart")))
    }

    // MARK: - The new-series form

    func form(_ size: TerminalSize, _ language: Language = .nl, method: String = "htib") -> AppState {
        var state = Fixtures.state(size: size)
        state.language = language
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        let index = Fixtures.shipped.library.methods.firstIndex { $0.id == method } ?? 0
        for _ in 0..<index { _ = state.reduce(.command(.nextChoice)) }
        return state
    }

    @Test(arguments: [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)])
    func newSeriesForm(size: TerminalSize) {
        var state = form(size)
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("Vrouwengroep Schilderswijk"))
        check(state, "new-series-\(size)")
    }

    @Test func newSeriesFormWithTheGroupsChoice() {
        var state = form(TerminalSize(width: 80, height: 24), method: "kezban")
        for _ in 0..<12 { _ = state.reduce(.command(.nextField)) }
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.toggle))
        #expect(state.newSeries?.field == .groupChoice)
        check(state, "new-series-kezban-80x24")
    }

    @Test func newSeriesFormWithAProblemInEnglish() {
        var state = form(TerminalSize(width: 80, height: 24), .en)
        for _ in 0..<7 { _ = state.reduce(.command(.nextField)) }
        _ = state.reduce(.command(.nextChoice))
        _ = state.reduce(.command(.toggle))
        for _ in 0..<10 { _ = state.reduce(.command(.nextField)) }
        _ = state.reduce(.command(.confirm))
        check(state, "new-series-problem-80x24-en")
    }
}
