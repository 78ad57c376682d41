import DialoogTUI
import Testing

@testable import DialoogCurses

/// Mouse reports that reach dialoog as bytes (curses decodes them itself where the terminal
/// description names them): SGR 1006 and the old X10 form.
@Suite struct MouseDecodingTests {
    private func decode(_ text: String) -> [TerminalEvent] {
        var decoder = InputDecoder()
        var events = text.unicodeScalars.flatMap { decoder.feed(.character($0.value)) }
        events += decoder.timedOut()
        return events
    }

    @Test func sgrPressesAndTheWheel() {
        #expect(decode("\u{1B}[<0;12;5M") == [.mouse(MouseEvent(.press, x: 11, y: 4))])
        #expect(decode("\u{1B}[<64;1;1M") == [.mouse(MouseEvent(.wheelUp, x: 0, y: 0))])
        #expect(decode("\u{1B}[<65;200;60M") == [.mouse(MouseEvent(.wheelDown, x: 199, y: 59))])
    }

    @Test func sgrReleasesOtherButtonsAndDragsAreDropped() {
        #expect(decode("\u{1B}[<0;12;5m").isEmpty)
        #expect(decode("\u{1B}[<2;12;5M").isEmpty)
        #expect(decode("\u{1B}[<32;12;5M").isEmpty)
        #expect(decode("\u{1B}[<16;12;5M").isEmpty)
        #expect(decode("\u{1B}[<0;0;5M").isEmpty)
        #expect(decode("\u{1B}[<0;1M").isEmpty)
    }

    @Test func x10PressesAndTheWheel() {
        // Button, column and row each plus 32: a press at column 10, row 3 (1-based).
        #expect(decode("\u{1B}[M *#") == [.mouse(MouseEvent(.press, x: 9, y: 2))])
        #expect(decode("\u{1B}[M`!!") == [.mouse(MouseEvent(.wheelUp, x: 0, y: 0))])
        #expect(decode("\u{1B}[Ma!!") == [.mouse(MouseEvent(.wheelDown, x: 0, y: 0))])
        // A release (button 3).
        #expect(decode("\u{1B}[M#*#").isEmpty)
    }

    @Test func keysAroundAReportStayKeys() {
        #expect(
            decode("a\u{1B}[<0;2;2Mb")
                == [.key(.character("a")), .mouse(MouseEvent(.press, x: 1, y: 1)), .key(.character("b"))])
    }

    @Test func aReportCutShortIsDroppedNotTyped() {
        #expect(decode("\u{1B}[M *").isEmpty)
        var decoder = InputDecoder()
        _ = "\u{1B}[M".unicodeScalars.flatMap { decoder.feed(.character($0.value)) }
        #expect(decoder.isMidSequence)
        #expect(decoder.feed(.key(.up)) == [.key(.up)])
        #expect(!decoder.isMidSequence)
    }
}
