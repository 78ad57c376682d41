/// The drawing characters of a screen: box lines and markers in Unicode, or plain ASCII for
/// a terminal that is not UTF-8.
package struct Glyphs: Equatable, Sendable {
    package var horizontal: String
    package var vertical: String
    package var pointer: String
    package var separator: String
    package var ellipsis: String
    package var topLeft: String
    package var topRight: String
    package var bottomLeft: String
    package var bottomRight: String
    package var cursor: String
    package var arrowDown: String

    package static let unicode = Glyphs(
        horizontal: "─", vertical: "│", pointer: "▶", separator: "·", ellipsis: "…",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", cursor: "█", arrowDown: "↓")

    package static let ascii = Glyphs(
        horizontal: "-", vertical: "|", pointer: ">", separator: "-", ellipsis: "...",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", cursor: "_", arrowDown: "v")
}
