import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The overzicht's bundle form: E exports the series shown (the filter's) to the file typed,
/// encrypted to the key typed or, left empty, the stored coordinator key; I imports one.
@Suite("Overview bundles")
struct OverviewBundleTests {
    func overview(_ commands: [Command]) -> AppState {
        var state = Fixtures.overviewScreenState(tab: .series)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    @Test func eExportsTheSeriesShownToTheFileAndKeyTyped() {
        var state = overview([.exportBundle])
        #expect(state.inputMode == .overviewBundle)
        // Printable keys are text here: q and E type, they do not leave or reopen.
        _ = state.reduce(.insertText("~/bundels/q.age"))
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("age1abc"))
        let ids = state.overviewState.overview?.series.map(\.id) ?? []
        #expect(!ids.isEmpty)
        #expect(
            state.reduce(.command(.confirm)) == [
                .exportBundle(seriesIds: ids, path: "~/bundels/q.age", recipient: "age1abc", language: .nl)
            ])
        #expect(state.overviewState.panel == nil && state.inputMode == .overview)
    }

    @Test func anEmptyKeyMeansTheStoredOneAndAnEmptyFileIsAskedFor() {
        var state = overview([.exportBundle])
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .overview(.bundleNeedsPath))
        _ = state.reduce(.insertText("  out.age "))
        guard case .exportBundle(_, let path, let recipient, _)? = state.reduce(.command(.confirm)).first else {
            Issue.record("no export")
            return
        }
        #expect(path == "out.age" && recipient == nil)
    }

    @Test func iImportsTheFileTypedAndEscapeClosesWithoutDoingAnything() {
        var state = overview([.importBundle])
        _ = state.reduce(.insertText("laptop-3.age"))
        // An import asks only for the file: Tab stays on it.
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.insertText("x"))
        #expect(state.reduce(.command(.confirm)) == [.importBundle(path: "laptop-3.agex", language: .nl)])
        var closed = overview([.importBundle])
        _ = closed.reduce(.insertText("a"))
        #expect(closed.reduce(.command(.closeOverlay)) == [])
        #expect(closed.overviewState.panel == nil && closed.screen == .overview)
    }

    @Test func anImportSaysWhatCameFromWhichLaptopAndWhenAndReadsTheFiguresAgain() {
        var state = overview([])
        let imported = BundleImported(
            added: 2, updated: 1, unchanged: 0, conflicts: 0, laptops: ["d5884d06"], time: "14:02")
        #expect(state.reduce(.bundleImported(imported)) == [.loadOverview(state.overviewState.filter)])
        #expect(state.status == .overview(.bundleImported(imported)))
        _ = state.reduce(.bundleExported(path: "~/b.age", series: 3, meetings: 9))
        #expect(state.status == .overview(.bundleExported(path: "~/b.age", series: 3, meetings: 9)))
    }
}
