import CNCurses
import DialoogCore

/// Whether curses can draw a cell's grapheme itself. A `cchar_t` holds one spacing
/// character and at most four marks after it (`CCHARW_MAX` is 5), and ncurses cuts the rest
/// away without a word: a family 👩‍👩‍👧‍👦 became 👩, a flag 🇳🇱 became 🇳 in one cell. Such a
/// grapheme is written whole, over blanks that keep curses' picture of the row in step.
package enum ClusterCell {
    /// `CCHARW_MAX` of the ncursesw this links.
    static let charactersPerCell = 5

    /// True when curses would drop part of `text`, or would give it another width than
    /// `TextWidth` (the screen's width): more scalars than a cell holds, a spacing scalar
    /// after the first, or a first scalar whose own width is not the grapheme's.
    package static func needsOwnWrite(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1, let character = text.first else { return false }
        if scalars.count > charactersPerCell { return true }
        if scalars.dropFirst().contains(where: { width($0) != 0 }) { return true }
        return width(scalars[0]) != TextWidth.of(character)
    }

    /// The C library's width of one scalar, as curses measures it (-1 for unprintable).
    static func width(_ scalar: Unicode.Scalar) -> Int {
        Int(dialoog_wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
