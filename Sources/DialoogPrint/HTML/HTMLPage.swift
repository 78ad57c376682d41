import DialoogCore
import Plot

/// The one HTML shell of every printable document (the plan, the report): a self-contained
/// page with its CSS inline and nothing fetched from outside, written by Plot.
///
/// Text from people goes in only through `HTMLPage.text`: Plot escapes `<` and `>`, but leaves
/// `&` alone when it starts something that looks like an entity (`&lt;` typed by someone would
/// print as `<`, and `&x;` would make the file ill-formed), so every `&` is written as `&amp;`
/// first; control characters, which XML forbids, are shown escaped (`SafeText`). Plot has a
/// `Language` of its own (an HTML `lang` value): these files say `DialoogCore.Language`.
package enum HTMLPage {
    /// The whole file: `<!DOCTYPE html>`, a head with the title and the style, and `body`.
    static func render(title: String, language: DialoogCore.Language, body: [Node<HTML.BodyContext>]) -> String {
        let html = HTML(
            .lang(language == .nl ? Plot.Language.dutch : Plot.Language.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [text(title)]),
                .style(style)
            ),
            .body(.group(body))
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    /// Text from anywhere, escaped whole: `&`, `<`, `>` and control characters.
    static func text<Context>(_ raw: String) -> Node<Context> {
        .text(SafeText.escaped(raw).replacingOccurrences(of: "&", with: "&amp;"))
    }

    /// The style of every printable page: readable on screen, one section per printed page.
    static let style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; \
        color: #111; max-width: 48em; margin: 1.5em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; margin: 0 0 .4em; }
        h2 { font-size: 1.25em; border-bottom: 1px solid #888; margin: 1.4em 0 .5em; }
        h3 { font-size: 1.05em; margin: 1.1em 0 .2em; }
        .meta, .dim { color: #444; font-size: .92em; }
        .accent { font-weight: bold; }
        .warning { font-weight: bold; color: #8a1c00; }
        .mark { display: inline-block; min-width: 1.3em; font-weight: bold; }
        .legend { border: 1px solid #aaa; padding: .3em .6em; display: inline-block; }
        .guidance { margin: .2em 0 .4em 1.3em; }
        .block ul, .block p { margin-top: .2em; margin-bottom: .3em; }
        .block ul { margin-left: 1.3em; }
        .notes { border: 1px dashed #999; min-height: 4.5em; margin: .4em 0 .8em 1.3em; padding: .2em .4em; \
        color: #666; font-size: .85em; }
        table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
        th, td { border: 1px solid #999; padding: .3em .5em; text-align: left; vertical-align: top; }
        td.number, th.number { text-align: right; }
        .sheet td { height: 1.6em; }
        .sheet td.tick { width: 6em; }
        dt { font-weight: bold; margin-top: .5em; }
        dd { margin-left: 1.3em; white-space: pre-line; }
        svg { display: block; margin: .3em 0 1em; }
        svg text { font-size: 11px; font-family: "DejaVu Sans", Arial, sans-serif; }
        footer { margin-top: 2em; border-top: 1px solid #888; padding-top: .5em; font-size: .9em; color: #333; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          .page { break-before: page; page-break-before: always; }
          .block, tr, dt, dd { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
