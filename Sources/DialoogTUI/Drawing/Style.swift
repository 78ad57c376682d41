/// What a cell means, not what colour it is: a theme turns a style into colours and
/// attributes, so the same screen reads well in dark, light and monochrome.
package enum Style: UInt8, CaseIterable, Equatable, Hashable, Sendable {
    case normal
    /// The top line with the program's name.
    case title
    /// Section headings (EERSTVOLGENDE BIJEENKOMSTEN, SERIES).
    case heading
    /// Less important text: dates in the past, explanations.
    case dim
    /// The row under the cursor.
    case selected
    /// A key in the key-hint line or the help (`q`, `?`).
    case key
    /// The key-hint line and the status line background.
    case hint
    /// Lines, borders and separators.
    case border
    /// Something that needs attention soon.
    case warning
    /// Something went wrong.
    case error
    /// Good news or an accent, like the name of the program.
    case accent
    /// The temperature of a theme or prompt, always next to its symbol (❄ · ~ ▲), so that
    /// monochrome loses nothing.
    case cold, lukewarm, warm, hot
}
