import DialoogCore

/// The frame of a panel over the live screen: the rows it spans cleared edge to edge (so
/// nothing of the screen shows at its sides), a box with a title, and the room inside.
struct LiveBox {
    let x: Int
    let y: Int
    let width: Int
    let height: Int

    /// The first column of text inside, one cell in from the border.
    var inner: Int { x + 2 }
    var innerWidth: Int { max(1, width - 4) }
    /// The first row inside.
    var top: Int { y + 1 }
    /// The bottom border: rows `top..<bottom` are inside.
    var bottom: Int { y + height - 1 }
    var rows: Int { max(0, bottom - top) }

    /// Draws a box at most `maxWidth` wide, centred, `height` rows high (all of the body when
    /// nil). A short box stands at the bottom of the body, so the block's title and timer stay
    /// in view above it.
    static func draw(title: String, maxWidth: Int, height: Int? = nil, into canvas: inout Canvas) -> LiveBox {
        let body = canvas.height - Chrome.topRows - Chrome.bottomRows
        let h = min(height ?? body, body)
        let w = min(canvas.width - 2, maxWidth)
        let box = LiveBox(x: (canvas.width - w) / 2, y: Chrome.topRows + body - h, width: w, height: h)
        for row in box.y..<(box.y + h) { canvas.fill(y: row, style: .normal) }
        canvas.box(x: box.x, y: box.y, width: w, height: h, title: title)
        return box
    }

    /// A dim "↓ nog 3" in the bottom border, right-aligned, when items lie below the edge.
    func drawMore(_ count: Int, language: Language, into canvas: inout Canvas) {
        guard count > 0 else { return }
        let text = " " + LiveWords.moreItems(count).localized(language) + " "
        let w = TextWidth.of(canvas.asciiOnly ? ASCIIFolding.fold(text) : text)
        canvas.text(text, x: max(x + 2, x + width - 2 - w), y: bottom, style: .dim, maxWidth: width - 4)
    }

    /// The typing line at the bottom of the panel ("nieuw: Fat█"), a rule above it and a dim
    /// hint below it: the three bottom rows inside.
    func drawTyping(label: String, typed: TextField, hint: String, into canvas: inout Canvas) {
        let y = bottom - 2
        guard y - 1 > top else { return }
        canvas.horizontalLine(x: x + 1, y: y - 1, count: width - 2)
        let used = canvas.text(label, x: inner, y: y, style: .heading, maxWidth: innerWidth)
        // The field scrolls to keep its cursor in view, with its count where there is room.
        TextFieldView.draw(typed, x: inner + used, y: y, width: innerWidth - used, into: &canvas)
        canvas.text(hint, x: inner, y: y + 1, style: .dim, maxWidth: innerWidth)
    }

    /// Rows `drawTyping` takes.
    static let typingRows = 3
}
