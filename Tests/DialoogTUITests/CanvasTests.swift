import DialoogCore
import DialoogTUI
import Testing

@Suite("Canvas")
struct CanvasTests {
    @Test func textIsClippedAtTheRightEdge() {
        var canvas = Canvas(size: TerminalSize(width: 6, height: 1))
        canvas.text("gespreksleider", x: 2, y: 0)
        #expect(canvas.screen.text == "  gesp")
    }

    @Test func textIsClippedAtMaxWidth() {
        var canvas = Canvas(size: TerminalSize(width: 10, height: 1))
        let used = canvas.text("bijeenkomst", x: 0, y: 0, maxWidth: 4)
        #expect(used == 4)
        #expect(canvas.screen.text == "bij…      ")
    }

    @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
        var canvas = Canvas(size: TerminalSize(width: 5, height: 1))
        canvas.text("abcd中", x: 0, y: 0)
        #expect(canvas.screen.text == "abcd ")
        #expect(!canvas.screen[4, 0].isContinuation)
    }

    @Test func aWideCharacterTakesTwoCells() {
        var canvas = Canvas(size: TerminalSize(width: 6, height: 1))
        let used = canvas.text("a👋🏽b", x: 0, y: 0)
        #expect(used == 4)
        #expect(canvas.screen[1, 0].text == "👋🏽")
        #expect(canvas.screen[2, 0].isContinuation)
        #expect(canvas.screen[3, 0].text == "b")
    }

    @Test func rowsOutsideTheScreenAreIgnored() {
        var canvas = Canvas(size: TerminalSize(width: 3, height: 1))
        canvas.text("x", x: 0, y: 5)
        canvas.text("x", x: 0, y: -1)
        canvas.fill(y: 9, style: .selected)
        #expect(canvas.screen.text == "   ")
    }

    @Test func asciiModeFoldsLettersAndGlyphs() {
        var canvas = Canvas(size: TerminalSize(width: 30, height: 1), asciiOnly: true)
        canvas.text("Gülşen ığdır één ─ ▶ 中", x: 0, y: 0)
        #expect(canvas.screen.text.hasPrefix("Gulsen igdir een - > ?"))
        #expect(canvas.glyphs == .ascii)
    }
}
