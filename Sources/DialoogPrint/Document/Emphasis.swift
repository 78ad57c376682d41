/// How a run of a document's text stands out, as the page means it: the screen maps it to a
/// `Style` of its theme, plain text and Markdown leave it out.
package enum Emphasis: Equatable, Sendable {
    case normal, title, heading, dim, accent, warning
    /// The temperature of a theme or prompt, next to its symbol.
    case cold, lukewarm, warm, hot
}
