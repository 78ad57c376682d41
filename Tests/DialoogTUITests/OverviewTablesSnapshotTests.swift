import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The overzicht's Tabellen tab on Tuesday 1 December 2026: the sample series per
/// municipality, per method and per organisation, with a target set for Den Haag, at 80x24,
/// 120x40 and 60x16, and in English.
@Suite("Overview tables snapshots")
struct OverviewTablesSnapshotTests {
    /// The tab with `presses` of `w`, and 12 meetings this year set for Den Haag (6 held).
    func state(
        _ size: TerminalSize = .init(width: 80, height: 24), _ language: Language = .nl, presses: Int = 0
    ) -> AppState {
        var state = Fixtures.overviewScreenState(size: size, language: language, tab: .tables)
        state.overviewState.overview?.targets.append(
            TargetProgress(
                target: OverviewTarget(
                    amount: 12, from: Fixtures.date("2026-01-01T00:00"), to: Fixtures.date("2027-01-01T00:00"),
                    municipality: "Den Haag"),
                reached: 6))
        for _ in 0..<presses { _ = state.reduce(.command(.nextGrouping)) }
        return state
    }

    func rows(_ state: AppState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: [
        TerminalSize(width: 80, height: 24), TerminalSize(width: 120, height: 40), TerminalSize(width: 60, height: 16),
    ])
    func perMunicipality(size: TerminalSize) {
        check(state(size), "overview-tables-\(size)-nl")
    }

    @Test func perMethodAndPerOrganisationInEnglish() {
        check(state(.init(width: 80, height: 24), .en, presses: 1), "overview-tables-method-80x24-en")
        check(state(.init(width: 80, height: 24), .nl, presses: 2), "overview-tables-organisation-80x24-nl")
    }

    @Test func theFiguresStandUnderTheirHeadingsAndTheTargetSaysItsShare() throws {
        let rows = rows(state())
        let header = try #require(rows.firstIndex { $0.contains("gemeente") && $0.contains("doel") })
        // Den Haag: two series, 6 of 6 held, 24 reached, 2 signals, half its target.
        let haag = rows[header + 1].split(separator: " ").joined(separator: " ")
        #expect(haag.hasPrefix("Den Haag 2 6/6 24 2 50%"), "\(haag)")
        // Rotterdam has no target of its own: a dash, not 0%.
        let rotterdam = try #require(rows.first { $0.contains("Rotterdam") })
        #expect(rotterdam.trimmingCharacters(in: .whitespaces).hasSuffix("–"))
        // Wide, the target says what it counts.
        let wide = self.rows(state(.init(width: 120, height: 40)))
        #expect(wide.contains { $0.contains("Den Haag") && $0.contains("6 van 12 bijeenkomsten (50%)") })
    }

    @Test func theShownGroupingIsMarkedAndTheHintLineSaysW() {
        let state = state()
        let screen = Renderer.render(state)
        let rows = rows(state)
        let y = rows.firstIndex { $0.contains("per gemeente · per methodiek · per organisatie") }!
        let x = rows[y].distance(from: rows[y].startIndex, to: rows[y].range(of: "per gemeente")!.lowerBound)
        #expect(screen[x, y].style == .selected)
        #expect(rows.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }!.contains("w andere tabel"))
    }

    @Test func everyTabStaysOnTheTabLineAt60Columns() {
        for tab in OverviewTab.allCases {
            var state = Fixtures.overviewScreenState(size: .init(width: 60, height: 16), tab: tab)
            state.overviewState.themeReviews = [ThemeReviewItem(key: "werk", text: "werk", groups: 2)]
            let line = rows(state)[6]
            #expect(line.contains("Tabellen") && line.contains("Series (6)") && !line.contains("…"), "\(line)")
        }
    }
}
