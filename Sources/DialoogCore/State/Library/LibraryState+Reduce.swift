/// The bibliotheek's reducer: a tab's list or search results, an open page, and a search being
/// typed. It reads the library from the context and changes only its own state.
extension LibraryState {
    /// The bibliotheek's input mode now.
    package var inputMode: InputMode {
        if let form { return form.inputMode }
        return typing ? .librarySearch : page == nil ? .library : .libraryPage
    }

    /// The mode whose keys `?` lists over the bibliotheek (typing stops when help opens).
    package var helpSubject: InputMode {
        if let form { return form.inputMode }
        return page == nil ? .library : .libraryPage
    }

    package mutating func reduce(_ command: Command, in context: Context) -> Outcome {
        if var open = form {
            let outcome = open.reduce(command, in: context)
            form = open.closing ? nil : open
            if open.closing, returnsToPlanner { return outcome + .go(.backToPlanner) }
            return outcome
        }
        switch inputMode {
        case .librarySearch: return reduceInSearch(command, in: context)
        case .libraryPage: return reduceOnPage(command, in: context)
        default: return reduceInList(command, in: context)
        }
    }

    /// Text typed into the search.
    package mutating func type(_ text: String) {
        if form != nil {
            form?.type(text)
            return
        }
        guard typing else { return }
        var field = search ?? TextField()
        field.apply(.insert(text))
        search = field
        resultSelection = 0
    }

    // MARK: - The list of a tab, or of search results

    private mutating func reduceInList(_ command: Command, in context: Context) -> Outcome {
        let rows = context.library.map { self.rows(in: $0) } ?? []
        if let row = command.moved(from: currentSelection, last: rows.count - 1, page: Self.pageSize(context.size)) {
            currentSelection = row
            return Outcome(status: .clear)
        }
        switch command {
        case .nextTab, .previousTab:
            // From search results, Tab leaves the search for the next tab.
            query = nil
            resultSelection = 0
            let step = command == .nextTab ? 1 : LibraryTab.allCases.count - 1
            tab = LibraryTab(rawValue: (tab.rawValue + step) % LibraryTab.allCases.count)!
        case .open, .submit:
            openSelectedRow(of: rows, library: context.library)
        case .search:
            query = ""
            resultSelection = 0
            typing = true
        case .newLocalHelp, .editLocalHelp:
            let selected = rows.indices.contains(currentSelection) ? rows[currentSelection] : nil
            return openForm(command, on: selected, in: context)
        case .closeOverlay:
            // Esc leaves the search results first, then the bibliotheek.
            guard query != nil else { return .go(.start, status: .clear) }
            query = nil
            resultSelection = 0
        default: return .shell(command, status: .clear)
        }
        return Outcome(status: .clear)
    }

    // MARK: - An open page

    private mutating func reduceOnPage(_ command: Command, in context: Context) -> Outcome {
        if let moved = command.moved(from: scroll, last: maxScroll(in: context.size), page: Self.pageSize(context.size))
        {
            scroll = moved
            return Outcome(status: .clear)
        }
        switch command {
        case .closeOverlay:
            page = nil
        case .search:
            page = nil
            query = ""
            typing = true
        case .newLocalHelp, .editLocalHelp:
            return openForm(command, on: page, in: context)
        default: return .shell(command, status: .clear)
        }
        return Outcome(status: .clear)
    }

    // MARK: - The local help form

    /// Opens the form: empty for a new local entry, or for the help entry `row` (edited in place
    /// when it is local, else copied as a new local one). Only on the help tab.
    private mutating func openForm(_ command: Command, on row: LibraryPage?, in context: Context) -> Outcome {
        guard let library = context.library else { return .show(.localHelp(.libraryNotLoaded)) }
        let parts = context.calendar.parts(of: context.now)
        let today = ContentDate(year: parts.year, month: parts.month, day: parts.day)
        let entry: HelpEntry? =
            if case .help(let id) = row { library.help.first { $0.id == id } } else { nil }
        switch command {
        case .newLocalHelp:
            guard tab == .help || entry != nil else { return .show(.localHelp(.onlyOnHelpTab)) }
            form = LocalHelpForm(today: today)
        default:
            guard let entry else { return .show(.localHelp(.onlyOnHelpTab)) }
            form = LocalHelpForm(from: entry, today: today)
        }
        return Outcome(status: .clear)
    }

    /// The entry was written and the library read again: the form closes on the entry's page.
    package mutating func saved(_ entry: HelpEntry, in library: Library?) {
        form = nil
        typing = false
        query = nil
        tab = .help
        if let library {
            let rows = self.rows(in: library)
            if let index = rows.firstIndex(of: .help(entry.id)) { selection[.help] = index }
        }
        page = .help(entry.id)
        scroll = 0
        pageLines = 0
        focus = nil
    }

    // MARK: - Typing a search

    private mutating func reduceInSearch(_ command: Command, in context: Context) -> Outcome {
        let rows = context.library.map { self.rows(in: $0) } ?? []
        if let row = command.moved(from: resultSelection, last: rows.count - 1, page: Self.pageSize(context.size)) {
            resultSelection = row
            return .none
        }
        switch command {
        case .submit:
            // Enter opens the chosen result; with nothing typed it just stops the search.
            typing = false
            if query?.isEmpty ?? true {
                query = nil
            } else {
                openSelectedRow(of: rows, library: context.library)
            }
        case .closeOverlay:
            typing = false
            query = nil
            resultSelection = 0
        case .deleteBackward where query?.isEmpty ?? true:
            // Backspace with nothing typed stops the search.
            typing = false
            query = nil
        case let edit where edit.textEdit != nil:
            guard let textEdit = edit.textEdit else { break }
            var field = search ?? TextField()
            if field.apply(textEdit), field.text != query { resultSelection = 0 }
            search = field
        case .redraw: return Outcome([.redrawAll])
        default: break
        }
        return .none
    }

    /// Opens the row under the cursor; a prompt from the search results opens its theme's page
    /// scrolled to that prompt.
    private mutating func openSelectedRow(of rows: [LibraryPage], library: Library?) {
        let row = currentSelection
        guard rows.indices.contains(row) else { return }
        page = rows[row]
        scroll = 0
        pageLines = 0
        focus = nil
        anchors = []
        if let query, let library {
            let hits = library.search(query)
            if hits.indices.contains(row), hits[row].kind == .prompt { focus = hits[row].id }
            if hits.indices.contains(row), let passage = hits[row].passage { anchors = passage.anchors }
        }
    }

    // MARK: - Laying out a page

    /// The open page is `lines` long at the current width; `focusLine` is where the prompt it
    /// was opened for stands.
    package mutating func laidOut(lines: Int, focusLine: Int?, in size: TerminalSize) {
        pageLines = lines
        if let focusLine {
            // A line of context above the prompt, as far as the page allows.
            scroll = max(0, focusLine - 1)
            focus = nil
            anchors = []
        }
        scroll = min(scroll, maxScroll(in: size))
    }

    /// Rows a page key moves in the bibliotheek: its body, less a little context.
    static func pageSize(_ size: TerminalSize) -> Int { max(1, size.height - 8) }

    /// The furthest a page scrolls: its last line at the bottom of the body.
    package func maxScroll(in size: TerminalSize) -> Int {
        max(0, pageLines - Self.bodyRows(in: size))
    }

    /// The rows of the bibliotheek's body: below the title, rule and tab line, above the status
    /// and hint lines. The screen draws exactly this many.
    package static func bodyRows(in size: TerminalSize) -> Int {
        max(1, size.height - 5)
    }
}
