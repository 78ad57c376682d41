import DialoogCore
import Testing

@testable import DialoogTUI

@Suite struct TextFieldViewTests {
    private func field(_ text: String, cursor: Int? = nil, limit: Int? = nil) -> TextField {
        var field = TextField(text, limit: limit)
        for _ in 0..<(text.count - (cursor ?? text.count)) { field.apply(.left) }
        return field
    }

    /// The row as text, and the column of the cursor (the cell drawn in a cursor style).
    private func draw(_ field: TextField, width: Int, counter: Bool = true) -> (row: String, cursor: Int?) {
        var canvas = Canvas(size: TerminalSize(width: width, height: 1))
        TextFieldView.draw(field, x: 0, y: 0, width: width, counter: counter, into: &canvas)
        var row = ""
        var cursor: Int?
        for x in 0..<width {
            let cell = canvas.screen[x, 0]
            if cell.style == .selected || (cell.style == .key && cell.text == "█") { cursor = cursor ?? x }
            if !cell.isContinuation { row += cell.text }
        }
        return (row, cursor)
    }

    @Test func aShortFieldShowsItAllWithTheCursorAfterIt() {
        let (row, cursor) = draw(field("hallo"), width: 10)
        #expect(row == "hallo█    ")
        #expect(cursor == 5)
    }

    @Test func theCursorInTheMiddleIsOnItsCharacter() {
        #expect(draw(field("hallo", cursor: 1), width: 10).cursor == 1)
    }

    @Test func aLongFieldScrollsSoTheCursorStaysInView() {
        let text = "abcdefghijklmnopqrstuvwxyz"
        let end = draw(field(text), width: 10)
        #expect(end.row == "…stuvwxyz█")
        #expect(end.cursor == 9)
        let start = draw(field(text, cursor: 0), width: 10)
        #expect(start.row == "abcdefghi…")
        #expect(start.cursor == 0)
        let middle = draw(field(text, cursor: 15), width: 10)
        #expect(middle.row.first == "…")
        #expect(middle.row.last == "…")
        #expect(middle.cursor != nil)
        #expect(middle.row.contains("p"))
    }

    @Test func everyCursorPositionIsInView() {
        let text = "我们一起说 👋🏽 Somali: Soo dhawoow, e\u{301}"
        for cursor in 0...text.count {
            for width in [4, 7, 12] {
                let layout = TextFieldView.layout(field(text, cursor: cursor), width: width)
                #expect(layout.start <= cursor && cursor <= layout.end)
                #expect(layout.cursorColumn < width)
            }
        }
    }

    @Test func wideCharactersTakeTwoCells() {
        let (row, cursor) = draw(field("你好"), width: 6)
        #expect(row == "你好█ ")
        #expect(cursor == 4)
        // Scrolled: a wide character is never cut in half.
        let narrow = TextFieldView.layout(field("你好你好你好", cursor: 6), width: 6)
        #expect(narrow.cursorColumn == 5)
        #expect(narrow.start == 4)
    }

    @Test func aClusterIsOneRunOfCellsAndTheCursorSitsOnIt() {
        let text = "a👩‍👩‍👧‍👦🇳🇱b"
        let (row, cursor) = draw(field(text, cursor: 2), width: 12)
        #expect(row == "a👩‍👩‍👧‍👦🇳🇱b      ")
        // The flag starts in cell 3, after the family's two cells.
        #expect(cursor == 3)
    }

    @Test func combiningMarksTakeNoCell() {
        let (row, cursor) = draw(field("Soo\u{308} e\u{301}"), width: 8)
        #expect(row.hasPrefix("Soo\u{308} e\u{301}█"))
        #expect(cursor == 5)
    }

    @Test func theCounterShowsWhereThereIsALimitAndRoom() {
        #expect(draw(field("abc", limit: 60), width: 20).row == "abc█            3/60")
        // Too narrow for the counter: the text keeps the room.
        #expect(draw(field("abc", limit: 60), width: 12).row == "abc█        ")
        #expect(draw(field("abc", limit: 60), width: 20, counter: false).row == "abc█                ")
    }

    @Test func wrappedTextKeepsWordsWholeAndTheCursorOnItsRow() {
        let note = field("een twee drie vier vijf zes", cursor: 10)
        let lines = TextFieldView.wrap(note, width: 10)
        let characters = Array(note.text)
        #expect(lines.map { String(characters[$0]) } == ["een twee ", "drie vier ", "vijf zes"])
        var canvas = Canvas(size: TerminalSize(width: 11, height: 3))
        TextFieldView.drawWrapped(note, x: 0, y: 0, width: 11, rows: 3, into: &canvas)
        #expect(canvas.screen[1, 1].style == .selected)
    }
}
