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
