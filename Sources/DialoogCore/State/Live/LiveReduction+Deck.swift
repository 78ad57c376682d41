import Foundation

/// The prompt deck of the current block, the library over it, and raised themes.
extension LiveReduction {
    /// The cards of the current block's deck.
    var liveDeck: [DeckCard] {
        guard let meeting = live.meeting, let block = meeting.currentBlock else { return [] }
        return meeting.deck(for: block)
    }

    /// What the library over the deck lists: the block's theme, all themes, or a search.
    var liveLibraryPrompts: [Prompt] {
        guard case .deck(let panel) = live.panel, let picker = panel.picker, let library,
            let meeting = live.meeting, let block = meeting.currentBlock
        else { return [] }
        return picker.prompts(for: block, groups: meeting.series.groups, library: library)
    }

    mutating func performInDeck(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .deck(var panel) = live.panel, let meeting = live.meeting, let block = meeting.currentBlock else {
            live.panel = nil
            return []
        }
        if let raising = panel.raising {
            switch command {
            case .confirm:
                let stating = panel.stating
                panel.raising = nil
                panel.stating = false
                live.panel = .deck(panel)
                let text = raising.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { return [] }
                if stating { return addStatement(text) }
                outcome.status = .show(.live(.themeSaved(text)))
                let moment = now
                let id = ids.next()
                return change(.themeRaised(text)) { record, meeting in
                    record.raisedThemes.append(
                        RaisedTheme(id: id, meetingId: meeting.meeting.id, blockId: block.id, at: moment, text: text))
                }
            case let command where command.textEdit != nil:
                guard let textEdit = command.textEdit else { break }
                panel.raisingField?.apply(textEdit)
            case .closeOverlay:
                panel.raising = nil
                panel.stating = false
            case .redraw: return [.redrawAll]
            default: return performOnAnyScreen(command)
            }
            live.panel = .deck(panel)
            return []
        }
        if let picker = panel.picker {
            return performInDeckLibrary(command, picker: picker, panel: panel, block: block)
        }
        let deck = meeting.deck(for: block)
        // The block's questions follow the cards, to be marked asked the same way.
        let questionIndex = panel.row - deck.count
        let question = block.questions.indices.contains(questionIndex) ? block.questions[questionIndex] : nil
        // Then the group's own statements, as cards to read out.
        let statements = meeting.seriesStatements
        let statementIndex = questionIndex - block.questions.count
        let statement = statements.indices.contains(statementIndex) ? statements[statementIndex] : nil
        let rows = deck.count + block.questions.count + statements.count
        if let row = command.moved(from: panel.row, last: rows - 1, page: livePageSize) {
            panel.row = row
            live.panel = .deck(panel)
            return []
        }
        let card = deck.indices.contains(panel.row) ? deck[panel.row] : nil
        let marks: [Command] = [.toggle, .responseOpen, .responseMixed, .responseResistance, .responseSilence]
        if let statement, marks.contains(command) {
            outcome.status = .show(.live(.statementNotMarked(meeting: statement.meeting)))
            return []
        }
        switch command {
        case .toggle:
            if let question { return toggleQuestion(question, in: block) }
            guard let card else { return [] }
            if let use = card.use {
                let effects = change(.promptUnmarked(card.promptId)) { record, _ in
                    record.promptUses.removeAll { $0.id == use.id }
                }
                clampDeckRow()
                return effects
            }
            return use(card.promptId, planned: card.planned, in: block, response: nil)
        case .responseOpen, .responseMixed, .responseResistance, .responseSilence:
            guard let card else { return [] }
            let response: PromptUse.Response =
                switch command {
                case .responseOpen: .open
                case .responseMixed: .gemengd
                case .responseResistance: .weerstand
                default: .stilte
                }
            return use(card.promptId, planned: card.planned, in: block, response: response)
        case .search:
            panel.picker = PromptPicker(query: "", typing: true)
            live.panel = .deck(panel)
        case .raiseTheme:
            panel.raising = ""
            live.panel = .deck(panel)
        case .addStatement:
            panel.raisingField = TextField(limit: SeriesPrompt.maxLength)
            panel.stating = true
            live.panel = .deck(panel)
        case .closeOverlay:
            live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func performInDeckLibrary(
        _ command: Command, picker: PromptPicker, panel: DeckPanel, block: PlanBlock
    ) -> [Effect] {
        var panel = panel
        var picker = picker
        let prompts = liveLibraryPrompts
        if let row = command.moved(from: picker.selection, last: prompts.count - 1, page: livePageSize) {
            picker.selection = row
            panel.picker = picker
            live.panel = .deck(panel)
            return []
        }
        if picker.typing {
            switch command {
            case .submit:
                picker.typing = false
                if picker.query?.isEmpty ?? true { picker.query = nil }
            case .deleteBackward where picker.query?.isEmpty ?? true:
                // Backspace with nothing typed leaves the search.
                picker = PromptPicker(scope: picker.scope)
            case let command where command.textEdit != nil:
                guard let textEdit = command.textEdit else { break }
                _ = picker.edit(textEdit)
            case .closeOverlay:
                panel.picker = nil
                live.panel = .deck(panel)
                return []
            case .redraw:
                return [.redrawAll]
            default:
                break
            }
            panel.picker = picker
            live.panel = .deck(panel)
            return []
        }
        switch command {
        case .toggle:
            guard prompts.indices.contains(picker.selection) else { return [] }
            let prompt = prompts[picker.selection]
            panel.picker = nil
            live.panel = .deck(panel)
            let effects = use(prompt.id, planned: block.prompts.contains(prompt.id), in: block, response: nil)
            let deck = liveDeck
            panel.row = deck.firstIndex { $0.promptId == prompt.id } ?? panel.row
            live.panel = .deck(panel)
            return effects
        case .allThemes:
            picker.scope = picker.scope == .theme ? .all : .theme
            picker.selection = 0
        case .search:
            picker.typing = true
            picker.query = picker.query ?? ""
        case .closeOverlay:
            panel.picker = nil
            live.panel = .deck(panel)
            return []
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        panel.picker = picker
        live.panel = .deck(panel)
        return []
    }

    /// Marks a prompt used in a block, with a response if one is given; a prompt already
    /// used keeps its first time.
    mutating func use(
        _ promptId: String, planned: Bool, in block: PlanBlock, response: PromptUse.Response?
    ) -> [Effect] {
        let moment = now
        let id = ids.next()
        let what: LiveChange =
            response.map { .responseNoted($0) } ?? (planned ? .promptUsed(promptId) : .unplannedPromptTaken(promptId))
        return change(what) { record, meeting in
            if let index = record.promptUses.firstIndex(where: { $0.blockId == block.id && $0.promptId == promptId }) {
                if let response { record.promptUses[index].response = response }
            } else {
                record.promptUses.append(
                    PromptUse(
                        id: id, meetingId: meeting.meeting.id, blockId: block.id, promptId: promptId, planned: planned,
                        usedAt: moment, response: response))
            }
        }
    }

    /// Marks one of the block's questions asked, or takes the mark back.
    mutating func toggleQuestion(_ question: String, in block: PlanBlock) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        if let use = meeting.questionUse(question, in: block) {
            return change(.questionUnmarked(question)) { record, _ in
                record.questionsUsed.removeAll { $0.id == use.id }
            }
        }
        let moment = now
        let id = ids.next()
        return change(.questionUsed(question)) { record, meeting in
            record.questionsUsed.append(
                QuestionUse(id: id, meetingId: meeting.meeting.id, blockId: block.id, text: question, at: moment))
        }
    }

    mutating func clampDeckRow() {
        guard case .deck(var panel) = live.panel else { return }
        let questions = live.meeting?.currentBlock?.questions.count ?? 0
        let statements = live.meeting?.seriesStatements.count ?? 0
        panel.row = min(panel.row, max(liveDeck.count + questions + statements - 1, 0))
        live.panel = .deck(panel)
    }

    /// A statement a participant phrased, kept as the series' own prompt: stored with this
    /// meeting's record (so undo takes it back) and so used in it; each text once.
    mutating func addStatement(_ text: String) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        outcome.status = .show(.live(.statementSaved(text)))
        if meeting.seriesStatements.contains(where: { $0.text.lowercased() == text.lowercased() }) { return [] }
        let moment = now
        let id = ids.next()
        return change(.statementAdded(text)) { record, meeting in
            record.statements.append(
                SeriesPrompt(id: id, seriesId: meeting.series.id, meetingId: meeting.meeting.id, at: moment, text: text)
            )
        }
    }
}
