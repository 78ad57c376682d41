import Foundation

/// How many terminal cells text takes. Every layout decision goes through here, so Turkish,
/// Arabic, Somali, CJK and emoji text line up the same way in every screen.
package enum TextWidth {
    /// 0 for a grapheme that draws nothing (a lone combining mark, a control), 2 for wide
    /// ones (CJK, emoji shown as pictures, flags), 1 for everything else.
    package static func of(_ character: Character) -> Int {
        // Most text on screen is ASCII: answer it without looking at Unicode properties.
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.generalCategory == .control { return 0 }
        if isZeroWidth(first) && scalars.count == 1 { return 0 }
        if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        // Text-style emoji turned into a picture by VS16 (U+FE0F): "❤️" is wide, "❤" is not.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if isEastAsianWide(first.value) { return 2 }
        return 1
    }

    package static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F).
    private static func isEastAsianWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E,
            0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `width` cells, ending in an ellipsis when something was cut.
    package static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// `text` cut to at most `width` cells like `truncate`, except that a parenthesised part at
    /// its end (a file's path) stays and the cut is made before it, so a status line reads
    /// "NIET opgeslagen: de schijf is vol; maak … (…/dialoog.sqlite)". A path wider than a
    /// third of the room keeps its end, where the file's name is, from a `/` on when it can.
    package static func truncateKeepingTail(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width, text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else {
            return truncate(text, to: width, ellipsis: ellipsis)
        }
        var tail = String(text[open.lowerBound...])
        let most = width / 3
        if of(tail) > most {
            let inner = text[open.upperBound..<text.index(before: text.endIndex)]
            let room = most - of(" ()") - of(ellipsis)
            guard room > 0 else { return truncate(text, to: width, ellipsis: ellipsis) }
            var kept = ""
            for character in inner.reversed() {
                if of(kept) + of(character) > room { break }
                kept.insert(character, at: kept.startIndex)
            }
            if let slash = kept.firstIndex(of: "/"), slash != kept.startIndex { kept = String(kept[slash...]) }
            tail = " (" + ellipsis + kept + ")"
        }
        return truncate(String(text[..<open.lowerBound]), to: width - of(tail), ellipsis: ellipsis) + tail
    }

    /// `text` padded with spaces (or cut) to exactly `width` cells.
    package static func pad(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// Word-wraps `text` into lines of at most `width` cells; a word longer than a line is
    /// broken. Newlines in `text` start a new line.
    package static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var wordWidth = of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line) }
                while wordWidth > width {
                    let head = truncate(word, to: width, ellipsis: "")
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    wordWidth = of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
