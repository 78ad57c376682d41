import DialoogCore
import DialoogPrint

/// The bibliotheek: tabs (methodologies, themes, help, terms) with a list each, `/` search over
/// everything, and a scrollable page for the row that is opened.
package enum LibraryScreen {
    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        if let form = state.libraryState.form {
            LocalHelpScreen.draw(form, state: state, keymap: keymap, into: &canvas)
            return
        }
        Chrome.drawTitle(state, into: &canvas)
        let language = state.language
        let top = Chrome.topRows + 1
        let rows = AppState.libraryBodyRows(in: state.size)
        var fallback = Text.libraryTitle.localized(language)
        if state.libraryState.problems > 0 {
            fallback +=
                " \(canvas.glyphs.separator) " + Text.libraryProblems(state.libraryState.problems).localized(language)
        }
        if let library = state.library {
            // One search per frame: the tab line counts the hits, the list draws them.
            let hits = state.libraryState.query.map { library.search($0) }
            drawTabLine(state, hits: hits, into: &canvas)
            if let page = state.libraryState.page {
                let lines = document(page, state: state, library: library).lines(
                    width: pageWidth(state.size), glyphs: canvas.glyphs)
                let scroll = min(state.libraryState.scroll, max(0, lines.count - rows))
                for (index, line) in lines.dropFirst(scroll).prefix(rows).enumerated() {
                    var x = 1 + line.indent
                    for piece in line.pieces {
                        x += canvas.text(
                            piece.text, x: x, y: top + index, style: Style(piece.style), maxWidth: canvas.width - x - 1)
                    }
                }
                let last = min(lines.count, scroll + rows)
                fallback = Text.pagePosition(first: min(scroll + 1, last), last: last, of: lines.count).localized(
                    language)
            } else {
                drawList(state, library: library, hits: hits, top: top, rows: rows, into: &canvas)
                if state.libraryState.tab == .help, state.libraryState.query == nil, state.libraryState.problems == 0 {
                    fallback = Text.helpLegend.localized(language)
                }
            }
        } else {
            canvas.text(" " + Text.libraryLoading.localized(language), x: 0, y: top, style: .dim)
        }
        Chrome.drawStatus(state, fallback: fallback, into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
        if state.libraryState.typing { drawSearchBar(state, into: &canvas) }
    }

    /// The width pages are laid out at: the screen less a margin, at most a comfortable 100.
    package static func pageWidth(_ size: TerminalSize) -> Int { min(size.width - 3, 100) }

    /// How many lines the open page has at this size, and on which the prompt it was opened for
    /// begins, for scrolling (see `Action.pageLaidOut`).
    package static func pageLayout(_ state: AppState) -> (lines: Int, focusLine: Int?)? {
        guard state.screen == .library, let page = state.libraryState.page, let library = state.library else {
            return nil
        }
        let glyphs: Glyphs = state.asciiOnly ? .ascii : .unicode
        let lines = document(page, state: state, library: library).lines(width: pageWidth(state.size), glyphs: glyphs)
        // The start of the prompt's text fits on the first line it is wrapped to.
        let start = state.libraryState.focus.flatMap { library.prompt($0) }.map { String($0.text.prefix(24)) }
        let focusLine =
            start.flatMap { start in lines.firstIndex { $0.text.contains(start) } }
            ?? anchorLine(state.libraryState.anchors, in: lines.map(\.text))
        return (lines.count, focusLine)
    }

    /// Where a passage stands: each anchor is looked for after the one before; one not found
    /// is passed over, so a page worded a little differently still opens near the place.
    static func anchorLine(_ anchors: [String], in lines: [String]) -> Int? {
        var found: Int?
        for anchor in anchors where !anchor.isEmpty {
            let from = found ?? 0
            if let line = lines[from...].firstIndex(where: { $0.contains(anchor) }) { found = line }
        }
        return found
    }

    package static func document(_ page: LibraryPage, state: AppState, library: Library) -> Document {
        let language = state.language
        let ascii = state.asciiOnly
        switch page {
        case .commonBase:
            return library.base.map { Document.commonBase($0, language: language) } ?? Document()
        case .method(let id):
            return library.method(id).map { Document.methodology($0, in: library, language: language, ascii: ascii) }
                ?? Document()
        case .theme(let id):
            if let prompt = library.prompt(id), prompt.theme == nil {
                return Document.meetingPrompts(prompt.kind, in: library, language: language, ascii: ascii)
            }
            let themeID = library.prompt(id)?.theme ?? id
            return library.theme(themeID).map { Document.theme($0, in: library, language: language, ascii: ascii) }
                ?? Document()
        case .meetingPrompts(let kind):
            return Document.meetingPrompts(kind, in: library, language: language, ascii: ascii)
        case .help(let id):
            return library.help.first { $0.id == id }.map {
                Document.help($0, in: library, language: language, today: today(state))
            } ?? Document()
        case .term(let term):
            return library.glossary.first { $0.term == term }.map { Document.term($0, language: language) }
                ?? Document()
        case .disclosure:
            return library.disclosure.map { Document.disclosure($0, language: language) } ?? Document()
        }
    }

    static func today(_ state: AppState) -> ContentDate {
        let parts = state.calendar.parts(of: state.now)
        return ContentDate(year: parts.year, month: parts.month, day: parts.day)
    }

    // MARK: - Tabs and search

    private static func drawTabLine(_ state: AppState, hits: [SearchHit]?, into canvas: inout Canvas) {
        let y = Chrome.topRows
        let language = state.language
        if let query = state.libraryState.query, let hits {
            let count = hits.count
            let used = canvas.text(" " + Text.searchLabel.localized(language), x: 0, y: y, style: .heading)
            let shown = canvas.text(query, x: used, y: y, style: .normal, maxWidth: canvas.width - used - 16)
            canvas.text(
                "  " + Text.resultCount(count).localized(language), x: used + shown + 1, y: y, style: .dim,
                maxWidth: max(0, canvas.width - used - shown - 2))
            return
        }
        var x = 1
        for tab in LibraryTab.allCases {
            let name = " " + Text.libraryTab(tab).localized(language) + " "
            x += canvas.text(name, x: x, y: y, style: tab == state.libraryState.tab ? .selected : .heading)
            x += 1
        }
    }

    private static func drawSearchBar(_ state: AppState, into canvas: inout Canvas) {
        let y = canvas.height - 1
        canvas.fill(y: y, style: .normal)
        canvas.text("/", x: 0, y: y)
        TextFieldView.draw(state.libraryState.search ?? TextField(), x: 1, y: y, width: canvas.width - 2, into: &canvas)
    }

    // MARK: - Lists

    private static func drawList(
        _ state: AppState, library: Library, hits: [SearchHit]?, top: Int, rows: Int, into canvas: inout Canvas
    ) {
        let items = hits?.map { LibraryState.page(for: $0, in: library) } ?? state.libraryState.rows(in: library)
        guard !items.isEmpty else {
            let text = state.libraryState.query.map { Text.noResults($0) } ?? .libraryEmpty
            canvas.text(" " + text.localized(state.language), x: 1, y: top, style: .dim)
            return
        }
        let selected = min(state.libraryState.currentSelection, items.count - 1)
        let first = max(0, min(selected - rows / 2, items.count - rows))
        for index in first..<min(items.count, first + rows) {
            let y = top + index - first
            let isSelected = index == selected
            canvas.markRow(y: y, steps: index - selected)
            if isSelected {
                canvas.fill(y: y, style: .selected)
                canvas.text(canvas.glyphs.pointer, x: 0, y: y, style: .selected)
            }
            let row = Row(
                items[index], hit: hits?[index], state: state, library: library, ascii: canvas.glyphs == .ascii)
            var x = 2
            if let (mark, style) = row.mark {
                x += canvas.text(mark + " ", x: x, y: y, style: isSelected ? .selected : style)
            }
            x += canvas.text(
                row.title, x: x, y: y, style: isSelected ? .selected : .normal, maxWidth: canvas.width - x - 1)
            if !row.detail.isEmpty, x < canvas.width - 8 {
                canvas.text(
                    "  " + row.detail, x: x, y: y, style: isSelected ? .selected : .dim, maxWidth: canvas.width - x - 1)
            }
        }
    }

    /// One line of a list: an optional marker, a title and a dimmed detail.
    private struct Row {
        var mark: (String, Style)?
        var title: String
        var detail = ""

        init(_ page: LibraryPage, hit: SearchHit?, state: AppState, library: Library, ascii: Bool) {
            let language = state.language
            func temperature(_ t: Temperature) -> (String, Style) {
                (TemperatureMark.symbol(t, ascii: ascii), TemperatureMark.style(t))
            }
            if let hit {
                title = hit.title
                detail =
                    hit.passage?.place(in: library, language: language, separator: ascii ? "-" : "·")
                    ?? Text.hitKind(hit.kind).localized(language)
                mark = hit.temperature.map(temperature)
                return
            }
            switch page {
            case .commonBase:
                title = LibraryText.commonBaseTitle.localized(language)
                detail = Text.commonBaseSummary.localized(language)
            case .method(let id):
                let method = library.method(id)
                title = method.map { "\($0.organisation.short) \(ascii ? "-" : "·") \($0.name)" } ?? id
                detail = method?.summary ?? ""
            case .theme(let id):
                let theme = library.theme(id)
                mark = theme.map { temperature($0.temperature) }
                title = theme?.name ?? id
                detail =
                    theme.map {
                        LibraryText.temperatureName($0.temperature).localized(language) + ", "
                            + "\(library.prompts(theme: $0.id).count) prompts"
                    } ?? ""
            case .meetingPrompts(let kind):
                mark = temperature(.koud)
                title = LibraryText.promptKindName(kind).localized(language)
                detail = "\(library.prompts.filter { $0.kind == kind }.count) prompts"
            case .help(let id):
                let entry = library.help.first { $0.id == id }
                let outdated = entry?.checked.isOlder(thanMonths: 12, before: LibraryScreen.today(state)) ?? false
                mark = entry?.acute == true ? ("!", .error) : outdated ? ("?", .warning) : (" ", .normal)
                title = entry?.name ?? id
                detail = [
                    entry?.phone, entry?.professionalsOnly == true ? Text.professionalsOnly.localized(language) : nil,
                    entry?.hasContact == false ? HelpCardText.noContact(language) : nil,
                ]
                .compactMap { $0 }.joined(separator: " · ")
            case .disclosure:
                mark = ("!", .accent)
                title = library.disclosure?.title ?? ""
                detail = library.disclosure?.short.first?.text ?? ""
            case .term(let term):
                title = term
                detail = library.glossary.first { $0.term == term }?.text ?? ""
            }
        }
    }
}
