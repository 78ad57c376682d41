import Plot

/// A document as HTML nodes, for the parts of a printable page that the printed plan and the
/// bibliotheek already compose as a `Document` (the help card, the disclosure page, the rules):
/// the same composition, so paper and screen say the same.
extension Document {
    func htmlNodes() -> [Node<HTML.BodyContext>] {
        blocks.map { block -> Node<HTML.BodyContext> in
            switch block {
            case .title(let text): return .h1(HTMLPage.text(text))
            case .heading(let text): return .h2(HTMLPage.text(text))
            case .paragraph(let text, let style):
                return .p(.class(Self.htmlClass(style)), HTMLPage.text(text))
            case .bullets(let items):
                return .ul(.forEach(items) { .li(HTMLPage.text($0)) })
            case .chain(let steps):
                return .ol(.forEach(steps) { .li(HTMLPage.text($0)) })
            case .definitions(let items):
                return .dl(.forEach(items) { .group(.dt(HTMLPage.text($0.name)), .dd(HTMLPage.text($0.text))) })
            case .marked(let mark, let style, let text):
                return .p(.span(.class("mark " + Self.htmlClass(style)), HTMLPage.text(mark)), HTMLPage.text(text))
            case .detail(let items, let bullets):
                if bullets { return .ul(.forEach(items) { .li(HTMLPage.text($0)) }) }
                return .group(items.map { .p(.class("guidance"), HTMLPage.text($0)) })
            case .pageBreak:
                return .div(.class("page"))
            }
        }
    }

    /// The CSS class of an emphasis (`HTMLPage.style`).
    static func htmlClass(_ style: Emphasis) -> String {
        switch style {
        case .normal: "normal"
        case .title, .heading, .accent: "accent"
        case .dim: "dim"
        case .warning: "warning"
        case .cold: "cold"
        case .lukewarm: "lukewarm"
        case .warm: "warm"
        case .hot: "hot"
        }
    }
}
