import DialoogCore
import DialoogTestSupport
import Testing

/// A failure is kept in the state as a value, with what was found; it is worded when drawn.
@Suite("Reducer: failures as values")
struct FailureReducerTests {
    @Test func aFailureAfterTheLanguageSwitchIsStoredAsAValueNotAsDutchWords() {
        var state = Fixtures.state()
        _ = state.reduce(.command(.openCommandLine))
        for character in "taal en" { _ = state.reduce(.insertText(String(character))) }
        _ = state.reduce(.command(.submit))
        #expect(state.language == .en)
        let finished = Failure.store(.seriesFinished(series: "Buurtgroep Transvaal"))
        _ = state.reduce(.liveFailed(finished))
        #expect(state.status == .live(.openFailed(finished)))
    }

    @Test func everyKindOfFailureKeepsItsData() {
        var state = Fixtures.state()
        _ = state.reduce(.loadFailed(.store(.cannotOpen(path: "~/d.sqlite", detail: "disk I/O error"))))
        #expect(state.status == .loadFailed(.store(.cannotOpen(path: "~/d.sqlite", detail: "disk I/O error"))))
        _ = state.reduce(.libraryFailed(.contentFolderMissing("extra")))
        #expect(state.status == .libraryFailed(.contentFolderMissing("extra")))
        _ = state.reduce(.overviewFailed(.store(.seriesMissing(id: "s1"))))
        #expect(state.status == .overview(.failed(.store(.seriesMissing(id: "s1")))))
    }
}
