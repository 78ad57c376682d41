import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The overzicht's Tabellen tab: the listed series added up per municipality, method or
/// organisation, `w` switching between them, ↑↓ scrolling, and a target set for one group
/// shown on that group's row.
@Suite struct OverviewTablesTests {
    func target(
        _ amount: Int, organisation: String? = nil, methodId: String? = nil, municipality: String? = nil,
        reached: Int
    ) -> TargetProgress {
        TargetProgress(
            target: OverviewTarget(
                amount: amount, from: Fixtures.date("2026-01-01T00:00"), to: Fixtures.date("2027-01-01T00:00"),
                organisation: organisation, methodId: methodId, municipality: municipality),
            reached: reached)
    }

    @Test func theTablesTabComesLastAndReadsTheLibraryForTheMethodNames() {
        var state = Fixtures.overviewScreenState(tab: .themes, library: false)
        #expect(state.reduce(.command(.nextTab)) == [.loadLibrary])
        #expect(state.overviewState.tab == .tables && state.inputMode == .overviewTables)
        #expect(state.reduce(.command(.nextTab)) == [])
        #expect(state.overviewState.tab == .series)
        _ = state.reduce(.command(.previousTab))
        #expect(state.overviewState.tab == .tables)
    }

    @Test func wSwitchesPerMunicipalityPerMethodPerOrganisationAndRoundAgain() {
        var state = Fixtures.overviewScreenState(tab: .tables)
        #expect(state.overviewState.grouping == .municipality)
        var seen: [OverviewGrouping] = []
        for _ in 0..<3 {
            #expect(state.reduce(.command(.nextGrouping)) == [], "switching reads nothing again")
            seen.append(state.overviewState.grouping)
        }
        #expect(seen == [.method, .organisation, .municipality])
        // Only on its own tab: on the series tab the key does nothing.
        var series = Fixtures.overviewScreenState(tab: .series)
        _ = series.reduce(.command(.nextGrouping))
        #expect(series.overviewState.grouping == .municipality)
    }

    @Test func theRowsScrollWhenTheyDoNotFitAndStopAtTheLast() {
        var state = Fixtures.overviewScreenState(size: .init(width: 60, height: 16), tab: .tables)
        // 16 rows leave 5 for the table's rows; the sample has four municipalities, so
        // nothing scrolls; per organisation neither. With more series it scrolls to the last.
        _ = state.reduce(.command(.moveDown))
        #expect(state.overviewState.tableScroll == 0)
        var overview = Fixtures.sampleOverview()
        overview.series += (0..<6).map { n in
            Fixtures.screenFigures(
                20 + n, "Groep \(n)", "Org \(n)", "htib", "Plaats \(n)", first: nil, last: nil, held: 0, reached: 0)
        }
        _ = state.reduce(.overviewLoaded(overview, choices: Fixtures.overviewChoices))
        _ = state.reduce(.command(.moveLast))
        #expect(state.overviewState.tableScroll == 10 - OverviewState.groupRows(in: state.size))
        _ = state.reduce(.command(.nextGrouping))
        #expect(state.overviewState.tableScroll == 0, "another table starts at its top")
    }

    @Test func eachRowSumsItsSeriesAndTheRowsAddUpToTheTotals() {
        let overview = Fixtures.sampleOverview()
        let rows = overview.groups(.municipality, library: Fixtures.shipped.library, noMunicipality: "zonder gemeente")
        #expect(rows.map(\.name) == ["Den Haag", "Utrecht", "Amsterdam", "Rotterdam"])
        let haag = rows[0]
        let figures: [Int] = [haag.series, haag.meetingsHeld, haag.meetingsPlanned, haag.reached, haag.signals]
        #expect(figures == [2, 6, 6, 24, 2])
        for grouping in OverviewGrouping.allCases {
            let rows = overview.groups(grouping, library: Fixtures.shipped.library, noMunicipality: "–")
            #expect(rows.map(\.series).reduce(0, +) == overview.series.count)
            #expect(rows.map(\.meetingsHeld).reduce(0, +) == overview.series.map(\.meetingsHeld).reduce(0, +))
        }
        // A method by the library's name; a series without a municipality in a row of its own.
        let methods = overview.groups(.method, library: Fixtures.shipped.library, noMunicipality: "–")
        #expect(methods.contains { $0.name == Fixtures.shipped.library.method("htib")!.name })
        var placeless = overview
        placeless.series[0].series.municipality = nil
        let places = placeless.groups(.municipality, library: nil, noMunicipality: "zonder gemeente")
        #expect(places.contains { $0.name == "zonder gemeente" && $0.series == 1 })
    }

    @Test func aTargetForJustOneGroupStandsOnThatGroupsRow() {
        var overview = Fixtures.sampleOverview()
        overview.targets += [
            target(12, municipality: "den haag", reached: 6),
            target(9, organisation: "FSAN", municipality: "Den Haag", reached: 3),
            target(20, methodId: "jiheeye", reached: 5),
        ]
        let library = Fixtures.shipped.library
        let places = overview.groups(.municipality, library: library, noMunicipality: "–")
        // Matched ignoring case, as the filter matches; the programme's target is no group's.
        #expect(places.first { $0.name == "Den Haag" }?.target?.percent == 50)
        #expect(places.filter { $0.target != nil }.count == 1)
        // A target for FSAN in Den Haag is neither FSAN's nor Den Haag's whole.
        let organisations = overview.groups(.organisation, library: library, noMunicipality: "–")
        #expect(organisations.allSatisfy { $0.target == nil })
        // A method's target by its id, on the row named as the library names it.
        let methods = overview.groups(.method, library: library, noMunicipality: "–")
        #expect(methods.first { $0.name == library.method("jiheeye")!.name }?.target?.target.amount == 20)
    }
}
