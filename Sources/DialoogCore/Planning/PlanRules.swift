import Foundation

/// The planner's rules: pure checks of a plan against the principles of the methods. Each
/// warning cites the principle it comes from; none of them blocks saving.
package enum PlanRules {
    /// Working forms in which statements are talked about rather than debated.
    static let dialogueForms: Set<String> = ["dialoog", "duos"]

    /// Every warning (and hint) for a plan, meeting by meeting in plan order, then those about the series.
    /// `signals` are the signals logged so far, by meeting id: they bring entries onto later cards.
    /// `ledger` is what the meetings held so far used: a held meeting counts by the prompts it
    /// used (planned or not), a meeting still to come by the prompts planned for it.
    package static func check(
        _ plan: SeriesPlan, library: Library, signals: [String: [Signal]] = [:], ledger: Ledger = Ledger()
    ) -> [PlanWarning] {
        let temperature = { (theme: String?) in theme.flatMap { library.theme($0)?.temperature } }
        // First, as it concerns the whole plan: an agenda written for another group.
        var warnings: [PlanWarning] = agendaWarning(plan, library: library).map { [$0] } ?? []
        var firstUse: [String: Int] = [:]
        var withoutContact = Set<String>()
        var hinted = Set<String>()
        for (meetingIndex, meetingPlan) in plan.meetings.enumerated() {
            let number = meetingPlan.meeting.number
            let blocks = meetingPlan.blocks
            func warn(_ kind: PlanWarning.Kind, _ block: PlanBlock? = nil, _ principle: PrincipleKey) {
                warnings.append(
                    PlanWarning(
                        kind: kind, meeting: number, blockId: block?.id, principle: library.principleName(principle)))
            }

            // Cold to hot inside the meeting. A look back at last time's theme does not count.
            var hottest: (theme: String, temperature: Temperature)?
            for block in blocks where block.kind != .terugblik {
                guard let theme = block.theme, let its = temperature(theme) else { continue }
                if let before = hottest, its < before.temperature {
                    warn(
                        .hotterBeforeCooler(theme: theme, after: before.theme), block, .principle("Van koud naar heet"))
                } else if hottest == nil || its > hottest!.temperature {
                    hottest = (theme, its)
                }
            }

            // No hot theme in the first meeting, unless the group chose it itself.
            if meetingPlan.meeting.kind == .regular, number == 1 {
                var seen = Set<String>()
                for block in blocks where !block.chosenByGroup {
                    guard let theme = block.theme, temperature(theme) == .heet, seen.insert(theme).inserted else {
                        continue
                    }
                    warn(.hotInFirstMeeting(theme: theme), block, .caution("gevoeligste-themas-niet-eerst"))
                }
            }

            if let planned = meetingPlan.meeting.plannedMinutes, meetingPlan.totalMinutes > planned {
                warn(
                    .overLength(minutes: meetingPlan.totalMinutes, planned: planned), nil, .tip("Houd het realistisch"))
            }

            if let held = ledger.entry(meetingPlan.meeting.id), held.held {
                // History, not a plan: nothing to warn about, but what it used counts later.
                for prompt in held.promptsUsed where firstUse[prompt] == nil { firstUse[prompt] = number }
            } else {
                for block in blocks {
                    for prompt in block.prompts {
                        if let earlier = firstUse[prompt] {
                            warn(
                                .promptRepeated(prompt: prompt, otherMeeting: earlier), block,
                                .principle("Stap voor stap, met een lange adem"))
                        } else {
                            firstUse[prompt] = number
                        }
                    }
                }
            }

            for (index, block) in blocks.enumerated() where holdsStatements(block, library: library) {
                if !hasDialogueAround(index, in: blocks) {
                    warn(.statementsWithoutDialogue, block, .caution("debat-werkt-averechts"))
                }
            }

            // A hot theme needs somewhere to refer to on the meeting's help card, and a line
            // that is open day and night for it.
            let card = plan.helpCard(meeting: meetingIndex, library: library, signals: signals).entries
            var checked = Set<String>()
            for block in blocks {
                guard let theme = block.theme, temperature(theme) == .heet, checked.insert(theme).inserted else {
                    continue
                }
                if !card.contains(where: { !$0.acute && $0.themes.contains(theme) }) {
                    warn(.hotThemeWithoutHelp(theme: theme), block, .caution("doorverwijzen"))
                } else if !card.contains(where: { $0.kind == .lijn247 && $0.themes.contains(theme) }) {
                    let known = library.help.contains { entry in
                        entry.kind == .lijn247 && entry.themes.contains(theme)
                            && (entry.municipality == nil
                                || sameMunicipality(entry.municipality, plan.series.municipality))
                    }
                    // A hint (none is known) once per series; a warning in every meeting it concerns.
                    if known || hinted.insert(theme).inserted {
                        warn(
                            .hotThemeWithoutAllHoursLine(theme: theme, noneKnown: !known), block,
                            .caution("doorverwijzen"))
                    }
                }
            }

            // Every entry on a card says how to reach it: once per series, where it first appears.
            for entry in card where !entry.hasContact && withoutContact.insert(entry.id).inserted {
                warn(.entryWithoutContact(entry: entry.id), nil, .caution("doorverwijzen"))
            }
        }
        if let municipality = plan.series.municipality?.trimmingCharacters(in: .whitespaces), !municipality.isEmpty {
            let local = library.help.filter { $0.municipality != nil }
            if !local.contains(where: { sameMunicipality($0.municipality, municipality) }) {
                warnings.append(
                    PlanWarning(
                        kind: .noLocalEntries(municipality: municipality, noneKnown: local.isEmpty), meeting: nil,
                        principle: library.principleName(.caution("doorverwijzen"))))
            }
        }
        if let peak = peakWarning(plan, temperature: temperature, library: library) { warnings.append(peak) }
        return warnings
    }

    static func sameMunicipality(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a.trimmingCharacters(in: .whitespaces).lowercased()
            == b.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A block works with statements when its form is statements or it holds a statement.
    static func holdsStatements(_ block: PlanBlock, library: Library) -> Bool {
        block.form == "stellingen" || block.prompts.contains { library.prompt($0)?.kind == .stelling }
    }

    /// Dialogue in the block itself, or in the nearest block before or after it (a pause in
    /// between does not count as a block).
    static func hasDialogueAround(_ index: Int, in blocks: [PlanBlock]) -> Bool {
        if dialogueForms.contains(blocks[index].form) { return true }
        let before = blocks[..<index].last { $0.kind != .pauze }
        let after = blocks[(index + 1)...].first { $0.kind != .pauze }
        return [before, after].contains { $0.map { dialogueForms.contains($0.form) } ?? false }
    }

    /// The method's agenda (and each of its variants) is written for other groups than the
    /// series': the proposal was not written for this group.
    static func agendaWarning(_ plan: SeriesPlan, library: Library) -> PlanWarning? {
        let choice = library.agendaChoice(method: plan.series.methodId, groups: plan.series.groups)
        guard !choice.fits else { return nil }
        return PlanWarning(
            kind: .agendaForOtherGroup(writtenFor: choice.writtenFor, groups: plan.series.groups), meeting: nil,
            principle: library.principleName(.tip("Wees flexibel")))
    }

    /// The series should grow warmer after its first meeting. Themes the group chose do not
    /// count: the group set their order itself.
    private static func peakWarning(
        _ plan: SeriesPlan, temperature: (String?) -> Temperature?, library: Library
    ) -> PlanWarning? {
        func peak(_ meeting: MeetingPlan) -> Temperature? {
            meeting.blocks.filter { !$0.chosenByGroup && $0.kind != .terugblik }.compactMap { temperature($0.theme) }
                .max()
        }
        let held = plan.meetings.filter { $0.meeting.kind != .aftercare }
        guard let first = held.first(where: { $0.meeting.kind == .regular && $0.meeting.number == 1 }),
            let start = peak(first)
        else { return nil }
        guard let later = held.filter({ $0.id != first.id }).compactMap(peak).max(), later <= start else { return nil }
        return PlanWarning(
            kind: .peakDoesNotRise(first: start, later: later), meeting: nil,
            principle: library.principleName(.principle("Stap voor stap, met een lange adem")))
    }
}
