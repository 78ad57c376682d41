extension AppState {
    // MARK: - The list of a tab, or of search results

    mutating func performInLibraryList(_ command: Command) -> [Effect] {
        status = nil
        let rows = library.map { libraryState.rows(in: $0) } ?? []
        if let row = command.moved(from: libraryState.currentSelection, last: rows.count - 1, page: libraryPageSize) {
            libraryState.currentSelection = row
            return []
        }
        switch command {
        case .nextTab, .previousTab:
            // From search results, Tab leaves the search for the next tab.
            libraryState.query = nil
            libraryState.resultSelection = 0
            let step = command == .nextTab ? 1 : LibraryTab.allCases.count - 1
            libraryState.tab = LibraryTab(rawValue: (libraryState.tab.rawValue + step) % LibraryTab.allCases.count)!
            return []
        case .open, .submit:
            openSelectedRow(of: rows)
        case .search:
            libraryState.query = ""
            libraryState.resultSelection = 0
            libraryState.typing = true
        case .closeOverlay:
            // Esc leaves the search results first, then the bibliotheek.
            if libraryState.query != nil {
                libraryState.query = nil
                libraryState.resultSelection = 0
            } else {
                screen = .start
            }
            return []
        default: return performOnAnyScreen(command)
        }
        return []
    }

    // MARK: - An open page

    mutating func performOnLibraryPage(_ command: Command) -> [Effect] {
        status = nil
        if let scroll = command.moved(from: libraryState.scroll, last: maxPageScroll, page: libraryPageSize) {
            libraryState.scroll = scroll
            return []
        }
        switch command {
        case .closeOverlay:
            libraryState.page = nil
            return []
        case .search:
            libraryState.page = nil
            libraryState.query = ""
            libraryState.typing = true
            return []
        default: return performOnAnyScreen(command)
        }
        return []
    }

    // MARK: - Typing a search

    mutating func performInLibrarySearch(_ command: Command) -> [Effect] {
        let rows = library.map { libraryState.rows(in: $0) } ?? []
        if let row = command.moved(from: libraryState.resultSelection, last: rows.count - 1, page: libraryPageSize) {
            libraryState.resultSelection = row
            return []
        }
        switch command {
        case .submit:
            // Enter opens the chosen result; with nothing typed it just stops the search.
            libraryState.typing = false
            if libraryState.query?.isEmpty ?? true {
                libraryState.query = nil
            } else {
                openSelectedRow(of: rows)
            }
        case .closeOverlay:
            libraryState.typing = false
            libraryState.query = nil
            libraryState.resultSelection = 0
        case .deleteBackward:
            if let query = libraryState.query, !query.isEmpty {
                libraryState.query = String(query.dropLast())
                libraryState.resultSelection = 0
            } else {
                libraryState.typing = false
                libraryState.query = nil
            }
        case .redraw: return [.redrawAll]
        default: break
        }
        return []
    }

    /// Opens the row under the cursor; a prompt from the search results opens its theme's page
    /// scrolled to that prompt.
    private mutating func openSelectedRow(of rows: [LibraryPage]) {
        let row = libraryState.currentSelection
        guard rows.indices.contains(row) else { return }
        libraryState.page = rows[row]
        libraryState.scroll = 0
        libraryState.pageLines = 0
        libraryState.focus = nil
        if let query = libraryState.query, let library {
            let hits = library.search(query)
            if hits.indices.contains(row), hits[row].kind == .prompt { libraryState.focus = hits[row].id }
        }
    }

    /// Rows a page key moves in the bibliotheek: its body, less a little context.
    private var libraryPageSize: Int { max(1, size.height - 8) }

    /// The furthest a page scrolls: its last line at the bottom of the body.
    var maxPageScroll: Int {
        max(0, libraryState.pageLines - Self.libraryBodyRows(in: size))
    }

    /// The rows of the bibliotheek's body: below the title, rule and tab line, above the status
    /// and hint lines. The screen draws exactly this many.
    package static func libraryBodyRows(in size: TerminalSize) -> Int {
        max(1, size.height - 5)
    }
}
