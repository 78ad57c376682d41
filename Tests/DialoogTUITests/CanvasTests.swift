import DialoogCore
import DialoogTUI
import DialoogTestSupport
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

@Suite("Grapheme clusters on the canvas")
struct ClusterCanvasTests {
    /// A line holding every kind of cluster the terminal joins, laid out cell by cell.
    @Test func aLineOfClustersTakesTheTerminalsCells() {
        var canvas = Canvas(size: TerminalSize(width: 24, height: 2))
        let line = "👩‍👩‍👧‍👦 🇳🇱 👍🏽 e\u{301} ❤️ 🏳️‍🌈 x"
        let used = canvas.text(line, x: 0, y: 0)
        #expect(used == 18)
        let starts = [0: "👩‍👩‍👧‍👦", 3: "🇳🇱", 6: "👍🏽", 9: "e\u{301}", 11: "❤️", 14: "🏳️‍🌈", 17: "x"]
        for (x, cluster) in starts {
            #expect(canvas.screen[x, 0].text == cluster)
            #expect(canvas.screen[x + 1, 0].isContinuation == (TextWidth.of(cluster) == 2))
        }
        // Cut at 8 cells: the flag fits, the thumb does not and leaves room for the ellipsis.
        canvas.text(line, x: 0, y: 1, maxWidth: 8)
        #expect(Snapshot.text(of: canvas.screen).split(separator: "\n")[2] == "👩‍👩‍👧‍👦 🇳🇱 …")
        #expect(
            Snapshot.mismatch(canvas.screen, named: "clusters-line-24x2", testFile: #filePath) == nil)
    }
}
