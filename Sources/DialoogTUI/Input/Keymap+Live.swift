import DialoogCore

/// Live mode's keys: the screen and each of its panels.
extension Keymap {
    /// Live mode and its panels. The help card, the privacy screen and undo are one key away
    /// in every panel that is not typing.
    static func live(_ moving: (InputMode) -> [Binding]) -> [Binding] {
        let bind = binding
        let general: (InputMode) -> [Binding] = { mode in
            [
                bind(mode, [.character("!")], .helpCard, mode == .live),
                bind(mode, [.character("b"), .function(2)], .privacyScreen, mode == .live),
                // After the privacy screen: at 80 columns the hint line has room for that, not this.
                bind(mode, [.character("i")], .disclosure, mode == .live),
                bind(mode, [.character("u")], .undo, false),
                bind(mode, [.character("?"), .function(1)], .help, true),
                bind(mode, [.character(":")], .openCommandLine, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        let typing: (InputMode, Command) -> [Binding] = { mode, confirm in
            [
                bind(mode, [.enter], confirm, true),
                bind(mode, [.escape], .closeOverlay, true),
                bind(mode, [.backspace, .control("h")], .deleteBackward, false),
                // Letters are text here, so the privacy screen is on a function key.
                bind(mode, [.function(2)], .privacyScreen, false),
                bind(mode, [.function(1)], .help, false),
                bind(mode, [.control("l")], .redraw, false),
            ]
        }
        let screen: [Binding] =
            [
                bind(.live, [.character(" ")], .toggleTimer, true),
                bind(.live, [.character("n"), .right], .nextBlock, true),
                bind(.live, [.character("p"), .left], .previousBlock, false),
                bind(.live, [.character("a")], .attendance, true),
                bind(.live, [.character("s")], .promptDeck, true),
            ] + general(.live) + [
                // After the safety keys: these may fall off the end of a narrow hint line.
                bind(.live, [.character("r")], .groundRules, true),
                bind(.live, [.character("m")], .note, true),
                bind(.live, [.character("v")], .signal, true),
                bind(.live, [.character("+"), .character("=")], .moreMinutes, false),
                bind(.live, [.character("-")], .fewerMinutes, false),
                bind(.live, [.character(">")], .fiveMoreMinutes, false),
                bind(.live, [.character("e")], .endMeeting, false),
                bind(.live, [.character("q")], .leaveLive, false),
            ]
            // Looking at another block of the agenda (a click or the wheel gives these too):
            // not in the hint line, which keeps its room for the safety keys.
            + moving(.live).map { Binding(mode: $0.mode, keys: $0.keys, command: $0.command, inHintLine: false) }
        let attendance =
            moving(.liveAttendance) + [
                bind(.liveAttendance, [.character(" "), .enter], .toggle, true),
                bind(.liveAttendance, [.character("+")], .addParticipant, true),
                bind(.liveAttendance, [.left, .character("h")], .previousChoice, true),
                bind(.liveAttendance, [.right, .character("l")], .nextChoice, true),
                bind(.liveAttendance, [.tab, .character("t")], .countMode, true),
                bind(.liveAttendance, [.character("r")], .renameParticipant, false),
                bind(.liveAttendance, [.character("x"), .delete], .removeParticipant, false),
                bind(.liveAttendance, [.escape, .character("q"), .character("a")], .closeOverlay, true),
            ] + general(.liveAttendance) + typing(.liveAttendanceText, .confirm)
        let deck =
            moving(.liveDeck) + [
                bind(.liveDeck, [.enter, .character(" ")], .toggle, true),
                bind(.liveDeck, [.character("1")], .responseOpen, true),
                bind(.liveDeck, [.character("2")], .responseMixed, false),
                bind(.liveDeck, [.character("3")], .responseResistance, false),
                bind(.liveDeck, [.character("4")], .responseSilence, false),
                bind(.liveDeck, [.character("/")], .search, true),
                bind(.liveDeck, [.character("t")], .raiseTheme, true),
                bind(.liveDeck, [.character("+"), .character("w")], .addStatement, false),
                bind(.liveDeck, [.escape, .character("q"), .character("s")], .closeOverlay, true),
            ] + general(.liveDeck)
        let library =
            moving(.liveDeckLibrary) + [
                bind(.liveDeckLibrary, [.enter, .character(" ")], .toggle, true),
                bind(.liveDeckLibrary, [.tab, .character("t")], .allThemes, true),
                bind(.liveDeckLibrary, [.character("/")], .search, true),
                bind(.liveDeckLibrary, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.liveDeckLibrary)
        let search = [
            bind(.liveDeckSearch, [.function(2)], .privacyScreen, false),
            bind(.liveDeckSearch, [.enter], .submit, true),
            bind(.liveDeckSearch, [.up], .moveUp, false),
            bind(.liveDeckSearch, [.down], .moveDown, false),
            bind(.liveDeckSearch, [.escape], .closeOverlay, true),
            bind(.liveDeckSearch, [.backspace, .control("h")], .deleteBackward, false),
            bind(.liveDeckSearch, [.control("l")], .redraw, false),
        ]
        func reading(_ mode: InputMode, _ own: Command) -> [Binding] {
            moving(mode) + [bind(mode, [.escape, .character("q"), .enter], .closeOverlay, true)]
                // Over the rules: an agreement of the group.
                + (own == .groundRules ? [bind(mode, [.character("+"), .character("a")], .addAgreement, true)] : [])
                // From the card: the whole directory, and the disclosure page.
                + (own == .helpCard
                    ? [
                        bind(mode, [.character("/")], .searchHelp, true),
                        bind(mode, [.tab, .character("i")], .disclosure, true),
                    ] : [])
                + general(mode).filter { $0.command != own && (own != .helpCard || $0.command != .disclosure) }
                + [bind(mode, own == .helpCard ? [.character("!")] : [.character("r")], own, false)]
        }
        // The help directory, searched from the card: Esc (or `!`) back to the card.
        let directory =
            moving(.liveDirectory) + [
                bind(.liveDirectory, [.character("/")], .searchHelp, true),
                bind(.liveDirectory, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.liveDirectory)
        let directorySearch = [
            bind(.liveDirectorySearch, [.function(2)], .privacyScreen, false),
            bind(.liveDirectorySearch, [.enter], .submit, true),
            bind(.liveDirectorySearch, [.up], .moveUp, true),
            bind(.liveDirectorySearch, [.down], .moveDown, false),
            bind(.liveDirectorySearch, [.escape], .closeOverlay, true),
            bind(.liveDirectorySearch, [.backspace, .control("h")], .deleteBackward, false),
            bind(.liveDirectorySearch, [.function(1)], .help, false),
            bind(.liveDirectorySearch, [.control("l")], .redraw, false),
        ]
        // "Als iemand iets vertelt": Tab (or `!`) to the card, Esc (or `i`) back.
        let disclosure =
            moving(.liveDisclosure) + [
                bind(.liveDisclosure, [.escape, .character("q"), .enter, .character("i")], .closeOverlay, true),
                bind(.liveDisclosure, [.tab], .helpCard, true),
            ] + general(.liveDisclosure).filter { $0.command != .disclosure }
        let signal =
            moving(.liveSignal) + [
                bind(.liveSignal, [.left, .character("h")], .previousChoice, true),
                bind(.liveSignal, [.right, .character("l")], .nextChoice, true),
                bind(.liveSignal, [.enter], .confirm, true),
                bind(.liveSignal, [.escape, .character("q")], .closeOverlay, true),
            ] + general(.liveSignal)
        let confirmEnd =
            [
                // Not `e` itself: a double press must not close a meeting.
                bind(.liveConfirmEnd, [.enter, .character("j"), .character("y")], .confirm, true),
                bind(.liveConfirmEnd, [.escape, .character("q"), .character("n")], .closeOverlay, true),
            ] + general(.liveConfirmEnd)
        return screen + attendance + deck + library + search + typing(.liveDeckText, .confirm)
            + reading(.liveRules, .groundRules) + reading(.liveHelpCard, .helpCard) + directory + directorySearch
            + disclosure + typing(.liveNote, .confirm) + typing(.liveAgreement, .confirm) + signal + confirmEnd
    }
}
