import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// A failure is worded when it is drawn, in the language of that moment, never in the one
/// the program started in.
@Suite("Failures are worded when drawn")
struct FailureRenderTests {
    let finished = Failure.store(.seriesFinished(series: "Buurtgroep Transvaal"))

    /// The start screen, wide enough for the whole sentence on its status line.
    func screen(_ status: Status, _ language: Language) -> String {
        var state = Fixtures.state(size: TerminalSize(width: 160, height: 24))
        state.language = language
        state.status = status
        return Renderer.render(state).text
    }

    @Test func theLanguageSwitchAfterAFailureShowsTheFailureInTheNewLanguage() {
        let dutch = screen(.live(.openFailed(finished)), .nl)
        #expect(dutch.contains("De bijeenkomst kon niet geopend worden: Alle bijeenkomsten van 'Buurtgroep Transvaal'"))
        let english = screen(.live(.openFailed(finished)), .en)
        #expect(english.contains("The meeting could not be opened: Every meeting of 'Buurtgroep Transvaal'"))
        #expect(!english.contains("Alle bijeenkomsten"))
    }

    @Test(arguments: Language.allCases)
    func everyFailureIsWordedInOneLanguage(language: Language) {
        let failures: [Failure] = [
            .store(.seriesFinished(series: "Buurtgroep Transvaal")), .planMissing, .nothingToEvaluate,
            .contentFolderMissing("extra"), .contentNotFound(looked: ["/usr/share/dialoog"]),
            .proposal(.unknownMethod("htib")), .unexpected("disk I/O error"),
        ]
        for failure in failures {
            let other = failure.localized(language == .nl ? .en : .nl)
            #expect(!failure.localized(language).isEmpty)
            #expect(failure.localized(language) != other || failure == .unexpected("disk I/O error"))
        }
    }
}

/// A failure on the status line reads reason first and path last, also at 80 columns.
@Suite("Failures on the status line")
struct FailureStatusLineTests {
    let path = "/home/gespreksleider/.local/share/dialoog/bijeenkomsten/dialoog.sqlite"

    func statusLine(_ status: Status, _ language: Language) -> String {
        var state = Fixtures.state(size: TerminalSize(width: 80, height: 24))
        state.language = language
        state.status = status
        let rows = Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
        return String(rows[22])
    }

    @Test func aFullDiskSaysSoFirstAndThePathLast() {
        let full = Status.live(.saveFailed(.store(.diskFull(path: path))))
        let dutch = statusLine(full, .nl)
        #expect(dutch.hasPrefix(" NIET opgeslagen: de schijf is vol; maak ruimte vrij"))
        #expect(dutch.trimmingTrailingSpaces.hasSuffix("ruimte vrij en pro… (…/dialoog.sqlite)"))
        #expect(TextWidth.of(dutch) == 80)
        let english = statusLine(full, .en)
        #expect(english.hasPrefix(" NOT saved: the disk is full; free some space"))
        #expect(english.trimmingTrailingSpaces.hasSuffix("dialoog.sqlite)"))
    }

    @Test func anEvaluationThatCouldNotBeWrittenAlsoEndsInItsPath() {
        let denied = Status.evaluation(.saveFailed(.store(.cannotOpen(path: path, detail: "disk I/O error"))))
        let dutch = statusLine(denied, .nl)
        #expect(dutch.hasPrefix(" NIET opgeslagen: kan niet openen of schrijven: disk I/O"))
        #expect(TextWidth.of(dutch) == 80)
        #expect(dutch.trimmingTrailingSpaces.hasSuffix("dialoog.sqlite)"))
    }

    @Test func aShortPathIsKeptWhole() {
        let line = "NIET opgeslagen: de schijf is vol; maak ruimte vrij (d.sqlite)"
        #expect(TextWidth.truncateKeepingTail(line, to: 40) == "NIET opgeslagen: de schijf i… (d.sqlite)")
        #expect(TextWidth.truncateKeepingTail("kort (a)", to: 40) == "kort (a)")
        #expect(TextWidth.truncateKeepingTail("zonder pad, heel lang", to: 10) == "zonder pa…")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
