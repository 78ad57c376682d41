/// One line of text being typed, with a cursor: the one model behind every text input
/// (command line, searches, form fields, live notes, nicknames, evaluation answers).
///
/// The cursor counts grapheme clusters (Swift `Character`s), so it never stops inside an
/// emoji or between a letter and its accent. The limit counts Unicode scalars, as the
/// database's CHECK constraints do (see `String.limited(to:)`).
package struct TextField: Equatable, Hashable, Sendable {
    package private(set) var text: String
    /// Characters before the cursor: 0 is before the first, `text.count` after the last.
    package private(set) var cursor: Int
    /// At most this many Unicode scalars; nil for no limit.
    package let limit: Int?
    /// The last insert did not fit whole: what fitted was kept. Cleared by the next edit.
    package private(set) var overflowed = false

    package init(_ text: String = "", limit: Int? = nil) {
        let kept = limit.map { text.limited(to: $0) } ?? text
        self.text = kept
        self.cursor = kept.count
        self.limit = limit
        self.overflowed = kept != text
    }

    /// A field with the cursor after `cursor` characters (clamped to the text).
    package init(_ text: String, cursor: Int, limit: Int? = nil) {
        self.init(text, limit: limit)
        self.cursor = min(max(0, cursor), self.text.count)
    }

    package var isEmpty: Bool { text.isEmpty }
    /// Unicode scalars used, as the limit counts them.
    package var used: Int { text.unicodeScalars.count }
    package var isFull: Bool { limit.map { used >= $0 } ?? false }

    /// The text before and after the cursor.
    package var beforeCursor: Substring { text.prefix(cursor) }
    package var afterCursor: Substring { text.dropFirst(cursor) }

    // MARK: - Edits

    /// Applies one edit; returns whether anything changed.
    @discardableResult
    package mutating func apply(_ edit: TextEdit) -> Bool {
        let before = self
        overflowed = false
        switch edit {
        case .insert(let typed): insert(typed)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .deleteBackward: if cursor > 0 { remove(cursor - 1..<cursor) }
        case .deleteForward: if cursor < text.count { remove(cursor..<cursor + 1) }
        case .deleteToStart: remove(0..<cursor)
        case .deleteToEnd: remove(cursor..<text.count)
        case .deleteWordBackward: remove(wordStart(before: cursor)..<cursor)
        }
        return self != before
    }

    /// Inserts `typed` at the cursor, one line: newlines become spaces, other control
    /// characters are dropped, and past the limit only what fits is kept.
    private mutating func insert(_ typed: String) {
        var clean = Self.oneLine(typed)
        if let limit {
            let room = max(0, limit - used)
            let fitting = clean.limited(to: room)
            overflowed = fitting != clean
            clean = fitting
        }
        guard !clean.isEmpty else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        let countBefore = text.count
        text.insert(contentsOf: clean, at: index)
        // Counted on the result: an inserted combining mark joins the character before it.
        cursor += text.count - countBefore
    }

    /// `text` as one line of a field: each line break (CR, LF or CRLF) and tab becomes a
    /// space, other control characters (Esc, Ctrl-keys) are dropped.
    package static func oneLine(_ text: String) -> String {
        var clean = ""
        var lastWasBreak = false
        for character in text {
            // "\r\n" is one Character in Swift; a lone "\r" or "\n" counts the same.
            if character.isNewline {
                if !lastWasBreak { clean.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if character == "\t" {
                clean.append(" ")
            } else if !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                clean.append(character)
            }
        }
        return clean
    }

    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        text.removeSubrange(lower..<upper)
        cursor = range.lowerBound
    }

    /// Where the word before `position` starts, skipping the spaces before it (readline).
    private func wordStart(before position: Int) -> Int {
        let characters = Array(text)
        var index = position
        while index > 0, !isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    /// Where the word after `position` ends, skipping the spaces before it.
    private func wordEnd(after position: Int) -> Int {
        let characters = Array(text)
        var index = position
        while index < characters.count, !isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, isWordCharacter(characters[index]) { index += 1 }
        return index
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "'"
            || character.unicodeScalars.first?.properties.isEmoji == true && !character.isASCII
    }
}
