import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// While a municipality is typed in the new-series form or the series' details, the spelling
/// already in use is shown under it, and Ctrl-T takes it.
@Suite("Forms: municipality suggestion")
struct MunicipalitySuggestionTests {
    let known = ["Den Haag", "Utrecht", "'s-Hertogenbosch"]

    @Test func anotherSpellingOrTheStartOfOneFindsTheSpellingInUse() {
        #expect(MunicipalityName.suggestion(for: "den haag", among: known) == "Den Haag")
        #expect(MunicipalityName.suggestion(for: "'s-Gravenhage", among: known) == "Den Haag")
        #expect(MunicipalityName.suggestion(for: "Den Bosch", among: known) == "'s-Hertogenbosch")
        #expect(MunicipalityName.suggestion(for: "utr", among: known) == "Utrecht")
        // As spelled, one letter, or nothing like it: no suggestion.
        #expect(MunicipalityName.suggestion(for: "Utrecht", among: known) == nil)
        #expect(MunicipalityName.suggestion(for: "u", among: known) == nil)
        #expect(MunicipalityName.suggestion(for: "Zwolle", among: known) == nil)
        #expect(MunicipalityName.suggestion(for: "", among: known) == nil)
    }

    @Test func ctrlTTakesItInTheNewSeriesForm() throws {
        let plan = Fixtures.plan()
        var state = Fixtures.plannerState(plan)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.newSeries))
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        #expect(state.newSeries?.knownMunicipalities == ["Den Haag"])
        for _ in 0..<3 { _ = state.reduce(.command(.nextField)) }
        #expect(state.newSeries?.field == .municipality)
        _ = state.reduce(.insertText("'s-gravenhage"))
        #expect(state.newSeries?.municipalitySuggestion == "Den Haag")
        _ = state.reduce(.command(.takeSuggestion))
        #expect(state.newSeries?.municipality == "Den Haag")
        #expect(state.newSeries?.municipalitySuggestion == nil)
    }

    @Test func andInTheSeriesDetails() throws {
        var state = Fixtures.plannerState(Fixtures.plan())
        _ = state.reduce(.command(.editSeries))
        for _ in 0..<2 { _ = state.reduce(.command(.nextField)) }
        #expect(state.plannerState.details?.field == .municipality)
        _ = state.reduce(.command(.deleteToStart))
        _ = state.reduce(.insertText("DEN HAAG "))
        #expect(state.plannerState.details?.municipalitySuggestion == "Den Haag")
        _ = state.reduce(.command(.takeSuggestion))
        #expect(state.plannerState.details?.municipality == "Den Haag")
        // Elsewhere Ctrl-T changes nothing.
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.command(.takeSuggestion))
        #expect(state.plannerState.details?.municipality == "Den Haag")
    }
}
