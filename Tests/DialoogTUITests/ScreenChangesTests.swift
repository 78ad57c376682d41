import DialoogCore
import DialoogTUI
import Testing

@Suite("Screen.changes(since:)")
struct ScreenChangesTests {
    let size = TerminalSize(width: 10, height: 3)

    func screen(_ rows: [String]) -> Screen {
        var canvas = Canvas(size: size)
        for (y, row) in rows.enumerated() { canvas.text(row, x: 0, y: y) }
        return canvas.screen
    }

    @Test func theSameScreenChangesNothing() {
        let a = screen(["hallo", "wereld"])
        #expect(a.changes(since: a).isEmpty)
    }

    @Test func noPreviousScreenMeansEveryRow() {
        let changes = screen(["a"]).changes(since: nil)
        #expect(changes.map(\.y) == [0, 1, 2])
        #expect(changes.allSatisfy { $0.x == 0 && $0.cells.count == 10 })
    }

    @Test func anotherSizeMeansEveryRow() {
        let small = Screen(size: TerminalSize(width: 5, height: 2))
        #expect(screen(["a"]).changes(since: small).count == 3)
    }

    @Test func oneDigitChangingIsOneCell() {
        let before = screen(["19:30", "", "x"])
        let after = screen(["19:31", "", "x"])
        #expect(after.changes(since: before) == [Screen.Change(x: 4, y: 0, cells: [Cell("1")])])
    }

    @Test func separateChangesOnARowAreSeparateRuns() {
        let changes = screen(["a b c"]).changes(since: screen(["x b y"]))
        #expect(changes.map(\.x) == [0, 4])
        #expect(changes.map { $0.cells.map(\.text).joined() } == ["a", "c"])
    }

    @Test func aStyleChangeIsAChange() {
        var canvas = Canvas(size: size)
        canvas.text("abc", x: 0, y: 1, style: .selected)
        let changes = canvas.screen.changes(since: screen(["", "abc"]))
        #expect(changes.map(\.cells.count) == [3])
    }

    @Test func aWideCharacterTravelsWithItsSecondHalf() {
        let before = screen(["ab"])
        let after = screen(["中"])
        let changes = after.changes(since: before)
        #expect(changes.count == 1)
        #expect(changes[0].x == 0)
        #expect(changes[0].cells == [Cell("中"), .continuation(.normal)])
    }

    @Test func replacingTheSecondHalfRedrawsTheWholeCharacter() {
        // Writing into cell 1 alone would tear the wide character in cells 0-1.
        let before = screen(["中x"])
        let after = screen(["ab"])
        let changes = after.changes(since: before)
        #expect(changes == [Screen.Change(x: 0, y: 0, cells: [Cell("a"), Cell("b"), Cell(" ")])])
        let back = before.changes(since: screen(["a中"]))
        #expect(back.first?.x == 0)
        #expect(back.first?.cells.count == 3)
    }

    @Test func applyingTheChangesGivesTheNewScreen() {
        let before = screen(["dialoog", "19:30", "中文 ok"])
        let after = screen(["dialogo", "20:45", "ok 中文"])
        var replay = before
        for change in after.changes(since: before) {
            for (i, cell) in change.cells.enumerated() { replay[change.x + i, change.y] = cell }
        }
        #expect(replay == after)
    }
}
