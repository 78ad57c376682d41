import DialoogCore
import DialoogPrint

/// "Als iemand iets vertelt", one key from every live panel: the short part first, to read in
/// 30 seconds (it fits an 80x24 screen whole), then the full points below it, each with the
/// source lines it rests on; scrolled a point at a time. The words are the content's own
/// (`content/als-iemand-iets-vertelt.yaml`), as the bibliotheek and the printed plan show them.
enum DisclosureOverlay {
    static func draw(_ state: AppState, panel: DisclosurePanel, into canvas: inout Canvas) {
        let language = state.language
        guard let guide = state.library?.disclosure else {
            let box = LiveBox.draw(title: LiveWords.helpCardTitle.localized(language), maxWidth: 84, into: &canvas)
            let missing =
                state.library == nil ? LiveWords.helpCardLoading : LiveWords.disclosureMissing
            canvas.text(
                missing.localized(language), x: box.inner, y: box.top, style: .dim, maxWidth: box.innerWidth)
            return
        }
        let box = LiveBox.draw(title: guide.title, maxWidth: 84, into: &canvas)
        guard box.rows > 0 else { return }
        let width = box.innerWidth
        let words = { (words: HelpCardWords) in words.localized(language) }
        let bullet = canvas.glyphs.separator + " "
        // Item 0 is the short part; item n the n-th point; the last the short part's sources.
        var items: [[LiveLine]] = []
        var short = [LiveLine(words(.disclosureShort), style: .accent)]
        for line in guide.short {
            short += LiveLine.wrapped(line.text, width: width, first: bullet, firstStyle: .accent)
        }
        items.append(short)
        for (index, point) in guide.points.enumerated() {
            var lines: [LiveLine] = [.blank]
            if index == 0 { lines += [LiveLine(words(.disclosureFull), style: .heading), .blank] }
            lines.append(LiveLine(point.name, style: .heading))
            lines += LiveLine.wrapped(point.text, width: width, indent: 2)
            lines += LiveLine.wrapped(words(.disclosureSource(point.source.text)), width: width, style: .dim, indent: 2)
            items.append(lines)
        }
        // The short part's lines rest on sources too; they close the page, as in print.
        items.append(
            [.blank]
                + LiveLine.wrapped(
                    words(.disclosureShortSources(guide.short.map { $0.source.text }.joined(separator: "; "))),
                    width: width, style: .dim))
        let start = max(0, min(panel.offset, items.count - 1))
        var lines: [LiveLine] = []
        var shown = 0
        for item in items[start...] {
            // A leading blank is not drawn at the top of a page.
            let item = lines.isEmpty && item.first?.isBlank == true ? Array(item.dropFirst()) : item
            if lines.count + item.count > box.rows && shown > 0 { break }
            lines += item
            shown += 1
        }
        for (row, line) in lines.prefix(box.rows).enumerated() {
            line.draw(x: box.inner, y: box.top + row, width: width, into: &canvas)
        }
        box.drawMore(items.count - start - shown, language: language, into: &canvas)
    }
}
