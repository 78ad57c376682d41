import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The light theme, chosen from a light terminal background: every style readable on its
/// paper, and screens snapshotted with the colours each cell gets.
@Suite("Light theme")
struct LightThemeTests {
    /// Colours that fade into white paper (ANSI white is light grey in most terminals; green
    /// was unreadable in xterm on a white background, 2026-12-07).
    static let faint: Set<Palette.Color> = [.white, .yellow, .cyan, .green]

    @Test func everyStyleReadsOnItsPaper() {
        for style in Style.allCases {
            let look = Palette.look(style, in: .light)
            #expect(look.foreground != look.background, "\(style)")
            if look.background == .white {
                #expect(!Self.faint.contains(look.foreground), "\(style) is \(look.foreground) on white")
            }
            // On a coloured cell the text is black: white on green or red reads no better.
            if look.background != .white && style != .selected {
                #expect(look.foreground == .black, "\(style) on \(look.background)")
            }
        }
        let selected = Palette.look(.selected, in: .light)
        #expect(selected.foreground == .white && selected.background == .blue)
    }

    @Test func theTemperaturesStayApartOnLight() {
        let looks = [Style.cold, .lukewarm, .warm, .hot].map { Palette.look($0, in: .light) }
        #expect(Set(looks).count == 4)
    }

    /// The screen's text, then one letter per cell for the look it gets in the light theme,
    /// with the legend of letters below.
    static func lightMap(_ screen: Screen) -> String {
        var letters: [Palette.Look: Character] = [:]
        var legend: [String] = []
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        for style in Style.allCases {
            let look = Palette.look(style, in: .light)
            guard letters[look] == nil else { continue }
            let letter = alphabet[letters.count]
            letters[look] = letter
            legend.append(
                "\(letter) \(look.foreground)/\(look.background)\(look.bold ? " bold" : "")\(look.dim ? " dim" : "")")
        }
        let rows = (0..<screen.size.height).map { y in
            String((0..<screen.size.width).map { letters[Palette.look(screen[$0, y].style, in: .light)] ?? "?" })
        }
        return Snapshot.text(of: screen) + rows.joined(separator: "\n") + "\n" + legend.joined(separator: "\n") + "\n"
    }

    func checkLight(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var state = state
        state.theme = .light
        if let problem = Snapshot.mismatch(Self.lightMap(Renderer.render(state)), named: name, testFile: #filePath) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    @Test func theStartScreen() {
        checkLight(Fixtures.state(series: Fixtures.sampleSeries), "light-start-80x24-nl")
    }

    @Test func searchResultsInTheBibliotheek() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.search))
        _ = state.reduce(.insertText("piramide"))
        checkLight(state, "light-library-search-80x24-nl")
    }

    @Test func thePlanner() {
        checkLight(Fixtures.plannerState(), "light-planner-80x24-nl")
    }
}
