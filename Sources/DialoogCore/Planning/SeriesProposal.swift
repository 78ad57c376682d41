import Foundation

/// Why no proposal could be made for a series.
package enum ProposalProblem: Error, Equatable, Sendable {
    /// No methodology with this id in the library.
    case unknownMethod(String)
    /// The method lets the group choose: this many options, from these names.
    case choiceNeeded(choose: Int, options: [String])
    /// A chosen option that the method does not offer.
    case unknownOption(String, options: [String])
}

/// Turns a methodology into a concrete plan for one group: its three meetings with their
/// default agenda, the group's chosen themes ordered from cold to hot, prompts chosen for each
/// block, and a help card per meeting.
package enum SeriesProposal {
    /// The plan for a new series. `starts` gives the start of meeting 1, 2, 3 (missing or nil
    /// when not known yet). For a method where the group chooses, `series.groupChoice` holds
    /// the chosen options' names; the plan stores them in the order the meetings take them.
    package static func make(series: Series, library: Library, starts: [Date?]) throws(ProposalProblem) -> SeriesPlan {
        guard var method = library.method(series.methodId) else { throw .unknownMethod(series.methodId) }
        // The agenda written for this group: a variant of the method's when one fits better.
        method.meetings = method.meetings(for: library.agendaChoice(method: method.id, groups: series.groups).variant)
        var series = series
        let chosen = try orderedChoice(series.groupChoice, of: method, library: library)
        series.groupChoice = chosen.map(\.name)
        let assigned = assignChosenThemes(chosen, method: method, library: library)

        var used = Set<String>()
        var meetings: [MeetingPlan] = []
        for methodMeeting in method.meetings {
            var blocks = methodMeeting.agenda.enumerated().map { index, block in
                PlanBlock(
                    method: block,
                    theme: block.theme ?? assigned[BlockAddress(meeting: methodMeeting.number, block: index)],
                    chosenByGroup: block.groupTheme != nil)
            }
            if blocks.contains(where: \.chosenByGroup) { blocks = coldToHot(blocks, library: library) }
            for index in blocks.indices {
                blocks[index].prompts = pickPrompts(
                    for: blocks[index], in: blocks, meetingNumber: methodMeeting.number, groups: series.groups,
                    excluding: used, library: library)
                used.formUnion(blocks[index].prompts)
            }
            let themes = blocks.compactMap(\.theme)
            let meeting = Meeting(
                seriesId: series.id, number: methodMeeting.number, kind: .regular,
                startsAt: starts.indices.contains(methodMeeting.number - 1) ? starts[methodMeeting.number - 1] : nil,
                plannedMinutes: methodMeeting.minutes, purpose: methodMeeting.purpose,
                helpCard: library.helpEntries(themes: themes, municipality: series.municipality).map(\.id))
            meetings.append(MeetingPlan(meeting: meeting, blocks: blocks))
        }
        return SeriesPlan(series: series, meetings: meetings)
    }

    // MARK: - The group's choice

    /// The chosen options, found by name (case and accents ignored), ordered from cold to hot by
    /// their coolest theme, then their hottest; options equally hot keep the group's order.
    static func orderedChoice(_ names: [String], of method: Methodology, library: Library) throws(ProposalProblem)
        -> [Methodology.GroupChoice.Option]
    {
        guard let choice = method.groupChoice else { return [] }
        let optionNames = choice.options.map(\.name)
        var options: [Methodology.GroupChoice.Option] = []
        for name in names {
            guard let option = choice.options.first(where: { fold($0.name) == fold(name) }) else {
                throw .unknownOption(name, options: optionNames)
            }
            if !options.contains(option) { options.append(option) }
        }
        guard options.count == choice.choose else { throw .choiceNeeded(choose: choice.choose, options: optionNames) }
        let temperatures = { (option: Methodology.GroupChoice.Option) -> [Int] in
            option.themes.compactMap { library.theme($0)?.temperature.rank }
        }
        return options.enumerated().sorted { a, b in
            let (ta, tb) = (temperatures(a.element), temperatures(b.element))
            let (keyA, keyB) = ((ta.min() ?? 0, ta.max() ?? 0), (tb.min() ?? 0, tb.max() ?? 0))
            return keyA != keyB ? keyA < keyB : a.offset < b.offset
        }.map(\.element)
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }

    private struct BlockAddress: Hashable {
        var meeting: Int
        var block: Int
    }

    /// Gives every block with `group_theme: n` a theme of the n-th chosen option. When the
    /// option holds more themes, its blocks across the series take them in turn, coolest first.
    private static func assignChosenThemes(
        _ chosen: [Methodology.GroupChoice.Option], method: Methodology, library: Library
    ) -> [BlockAddress: String] {
        var result: [BlockAddress: String] = [:]
        for (offset, option) in chosen.enumerated() {
            let themes = option.themes.enumerated().sorted { a, b in
                let ta = library.theme(a.element)?.temperature ?? .koud
                let tb = library.theme(b.element)?.temperature ?? .koud
                return ta != tb ? ta < tb : a.offset < b.offset
            }.map(\.element)
            guard !themes.isEmpty else { continue }
            let slots = method.meetings.flatMap { meeting in
                meeting.agenda.indices.filter { meeting.agenda[$0].groupTheme == offset + 1 }
                    .map { BlockAddress(meeting: meeting.number, block: $0) }
            }
            for (index, slot) in slots.enumerated() {
                result[slot] = themes[min(index * themes.count / max(slots.count, 1), themes.count - 1)]
            }
        }
        return result
    }

    /// Puts the content blocks (kennis and kern) with a theme in cold-to-hot order, in the
    /// places such blocks already have, so welcome, pause and closing stay where they are.
    private static func coldToHot(_ blocks: [PlanBlock], library: Library) -> [PlanBlock] {
        let places = blocks.indices.filter { [.kennis, .kern].contains(blocks[$0].kind) && blocks[$0].theme != nil }
        let rank = { (block: PlanBlock) in block.theme.flatMap { library.theme($0)?.temperature.rank } ?? 0 }
        let sorted = places.map { blocks[$0] }.enumerated().sorted { a, b in
            rank(a.element) != rank(b.element) ? rank(a.element) < rank(b.element) : a.offset < b.offset
        }.map(\.element)
        var result = blocks
        for (place, block) in zip(places, sorted) { result[place] = block }
        return result
    }

    // MARK: - Prompts

    /// The prompts a block starts with: what its working form works with, on its theme, suited
    /// to the group, none used before in the series. In meeting 1 the coolest come first; later,
    /// those as warm as their theme.
    static func pickPrompts(
        for block: PlanBlock, in blocks: [PlanBlock], meetingNumber: Int, groups: [TargetGroup],
        excluding used: Set<String>, library: Library
    ) -> [String] {
        func pick(_ kind: PromptKind, theme: String?, count: Int) -> [String] {
            let target = theme.flatMap { library.theme($0)?.temperature }
            let candidates = library.pickablePrompts(theme: theme, groups: groups)
                .filter { $0.kind == kind && !used.contains($0.id) }
            let ordered = candidates.enumerated().sorted { a, b in
                let (pa, pb) = (a.element, b.element)
                let (ka, kb): (Int, Int)
                if meetingNumber == 1 || target == nil {
                    (ka, kb) = (pa.temperature.rank, pb.temperature.rank)
                } else {
                    (ka, kb) = (abs(target!.rank - pa.temperature.rank), abs(target!.rank - pb.temperature.rank))
                }
                return ka != kb ? ka < kb : a.offset < b.offset
            }
            return ordered.prefix(count).map(\.element.id)
        }
        switch block.kind {
        case .welkom:
            return pick(.opening, theme: nil, count: 1)
        case .afsluiting:
            let closing = pick(.afsluiting, theme: nil, count: 1)
            guard block.form == "huiswerk", let theme = blocks.last(where: { $0.theme != nil })?.theme else {
                return closing
            }
            return closing + pick(.huiswerk, theme: theme, count: 1)
        case .spelregels, .pauze, .terugblik:
            return []
        case .kennis:
            guard let theme = block.theme else { return [] }
            return pick(.vraag, theme: theme, count: 1)
        case .kern:
            guard let theme = block.theme else { return [] }
            switch block.form {
            case "stellingen": return pick(.stelling, theme: theme, count: 3)
            case "woordweb": return pick(.woordweb, theme: theme, count: 1)
            case "casus": return pick(.casus, theme: theme, count: 1) + pick(.vraag, theme: theme, count: 1)
            case "huiswerk": return pick(.huiswerk, theme: theme, count: 1)
            default: return pick(.vraag, theme: theme, count: 2)
            }
        }
    }
}
