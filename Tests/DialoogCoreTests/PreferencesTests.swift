import DialoogCore
import DialoogTestSupport
import Testing

/// The preferences file's text, and the commands that change what it holds.
@Suite("Preferences")
struct PreferencesTests {
    @Test func aRoundTripKeepsEveryChoice() {
        for theme in [nil] + ThemeName.allCases.map(Optional.some) {
            for language in [nil] + Language.allCases.map(Optional.some) {
                for mouse in [nil, true, false] {
                    let preferences = Preferences(theme: theme, language: language, mouse: mouse)
                    #expect(Preferences.parse(preferences.text) == .success(preferences))
                }
            }
        }
    }

    @Test func dutchWordsCommentsAndBlankLinesAreRead() {
        let text = "# mine\n\n  thema = licht \ntaal=en  # English please\nmuis = uit\n"
        #expect(Preferences.parse(text) == .success(Preferences(theme: .light, language: .en, mouse: false)))
    }

    @Test func aDamagedLineRefusesTheFileAndSaysWhichLine() {
        #expect(
            Preferences.parse("theme = light\nthema = paars\n")
                == .failure(.init(line: 2, reason: .badValue(key: "thema", value: "paars"))))
        #expect(Preferences.parse("theme light\n") == .failure(.init(line: 1, reason: .notASetting)))
        #expect(Preferences.parse("\n\ncolour = red\n") == .failure(.init(line: 3, reason: .unknownKey("colour"))))
        #expect(
            Preferences.parse("mouse = maybe")
                == .failure(.init(line: 1, reason: .badValue(key: "mouse", value: "maybe"))))
        #expect(Preferences.parse("\u{0}\u{1}garbage=\u{FFFD}") != .success(Preferences()))
    }

    @Test func anEmptyFileChoosesNothing() {
        #expect(Preferences.parse("") == .success(Preferences()))
    }

    @Test func themeLanguageAndMouseAreWrittenWhenChanged() {
        var state = Fixtures.state()
        #expect(state.reduce(.command(.openCommandLine)).isEmpty)
        _ = state.reduce(.insertText("theme licht"))
        let effects = state.reduce(.command(.submit))
        #expect(state.theme == .light)
        #expect(effects.contains(.savePreferences(Preferences(theme: .light))))
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("taal en"))
        #expect(state.reduce(.command(.submit)) == [.savePreferences(Preferences(theme: .light, language: .en))])
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("muis uit"))
        #expect(
            state.reduce(.command(.submit))
                == [.setMouse(false), .savePreferences(Preferences(theme: .light, language: .en, mouse: false))])
        #expect(!state.mouseOn && state.status == .mouseChanged(false))
    }

    @Test func anUnknownMouseWordChangesNothing() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("mouse sometimes"))
        #expect(state.reduce(.command(.submit)).isEmpty)
        #expect(state.mouseOn && state.status == .unknownMouse("sometimes"))
    }

    @Test func aFailedWriteIsSaidAndTheChoiceHolds() {
        var state = Fixtures.state()
        state.theme = .light
        _ = state.reduce(.preferencesNotSaved(path: "~/.config/dialoog/voorkeuren", reason: "Read-only file system"))
        #expect(state.theme == .light)
        #expect(
            state.status == .preferencesNotSaved(path: "~/.config/dialoog/voorkeuren", reason: "Read-only file system"))
    }
}
