/// One cell of the terminal: a grapheme and its style. A wide grapheme occupies its cell and
/// the next, which holds `Cell.continuation`.
package struct Cell: Equatable, Hashable, Sendable {
    /// The grapheme shown; empty for the right half of a wide grapheme.
    package var text: String
    package var style: Style

    package init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }

    package static let blank = Cell(" ")

    /// The right half of a wide character: the terminal draws nothing here itself.
    package static func continuation(_ style: Style) -> Cell { Cell("", style: style) }

    package var isContinuation: Bool { text.isEmpty }
}
