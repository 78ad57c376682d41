extension AppState {
    // MARK: - The list of a tab, or of search results

    mutating func performInLibraryList(_ command: Command) -> [Effect] {
        status = nil
        let count = library.map { libraryState.rows(in: $0).count } ?? 0
        var row = libraryState.currentSelection
        switch command {
        case .moveUp: row -= 1
        case .moveDown: row += 1
        case .pageUp: row -= libraryPageSize
        case .pageDown: row += libraryPageSize
        case .moveFirst: row = 0
        case .moveLast: row = count - 1
        case .nextTab, .previousTab:
            guard libraryState.query == nil else { break }
            let step = command == .nextTab ? 1 : LibraryTab.allCases.count - 1
            libraryState.tab = LibraryTab(rawValue: (libraryState.tab.rawValue + step) % LibraryTab.allCases.count)!
            return []
        case .open, .submit:
            guard let library, libraryState.rows(in: library).indices.contains(row) else { break }
            libraryState.page = libraryState.rows(in: library)[row]
            libraryState.scroll = 0
            libraryState.pageLines = 0
        case .search:
            libraryState.query = libraryState.query ?? ""
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
        case .help: overlay = .help(offset: 0)
        case .openCommandLine: overlay = .commandLine(text: "")
        case .redraw: return [.redrawAll]
        case .quit:
            isQuitting = true
            return [.quit]
        case .openLibrary, .deleteBackward: break
        }
        libraryState.currentSelection = min(max(row, 0), max(count - 1, 0))
        return []
    }

    // MARK: - An open page

    mutating func performOnLibraryPage(_ command: Command) -> [Effect] {
        status = nil
        var scroll = libraryState.scroll
        switch command {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= libraryPageSize
        case .pageDown: scroll += libraryPageSize
        case .moveFirst: scroll = 0
        case .moveLast: scroll = maxPageScroll
        case .closeOverlay, .previousTab:
            libraryState.page = nil
            return []
        case .search:
            libraryState.page = nil
            libraryState.query = ""
            libraryState.typing = true
            return []
        case .help: overlay = .help(offset: 0)
        case .openCommandLine: overlay = .commandLine(text: "")
        case .redraw: return [.redrawAll]
        case .quit:
            isQuitting = true
            return [.quit]
        case .nextTab, .open, .submit, .openLibrary, .deleteBackward: break
        }
        libraryState.scroll = min(max(scroll, 0), maxPageScroll)
        return []
    }

    // MARK: - Typing a search

    mutating func performInLibrarySearch(_ command: Command) -> [Effect] {
        switch command {
        case .submit:
            libraryState.typing = false
            if libraryState.query?.isEmpty ?? true { libraryState.query = nil }
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
