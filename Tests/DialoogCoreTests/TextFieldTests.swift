import Testing

@testable import DialoogCore

@Suite struct TextFieldTests {
    /// A field with `text`, the cursor after `cursor` characters.
    private func field(_ text: String, cursor: Int? = nil, limit: Int? = nil) -> TextField {
        var field = TextField(text, limit: limit)
        for _ in 0..<(text.count - (cursor ?? text.count)) { field.apply(.left) }
        return field
    }

    @Test func typingInsertsAtTheCursor() {
        var f = field("helo", cursor: 3)
        f.apply(.insert("l"))
        #expect(f.text == "hello")
        #expect(f.cursor == 4)
    }

    @Test func leftAndRightStopAtTheEnds() {
        var f = field("ab", cursor: 0)
        f.apply(.left)
        #expect(f.cursor == 0)
        f.apply(.right)
        f.apply(.right)
        f.apply(.right)
        #expect(f.cursor == 2)
    }

    @Test func homeAndEnd() {
        var f = field("bij elkaar", cursor: 4)
        f.apply(.home)
        #expect(f.cursor == 0)
        f.apply(.end)
        #expect(f.cursor == 10)
    }

    @Test func wordLeftAndRightSkipSpacesThenAWord() {
        var f = field("wij  doen mee")
        f.apply(.wordLeft)
        #expect(f.cursor == 10)
        f.apply(.wordLeft)
        #expect(f.cursor == 5)
        f.apply(.wordLeft)
        #expect(f.cursor == 0)
        f.apply(.wordRight)
        #expect(f.cursor == 3)
        f.apply(.wordRight)
        #expect(f.cursor == 9)
    }

    @Test func backspaceAndDeleteAroundTheCursor() {
        var f = field("abcd", cursor: 2)
        f.apply(.deleteBackward)
        #expect(f.text == "acd")
        #expect(f.cursor == 1)
        f.apply(.deleteForward)
        #expect(f.text == "ad")
        #expect(f.cursor == 1)
        var start = field("ab", cursor: 0)
        let erasedAtStart = start.apply(.deleteBackward)
        #expect(!erasedAtStart)
        var end = field("ab")
        let erasedAtEnd = end.apply(.deleteForward)
        #expect(!erasedAtEnd)
    }

    @Test func ctrlUAndCtrlKCutToTheStartAndTheEnd() {
        var f = field("voor na", cursor: 4)
        f.apply(.deleteToEnd)
        #expect(f.text == "voor")
        #expect(f.cursor == 4)
        f = field("voor na", cursor: 4)
        f.apply(.deleteToStart)
        #expect(f.text == " na")
        #expect(f.cursor == 0)
    }

    @Test func ctrlWErasesTheWordBeforeTheCursor() {
        var f = field("een twee  ")
        f.apply(.deleteWordBackward)
        #expect(f.text == "een ")
        f.apply(.deleteWordBackward)
        #expect(f.text == "")
    }

    @Test func theCursorNeverStopsInsideACharacter() {
        // An emoji with skin tone, a family emoji, a flag and e + combining acute: one each.
        var f = field("👋🏽👨‍👩‍👧🇳🇱e\u{301}")
        #expect(f.cursor == 4)
        f.apply(.deleteBackward)
        #expect(f.text == "👋🏽👨‍👩‍👧🇳🇱")
        f.apply(.left)
        f.apply(.deleteBackward)
        #expect(f.text == "👋🏽🇳🇱")
        #expect(f.cursor == 1)
    }

    @Test func theCursorStepsOverAClusterAsOne() {
        // A family of four (seven scalars), a flag, a rainbow flag (VS16 and ZWJ), a keycap.
        var f = field("a👩‍👩‍👧‍👦🇳🇱🏳️‍🌈1️⃣b", cursor: 0)
        let stops: [String] = (0...6).map { _ in
            defer { f.apply(.right) }
            return String(f.text.prefix(f.cursor))
        }
        #expect(stops == ["", "a", "a👩‍👩‍👧‍👦", "a👩‍👩‍👧‍👦🇳🇱", "a👩‍👩‍👧‍👦🇳🇱🏳️‍🌈", "a👩‍👩‍👧‍👦🇳🇱🏳️‍🌈1️⃣", "a👩‍👩‍👧‍👦🇳🇱🏳️‍🌈1️⃣b"])
        f.apply(.home)
        f.apply(.right)
        f.apply(.deleteForward)
        #expect(f.text == "a🇳🇱🏳️‍🌈1️⃣b")
    }

    @Test func aCombiningMarkJoinsTheCharacterBeforeTheCursor() {
        var f = field("Sxmaali", cursor: 1)
        f.apply(.insert("o"))
        f.apply(.insert("\u{308}"))
        #expect(f.text == "So\u{308}xmaali")
        #expect(f.cursor == 2)
        f.apply(.deleteForward)
        #expect(f.text == "So\u{308}maali")
    }

    @Test func wordsInOtherScripts() {
        var f = field("güzel مرحبا 你好")
        f.apply(.deleteWordBackward)
        #expect(f.text == "güzel مرحبا ")
        f.apply(.wordLeft)
        #expect(f.cursor == 6)
    }

    @Test func insertingPastTheLimitKeepsWhatFitsAndSaysSo() {
        var f = TextField("abc", limit: 5)
        f.apply(.insert("defg"))
        #expect(f.text == "abcde")
        #expect(f.overflowed)
        #expect(f.isFull)
        f.apply(.deleteBackward)
        #expect(!f.overflowed)
        f.apply(.insert("x"))
        #expect(f.text == "abcdx")
        #expect(!f.overflowed)
    }

    @Test func theLimitCountsScalarsAsTheDatabaseDoes() {
        // "é" typed as e + combining acute is two code points: one does not fit in one left.
        var f = TextField("abcd", limit: 5)
        f.apply(.insert("e\u{301}"))
        #expect(f.text == "abcd")
        #expect(f.overflowed)
    }

    @Test func insertedTextIsOneLine() {
        var f = TextField()
        f.apply(.insert("een\r\ntwee\ndrie\rvier\tvijf\u{1B}[A\u{7}"))
        #expect(f.text == "een twee drie vier vijf[A")
    }

    @Test func aPastedParagraphIsText() {
        let paragraph = String(repeating: "Wat hoor ik jou zeggen?\n", count: 500)
        var f = TextField(limit: 280)
        f.apply(.insert(paragraph))
        #expect(f.used == 280)
        #expect(f.overflowed)
        #expect(!f.text.contains("\n"))
        #expect(f.cursor == 280)
    }

    @Test func editCommandsAreTheKeysOfAField() {
        let edits = Command.allCases.compactMap(\.textEdit)
        #expect(edits.count == 11)
        #expect(Command.deleteBackward.textEdit == .deleteBackward)
        #expect(Command.submit.textEdit == nil)
    }
}
