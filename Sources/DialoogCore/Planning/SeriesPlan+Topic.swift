import Foundation

/// A meeting's topic, as the method lets the trainer swap it: one of the group's choices
/// (Kezban, Mudawwanah: `group_choice` in the method's file) or, for a method without such a
/// list, one theme of the library (HTIB's "kies een ander onderwerp uit de HTIB-lijst": its
/// list of taboo topics is what the library's themes hold).
package struct MeetingTopic: Equatable, Sendable {
    /// The group-choice option's name; nil for a plain theme.
    package var option: String?
    /// The themes the topic puts on the blocks, in the option's order.
    package var themes: [String]
    /// The line the picker shows and finds it by.
    package var name: String

    /// The id the picker keeps for it: the option's name, or the theme's id.
    package var pickerId: String { option ?? themes.first ?? name }
}

extension SeriesPlan {
    /// The topics a meeting of a series of `method` can take: the method's group-choice
    /// options, or every theme of the library (cold to hot) when the method has none.
    package static func topics(method: Methodology?, library: Library) -> [MeetingTopic] {
        if let choice = method?.groupChoice {
            return choice.options.map { MeetingTopic(option: $0.name, themes: $0.themes, name: $0.name) }
        }
        return library.themes.map { MeetingTopic(option: nil, themes: [$0.id], name: $0.name) }
    }

    /// The topic of meeting `meeting` now: for a method where the group chooses, the option
    /// whose themes hold those of the meeting's blocks the group chose; otherwise the hottest
    /// theme of its kennis and kern blocks. Nil for a meeting without one.
    package func topic(meeting: Int, method: Methodology?, library: Library) -> MeetingTopic? {
        guard meetings.indices.contains(meeting) else { return nil }
        let blocks = meetings[meeting].blocks
        if method?.groupChoice != nil {
            let chosen = Set(blocks.filter(\.chosenByGroup).compactMap(\.theme))
            guard !chosen.isEmpty else { return nil }
            return Self.topics(method: method, library: library).first { chosen.isSubset(of: $0.themes) }
                ?? MeetingTopic(option: nil, themes: chosen.sorted(), name: chosen.sorted().joined(separator: ", "))
        }
        let content = blocks.filter { [.kennis, .kern].contains($0.kind) }.compactMap(\.theme)
        let hottest = content.enumerated().max { a, b in
            let (ta, tb) = (
                library.theme(a.element)?.temperature ?? .koud, library.theme(b.element)?.temperature ?? .koud
            )
            // The later of two equally hot themes is the one the meeting builds up to.
            return ta != tb ? ta < tb : a.offset < b.offset
        }?.element
        guard let hottest else { return nil }
        return MeetingTopic(option: nil, themes: [hottest], name: library.theme(hottest)?.name ?? hottest)
    }

    /// Puts `topic` in the place of the meeting's topic now, in that meeting and in every later
    /// meeting still planned that carries it (Mudawwanah's one choice spans meetings 2 and 3;
    /// HTIB's third meeting looks back on the second's topic): the blocks on the old topic take
    /// the new themes in turn, coolest first, with prompts picked for them as a proposal picks
    /// (none twice in the series); each changed meeting's help card gets the entries for the
    /// new themes; the group's choice names the new option. Returns the numbers of the
    /// meetings that changed; empty when there is nothing to swap.
    @discardableResult
    package mutating func swapTopic(
        meeting: Int, to topic: MeetingTopic, method: Methodology?, library: Library
    ) -> [Int] {
        guard let old = self.topic(meeting: meeting, method: method, library: library), old.themes != topic.themes,
            !topic.themes.isEmpty
        else { return [] }
        let byGroup = method?.groupChoice != nil
        let newThemes = topic.themes.enumerated().sorted { a, b in
            let ta = library.theme(a.element)?.temperature ?? .koud
            let tb = library.theme(b.element)?.temperature ?? .koud
            return ta != tb ? ta < tb : a.offset < b.offset
        }.map(\.element)
        // The places the old topic holds, meeting by meeting.
        var slots: [(meeting: Int, block: Int)] = []
        for m in meetings.indices where m >= meeting && (m == meeting || meetings[m].meeting.state == .planned) {
            for (b, block) in meetings[m].blocks.enumerated() {
                guard let theme = block.theme, old.themes.contains(theme) else { continue }
                if byGroup ? block.chosenByGroup : true { slots.append((m, b)) }
            }
        }
        guard !slots.isEmpty else { return [] }
        for (index, slot) in slots.enumerated() {
            let theme = newThemes[min(index * newThemes.count / slots.count, newThemes.count - 1)]
            meetings[slot.meeting].blocks[slot.block].theme = theme
            meetings[slot.meeting].blocks[slot.block].prompts = []
        }
        // Prompts for the changed blocks, none that the series already has.
        var used = Set(meetings.flatMap { $0.blocks.flatMap(\.prompts) })
        for slot in slots {
            let blocks = meetings[slot.meeting].blocks
            let picked = SeriesProposal.pickPrompts(
                for: blocks[slot.block], in: blocks, meetingNumber: meetings[slot.meeting].meeting.number,
                groups: series.groups, excluding: used, library: library)
            meetings[slot.meeting].blocks[slot.block].prompts = picked
            used.formUnion(picked)
        }
        let changed = Array(Set(slots.map(\.meeting))).sorted()
        let entries = library.helpEntries(themes: newThemes, municipality: series.municipality).map(\.id)
        for m in changed {
            for entry in entries where !meetings[m].meeting.helpCard.contains(entry) {
                meetings[m].meeting.helpCard.append(entry)
            }
        }
        if let from = old.option, let to = topic.option {
            var names: [String] = []
            for name in series.groupChoice.map({ $0 == from ? to : $0 }) where !names.contains(name) {
                names.append(name)
            }
            series.groupChoice = names
        }
        return changed.map { meetings[$0].meeting.number }
    }
}
