import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The live screen and its panels as a gespreksleider sees them during meeting 2 of a Yeni
/// Pencere series: before the start, on time, amber, red, over time, paused, ahead and behind.
@Suite("Live snapshots")
struct LiveSnapshotTests {
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)]
    static let allSizes = sizes + [TerminalSize(width: 120, height: 40)]

    /// The styles of every cell: the colours (and monochrome attributes) a snapshot of the
    /// text cannot show.
    func checkStyles(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let map = Fixtures.styleMap(Renderer.render(state))
        if let problem = Snapshot.mismatch(map, named: name, testFile: #filePath) {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    func live(
        _ moment: Fixtures.LiveMoment = .running, _ size: TerminalSize = TerminalSize(width: 80, height: 24),
        _ language: Language = .nl, _ commands: [Command] = [], typing: String? = nil
    ) -> AppState {
        var state = Fixtures.liveScreenState(moment, size: size, language: language)
        for command in commands { _ = state.reduce(.command(command)) }
        if let typing { _ = state.reduce(.insertText(typing)) }
        return state
    }

    /// The rows of the screen as text, without trailing spaces.
    func rows(_ state: AppState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
    }

    // MARK: - The screen

    @Test(arguments: Fixtures.LiveMoment.allCases, sizes)
    func liveScreen(moment: Fixtures.LiveMoment, size: TerminalSize) {
        check(live(moment, size), "live-\(moment.rawValue)-\(size)-nl")
    }

    @Test(arguments: [Fixtures.LiveMoment.beforeStart, .running, .overtime, .paused], sizes)
    func liveScreenInEnglish(moment: Fixtures.LiveMoment, size: TerminalSize) {
        check(live(moment, size, .en), "live-\(moment.rawValue)-\(size)-en")
    }

    @Test(arguments: [Fixtures.LiveMoment.running, .beforeStart])
    func liveScreenWide(moment: Fixtures.LiveMoment) {
        check(live(moment, TerminalSize(width: 120, height: 40)), "live-\(moment.rawValue)-120x40-nl")
    }

    @Test func theTopLineSaysWhereTheMeetingIs() {
        #expect(rows(live(.running))[0].contains("dialoog · Ouders Kanaleneiland · bijeenkomst 2/3"))
        #expect(rows(live(.running))[0].hasSuffix("20:06   4 min achter"))
        #expect(rows(live(.ahead))[0].hasSuffix("19:49   6 min voor"))
        #expect(rows(live(.ahead, .init(width: 80, height: 24), .en))[0].hasSuffix("6 min ahead"))
        // Before the timer first ran there is no schedule to be on or off.
        #expect(rows(live(.beforeStart))[0].hasSuffix("19:25"))
        // Within a minute either way is on schedule.
        var state = live(.running)
        state.live.meeting!.record.segments[0].end = Fixtures.date("2026-12-01T19:45").addingTimeInterval(-50)
        state.live.meeting!.record.segments[1].start = state.live.meeting!.record.segments[0].end!
        state.live.meeting!.record.segments[1].end = Fixtures.date("2026-12-01T19:50").addingTimeInterval(-50)
        state.live.meeting!.record.segments[2].start = state.live.meeting!.record.segments[1].end!
        #expect(rows(state)[0].hasSuffix("20:06   op schema"))
    }

    @Test func extraAndAftercareMeetingsAreNamedSo() {
        var state = live(.running)
        state.live.meeting!.meeting.kind = .extra
        state.live.meeting!.meeting.number = 4
        #expect(rows(state)[0].contains("· extra bijeenkomst 4"))
        state.live.meeting!.meeting.kind = .aftercare
        #expect(rows(state)[0].contains("· nazorg"))
        state.language = .en
        #expect(rows(state)[0].contains("· aftercare"))
    }

    @Test func theTimerShowsItsPhase() {
        #expect(rows(live(.running)).contains { $0.hasSuffix("12:40 / 20:00") })
        #expect(rows(live(.overtime)).contains { $0.hasSuffix("+02:13 over") })
        #expect(rows(live(.paused)).contains { $0.hasSuffix("gepauzeerd") })
        #expect(rows(live(.beforeStart)).contains { $0.hasSuffix("spatie start de timer") })
        #expect(
            rows(live(.beforeStart, .init(width: 80, height: 24), .en)).contains {
                $0.hasSuffix("Space starts the timer")
            })
    }

    /// The cells of the timer ("16:00 / 20:00") on the block's title row.
    func timerStyles(elapsed seconds: Int) -> Set<Style> {
        var state = live(.running)
        let start = state.live.meeting!.record.segments[2].start
        state.now = start.addingTimeInterval(TimeInterval(seconds))
        let screen = Renderer.render(state)
        let row = rows(state).firstIndex { $0.contains("Wie deed wat in huis?") && $0.contains(" / 20:00") }!
        let end = rows(state)[row].count
        return Set((end - 13..<end).map { screen[$0, row].style })
    }

    @Test func theTimerTurnsAmberAtOneFifthLeftAndRedAtOneTwentieth() {
        // 20 minutes: 4 minutes left is 20%, 1 minute left is 5%.
        #expect(timerStyles(elapsed: 16 * 60 - 1) == [.normal])
        #expect(timerStyles(elapsed: 16 * 60) == [.warning])
        #expect(timerStyles(elapsed: 19 * 60 - 1) == [.warning])
        #expect(timerStyles(elapsed: 19 * 60) == [.error])
        #expect(LiveTimer.style(.overtime) == .error)
    }

    @Test(arguments: [Fixtures.LiveMoment.running, .amber, .red, .overtime, .paused, .beforeStart])
    func liveScreenStyles(moment: Fixtures.LiveMoment) {
        checkStyles(live(moment), "live-\(moment.rawValue)-80x24-styles")
    }

    @Test func colourAndMonochromeDrawTheSameCells() {
        for moment in Fixtures.LiveMoment.allCases {
            var dark = live(moment)
            dark.theme = .dark
            var mono = dark
            mono.theme = .mono
            var light = dark
            light.theme = .light
            #expect(Renderer.render(dark) == Renderer.render(mono))
            #expect(Renderer.render(dark) == Renderer.render(light))
        }
        // Without colour, amber and red still stand apart from the rest and from each other.
        let normal = Palette.look(.normal, in: .mono)
        let amber = Palette.look(.warning, in: .mono)
        let red = Palette.look(.error, in: .mono)
        #expect(amber != normal && red != normal && amber != red)
        #expect(Palette.look(.warning, in: .dark).foreground == .yellow)
        #expect(Palette.look(.error, in: .dark).foreground == .red)
    }

    @Test(arguments: [Fixtures.LiveMoment.amber, .beforeStart])
    func liveScreenInASCII(moment: Fixtures.LiveMoment) {
        var state = live(moment)
        state.asciiOnly = true
        check(state, "live-\(moment.rawValue)-80x24-ascii")
        #expect(Renderer.render(state).cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
    }

    @Test func withoutTheLibraryThePromptsShowTheirIds() {
        var state = live(.running)
        state.library = nil
        check(state, "live-no-library-80x24-nl")
        let block = state.live.meeting!.currentBlock!
        let screen = Renderer.render(state)
        let text = rows(state)
        if let id = block.prompts.first, let row = text.firstIndex(where: { $0.contains(id) }) {
            let x = text[row].distance(from: text[row].startIndex, to: text[row].range(of: id)!.lowerBound)
            #expect(screen[x, row].style == .dim)
        } else {
            Issue.record("the block's first prompt id is not on screen")
        }
    }

    // MARK: - Panels

    /// Each panel as a key opens it, and a panel in its typing or scrolled state.
    static let panels: [(name: String, commands: [Command], typing: String?)] = [
        ("attendance", [.attendance, .moveDown], nil),
        ("attendance-counts", [.attendance, .countMode, .addParticipant, .moveDown], nil),
        ("deck", [.promptDeck, .moveDown], nil),
        ("rules", [.groundRules], nil),
        ("help-card", [.helpCard], nil),
        ("directory", [.helpCard, .searchHelp], "veilig"),
        ("disclosure", [.disclosure], nil),
        ("note", [.note], "Stil na de tweede stelling; volgende keer eerst in duo's."),
        ("signal", [.signal, .moveDown, .moveDown, .nextChoice], nil),
        ("confirm-end", [.endMeeting], nil),
    ]

    static let variants: [(name: String, commands: [Command], typing: String?)] = [
        ("attendance-typing", [.attendance, .addParticipant], "Zeynep"),
        ("attendance-count-typing", [.attendance, .countMode, .moveDown, .toggle], "7"),
        ("deck-raising", [.promptDeck, .raiseTheme], "schoolkeuze van de kinderen"),
        ("deck-library", [.promptDeck, .search, .submit, .moveDown], nil),
        ("deck-search", [.promptDeck, .search], "vader"),
        ("rules-scrolled", [.groundRules, .moveDown, .moveDown, .moveDown, .moveDown], nil),
        ("help-card-scrolled", [.helpCard, .moveDown], nil),
        ("directory-chosen", [.helpCard, .searchHelp, .submit, .moveLast], nil),
        ("disclosure-scrolled", [.helpCard, .disclosure, .moveDown, .moveDown], nil),
    ]

    @Test(arguments: panels.map(\.name), sizes)
    func panel(name: String, size: TerminalSize) {
        let panel = Self.panels.first { $0.name == name }!
        for language in Language.allCases {
            check(
                live(.running, size, language, panel.commands, typing: panel.typing),
                "live-\(name)-\(size)-\(language.rawValue)")
        }
    }

    @Test(arguments: variants.map(\.name))
    func panelVariant(name: String) {
        let panel = Self.variants.first { $0.name == name }!
        check(
            live(.running, TerminalSize(width: 80, height: 24), .nl, panel.commands, typing: panel.typing),
            "live-\(name)-80x24-nl")
    }

    @Test func theHelpCardInASCIIAndOnATallScreen() {
        var state = live(.running, TerminalSize(width: 80, height: 24), .nl, [.helpCard])
        state.asciiOnly = true
        check(state, "live-help-card-80x24-ascii")
        #expect(Renderer.render(state).cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
        check(live(.running, TerminalSize(width: 120, height: 40), .nl, [.helpCard]), "live-help-card-120x40-nl")
    }

    @Test func theHelpCardSaysOnlyWhatTheContentHolds() {
        let state = live(.running, TerminalSize(width: 120, height: 40), .nl, [.helpCard])
        let text = Renderer.render(state).text
        for entry in state.liveHelpCard.entries.prefix(3) {
            #expect(text.contains(entry.name))
            if let phone = entry.phone, !entry.acute { #expect(text.contains("Telefoon: " + phone)) }
        }
        // The digits drawn large are the acute entry's own number.
        let acute = state.liveHelpCard.entries.first { $0.acute }!
        #expect(acute.phone == "112")
        let big = BigDigits.rows("112", compact: false, ascii: false)
        #expect(big.allSatisfy { text.contains($0) })
    }

    @Test func everyFieldOnTheCardIsLabelledAndProfessionalsOnlySaysSo() {
        // The huiselijk-geweld card lists LEC-EGG, for professionals only.
        var state = live(.running, TerminalSize(width: 100, height: 200), .nl, [.helpCard])
        let text = Renderer.render(state).text
        #expect(text.contains("Uren telefoon: Dag en nacht (24/7)"))
        #expect(text.contains("Wat: Advies- en meldpunt bij huiselijk geweld en kindermishandeling"))
        #expect(text.contains("Voor wie: "))
        for item in state.liveHelpCard.items where item.entry.professionalsOnly {
            #expect(text.contains("\(item.entry.name) · Alleen voor professionals"))
        }
        // The directory shows a professionals-only entry labelled, whole, with its check date.
        _ = state.reduce(.command(.searchHelp))
        _ = state.reduce(.insertText("lec egg"))
        let found = Renderer.render(state).text
        #expect(state.liveDirectory.first?.id == "lec-egg")
        #expect(found.contains("Alleen voor professionals"))
        #expect(found.contains("Gecontroleerd: "))
    }

    @Test func theSignalFormCountsTheFollowUpFromToday() {
        let text = Renderer.render(
            live(.running, .init(width: 80, height: 24), .nl, Self.panels.first { $0.name == "signal" }!.commands)
        ).text
        #expect(text.contains("over 1 week (di 8 dec)"))
        #expect(text.contains("Alleen de categorie, wat je deed en de datum worden bewaard."))
    }

    @Test func panelsFitEverySize() {
        // Nothing of a panel runs into the status or hint line, whatever the size.
        for size in Self.allSizes {
            for panel in Self.panels + Self.variants {
                let state = live(.running, size, .nl, panel.commands, typing: panel.typing)
                let screen = Renderer.render(state)
                let hints = Renderer.render(live(.running, size, .nl, panel.commands))
                for x in 0..<size.width {
                    #expect(screen[x, size.height - 1] == hints[x, size.height - 1], "\(panel.name) at \(size)")
                }
                let bottom = rows(state)[size.height - 3]
                #expect(!bottom.contains("┌") && !bottom.contains("┐"), "\(panel.name) at \(size)")
            }
        }
    }

    @Test func wideCharactersStayWhole() {
        // A series name, nicknames and a note in scripts of two cells wide, at every size and
        // in every panel: no wide character is cut in half or runs into a border.
        for size in Self.allSizes {
            for panel in [(name: "screen", commands: [Command](), typing: String?.none)] + Self.panels + Self.variants {
                var state = live(.running, size, .nl)
                state.live.meeting!.series.name = "Ouders 家庭 Kanaleneiland 🌷 Noord"
                state.live.meeting!.record.participants[0].nickname = "小明 老师"
                state.live.meeting!.blocks[2].title = "Wie deed wat 在家里 in huis?"
                for command in panel.commands { _ = state.reduce(.command(command)) }
                if let typing = panel.typing { _ = state.reduce(.insertText(typing + " 🌷家")) }
                let screen = Renderer.render(state)
                for y in 0..<size.height {
                    for x in 0..<size.width where screen[x, y].isContinuation {
                        let left = x > 0 ? screen[x - 1, y].text : ""
                        #expect(left.count == 1 && TextWidth.of(left) == 2, "\(panel.name) at \(size), row \(y)")
                    }
                    let last = screen[size.width - 1, y].text
                    #expect(last.isEmpty || TextWidth.of(last) == 1, "\(panel.name) at \(size), row \(y)")
                }
            }
        }
    }

    // MARK: - The privacy screen

    @Test func thePrivacyScreenShowsOneNeutralLineAndNothingElse() {
        let sizes =
            Self.allSizes + [
                TerminalSize(width: 59, height: 24), TerminalSize(width: 30, height: 8),
                TerminalSize(width: 12, height: 3),
            ]
        let underneath: [[Command]] = [[]] + (Self.panels + Self.variants).map(\.commands)
        for size in sizes {
            for language in Language.allCases {
                for commands in underneath {
                    var state = live(.running, size, language, commands)
                    state.status = .live(.noteSaved)
                    state.live.hidden = true
                    for overlay: Overlay? in [nil, .help(offset: 0)] {
                        state.overlay = overlay
                        let screen = Renderer.render(state)
                        let line = language == .nl ? "Even pauze" : "One moment"
                        let lines = screen.text.split(separator: "\n").map {
                            $0.trimmingCharacters(in: .whitespaces)
                        }.filter { !$0.isEmpty }
                        #expect(lines == [line], "\(size) \(language) \(commands)")
                        #expect(screen.cells.allSatisfy { $0.style == .normal || $0.style == .dim })
                    }
                }
            }
        }
        check(
            {
                var state = live(.running)
                _ = state.reduce(.command(.privacyScreen))
                return state
            }(), "live-privacy-80x24-nl")
    }

    @Test func anyKeyBringsTheScreenBack() {
        var state = live(.running, .init(width: 80, height: 24), .nl, [.privacyScreen])
        #expect(state.live.hidden)
        if let action = Keymap.standard.action(for: .character("x"), in: state.inputMode) {
            _ = state.reduce(action)
        }
        #expect(!state.live.hidden)
        #expect(Renderer.render(state).text.contains("Wie deed wat in huis?"))
    }

    // MARK: - The start screen

    @Test func aRunningMeetingIsMarkedOnTheStartScreen() {
        var series = Fixtures.sampleSeries
        series[0].nextMeeting?.state = .running
        for language in Language.allCases {
            var state = Fixtures.state(series: series)
            state.language = language
            check(state, "start-series-running-80x24-\(language.rawValue)")
            let row = rows(state).first { $0.contains("Ouders Kanaleneiland") && $0.contains("IOT") }
            #expect(row?.hasSuffix(language == .nl ? "loopt nu" : "running now") == true)
            #expect(rows(state).last?.contains(language == .nl ? "r bijeenkomst" : "r meeting") == true)
        }
    }
}
