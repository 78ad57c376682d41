import DialoogCore
import DialoogTUI
import Testing

@Suite("Keymap and action table")
struct KeymapTests {
    let keymap = Keymap.standard

    @Test func noKeyMeansTwoThingsInOneMode() {
        for mode in InputMode.allCases {
            let keys = keymap.bindings(in: mode).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(mode)")
        }
    }

    @Test func everyModeCanBeLeft() {
        #expect(keymap.command(for: .character("q"), in: .start) == .quit)
        #expect(keymap.command(for: .escape, in: .help) == .closeOverlay)
        #expect(keymap.command(for: .character("?"), in: .help) == .closeOverlay)
        #expect(keymap.command(for: .escape, in: .commandLine) == .closeOverlay)
    }

    @Test func arrowsAndViKeysMoveAlike() {
        for mode in [InputMode.start, .help] {
            #expect(keymap.command(for: .down, in: mode) == .moveDown)
            #expect(keymap.command(for: .character("j"), in: mode) == .moveDown)
            #expect(keymap.command(for: .up, in: mode) == .moveUp)
            #expect(keymap.command(for: .character("k"), in: mode) == .moveUp)
        }
    }

    @Test func inTheCommandLineLettersAreText() {
        #expect(keymap.action(for: .character("q"), in: .commandLine) == .insertText("q"))
        #expect(keymap.action(for: .character("ş"), in: .commandLine) == .insertText("ş"))
        #expect(keymap.action(for: .enter, in: .commandLine) == .command(.submit))
        #expect(keymap.action(for: .character("x"), in: .start) == nil)
    }

    @Test func everyCommandHasHelpAndHintWordsInBothLanguages() {
        for command in Command.allCases {
            let row = ActionTable.entry(command)
            #expect(row.command == command)
            for language in Language.allCases {
                #expect(!row.help.localized(language).isEmpty, "\(command) has no help")
                #expect(!row.hint.localized(language).isEmpty, "\(command) has no hint")
            }
        }
    }

    @Test func everyBoundCommandHasHelpTextInBothLanguages() {
        for binding in keymap.bindings {
            let help = ActionTable.entry(binding.command).help
            #expect(help.localized(.nl) != help.localized(.en), "\(binding.command) is not translated")
        }
    }

    @Test func theHelpListsEveryBindingOfTheScreen() {
        let lines = HelpOverlay.lines(for: .start, keymap: keymap, language: .nl, ascii: false)
        let listed = lines.compactMap { line -> String? in
            if case .binding(_, let help) = line { return help }
            return nil
        }
        #expect(listed.count == keymap.bindings(in: .start).count)
        #expect(listed.contains("dialoog verlaten"))
    }

    @Test func theHintLineMergesUpAndDown() {
        let hints = Chrome.hints(for: .start, keymap: keymap, language: .nl, ascii: false)
        #expect(hints.first?.keys == "↑↓")
        #expect(hints.first?.label == "kiezen")
        #expect(hints.map(\.keys) == ["↑↓", "r", "n", "b", "?", "q", "o"], "o last: shown where there is room")
    }

    @Test func theLibraryTypesIntoItsSearchAndKeepsItsLettersFromTheKeymap() {
        // In the search field every letter is text, even the ones bound elsewhere (q, j, b).
        #expect(keymap.action(for: .character("q"), in: .librarySearch) == .insertText("q"))
        #expect(keymap.action(for: .character("j"), in: .librarySearch) == .insertText("j"))
        #expect(keymap.action(for: .enter, in: .librarySearch) == .command(.submit))
        // On the list, q goes back a step instead of quitting, and Tab changes the tab.
        #expect(keymap.action(for: .character("q"), in: .library) == .command(.closeOverlay))
        #expect(keymap.action(for: .tab, in: .library) == .command(.nextTab))
        #expect(keymap.action(for: .character("b"), in: .start) == .command(.openLibrary))
        // Space stays free in every bibliotheek mode: live mode will use it for the timer.
        for mode in [InputMode.library, .libraryPage] {
            #expect(keymap.command(for: .character(" "), in: mode) == nil)
        }
    }

    /// The count made at start-up without wording anything matches the help as drawn.
    @Test func helpLineCountMatchesTheHelpAsDrawn() {
        for mode in InputMode.allCases {
            for language in Language.allCases {
                #expect(
                    HelpOverlay.lineCount(for: mode, keymap: .standard)
                        == HelpOverlay.lines(for: mode, keymap: .standard, language: language, ascii: false).count,
                    "\(mode) in \(language)")
            }
        }
    }

    @Test func closingAMeetingTakesEnterNotASecondE() {
        #expect(keymap.command(for: .character("e"), in: .live) == .endMeeting)
        #expect(keymap.command(for: .character("e"), in: .liveConfirmEnd) == nil)
        #expect(keymap.command(for: .enter, in: .liveConfirmEnd) == .confirm)
    }

    @Test func thePrivacyScreenIsOneKeyAwayEvenWhileTyping() {
        for mode in InputMode.allCases where mode.rawValue.hasPrefix("live") {
            #expect(keymap.command(for: .function(2), in: mode) == .privacyScreen, "\(mode)")
        }
        #expect(keymap.action(for: .character("z"), in: .privacy) == .command(.closeOverlay))
    }

    @Test func everyTextModeHasTheEditingKeys() {
        let expected: [(Key, Command)] = [
            (.left, .cursorLeft), (.right, .cursorRight), (.home, .cursorToStart), (.control("a"), .cursorToStart),
            (.end, .cursorToEnd), (.control("e"), .cursorToEnd), (.alt("b"), .wordLeft), (.controlLeft, .wordLeft),
            (.alt("f"), .wordRight), (.controlRight, .wordRight), (.backspace, .deleteBackward),
            (.control("h"), .deleteBackward), (.delete, .deleteForward), (.control("u"), .deleteToStart),
            (.control("k"), .deleteToEnd), (.control("w"), .deleteWordBackward),
        ]
        for mode in InputMode.allCases where mode.takesText && mode != .overviewTarget {
            for (key, command) in expected {
                #expect(keymap.command(for: key, in: mode) == command, "\(mode) \(key)")
            }
        }
        // The overzicht's target keeps ← → for choosing what the target counts.
        #expect(keymap.command(for: .left, in: .overviewTarget) == .previousChoice)
        #expect(keymap.command(for: .home, in: .overviewTarget) == .cursorToStart)
    }

    @Test func aPasteIsOneLineOfTextWhereTextIsTypedAndNothingElsewhere() {
        #expect(keymap.action(forPaste: "een\ntwee\r\nq", in: .liveNote) == .insertText("een twee q"))
        #expect(keymap.action(forPaste: "q", in: .live) == nil)
        #expect(keymap.action(forPaste: "\n", in: .commandLine) == .insertText(" "))
        #expect(keymap.action(forPaste: "\u{1B}", in: .commandLine) == nil)
        #expect(keymap.action(forPaste: "x", in: .privacy) == nil)
    }
}
