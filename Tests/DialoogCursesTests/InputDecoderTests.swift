import DialoogTUI
import Testing

@testable import DialoogCurses

@Suite struct InputDecoderTests {
    /// Feeds `reads` one by one, as `wget_wch` would return them, and collects the events.
    private func decode(_ reads: [InputDecoder.Input], timeoutAtEnd: Bool = true) -> [TerminalEvent] {
        var decoder = InputDecoder()
        var events = reads.flatMap { decoder.feed($0) }
        if timeoutAtEnd { events += decoder.timedOut() }
        return events
    }

    private func chars(_ text: String) -> [InputDecoder.Input] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test func plainKeysPassThrough() {
        #expect(decode(chars("aq\r")) == [.key(.character("a")), .key(.character("q")), .key(.enter)])
    }

    /// The background query's answer can come after its 100 ms, when curses already reads: it
    /// must never reach the screens as the keys `]`, `1`, `r`, `g`, `b` (b opened the bibliotheek).
    @Test func aLateTerminalReplyIsDroppedWholeAndTheKeysAfterItStay() {
        let st = decode(chars("\u{1B}]11;rgb:0000/0000/0000\u{1B}\\b"))
        #expect(st == [.key(.character("b"))])
        let bel = decode(chars("a\u{1B}]11;rgb:ffff/ffff/ffff\u{07}q"))
        #expect(bel == [.key(.character("a")), .key(.character("q"))])
    }

    @Test func aReplyCutShortOrEndlessIsDroppedAndTypingComesBack() {
        #expect(decode(chars("\u{1B}]11;rgb:00")).isEmpty)
        let endless = decode(chars("\u{1B}]" + String(repeating: "x", count: 600) + "b"), timeoutAtEnd: false)
        #expect(endless.allSatisfy { $0 == .key(.character("x")) || $0 == .key(.character("b")) })
        #expect(endless.last == .key(.character("b")))
    }

    @Test func aBracketedPasteIsOneEventWithItsNewlines() {
        let events = decode(chars("x\u{1B}[200~een\rtwee\nq\u{1B}[201~y"))
        #expect(events == [.key(.character("x")), .paste("een\rtwee\nq"), .key(.character("y"))])
    }

    @Test func markersSplitAcrossReadsAreStillFound() {
        var decoder = InputDecoder()
        var events: [TerminalEvent] = []
        for piece in ["\u{1B}", "[2", "00", "~ab", "c\u{1B}", "[20", "1", "~"] {
            events += chars(piece).flatMap { decoder.feed($0) }
            // The terminal's short wait runs out between reads, mid-paste too.
            if piece == "~ab" { events += decoder.timedOut() }
        }
        #expect(events == [.paste("ab"), .paste("c")])
        #expect(!decoder.isMidSequence)
    }

    @Test func aPasteKeepsTheStartOfAnEndMarkerOverATimeout() {
        var decoder = InputDecoder()
        var events = chars("\u{1B}[200~tekst\u{1B}[2").flatMap { decoder.feed($0) }
        events += decoder.timedOut()
        events += chars("01~").flatMap { decoder.feed($0) }
        #expect(events == [.paste("tekst")])
    }

    @Test func aPasteWhoseEndNeverComesEndsAfterTwoQuietWaits() {
        var decoder = InputDecoder()
        _ = chars("\u{1B}[200~ab").flatMap { decoder.feed($0) }
        #expect(decoder.timedOut() == [.paste("ab")])
        #expect(decoder.isPasting)
        #expect(decoder.timedOut() == [])
        #expect(!decoder.isPasting)
    }

    @Test func aLongPasteWithEscapesInside() {
        let text = String(repeating: "regel\n\u{1B}[A", count: 2000)
        #expect(decode(chars("\u{1B}[200~" + text + "\u{1B}[201~")) == [.paste(text)])
    }

    @Test func escOnItsOwnIsEscape() {
        #expect(decode(chars("\u{1B}")) == [.key(.escape)])
        #expect(decode([.character(27), .key(.up)]) == [.key(.escape), .key(.up)])
    }

    @Test func escThenALetterAtOnceIsAlt() {
        #expect(decode(chars("\u{1B}b\u{1B}f")) == [.key(.alt("b")), .key(.alt("f"))])
    }

    @Test func escThenSomethingElseIsBothKeys() {
        #expect(decode(chars("\u{1B}:")) == [.key(.escape), .key(.character(":"))])
        #expect(decode(chars("\u{1B}[")) == [.key(.escape), .key(.character("["))])
        #expect(decode(chars("\u{1B}\u{1B}")) == [.key(.escape), .key(.escape)])
    }

    @Test func ctrlArrowsTheTerminalDescriptionDoesNotName() {
        #expect(decode(chars("\u{1B}[1;5D\u{1B}[1;5C")) == [.key(.controlLeft), .key(.controlRight)])
    }

    @Test func sequencesTheTerminalDescriptionDoesNotName() {
        // tmux sends Home and End as ESC[1~ and ESC[4~ under TERM=xterm-256color.
        #expect(
            decode(chars("\u{1B}[1~\u{1B}[4~\u{1B}[3~\u{1B}OH\u{1B}[Z"))
                == [.key(.home), .key(.end), .key(.delete), .key(.home), .key(.backTab)])
        // One dialoog does not know is dropped whole: its letters are no keys.
        #expect(decode(chars("\u{1B}[99;2qa")) == [.key(.character("a"))])
        #expect(decode(chars("\u{1B}O")) == [.key(.alt("O"))])
    }

    @Test func functionKeysCursesDecoded() {
        #expect(decode([.key(.left), .key(nil), .key(.delete)]) == [.key(.left), .key(.delete)])
    }
}
