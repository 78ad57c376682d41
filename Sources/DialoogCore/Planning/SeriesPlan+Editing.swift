import Foundation

/// The edits a trainer makes in the planner. Meetings and blocks are addressed by index in
/// `meetings` and in a meeting's `blocks`; an index out of range changes nothing. Each edit
/// returns where the cursor belongs afterwards. The ids of what an edit makes come from `ids`:
/// the context's id source when the reducer edits, so a replay makes the same ids.
extension SeriesPlan {
    /// Adds an empty dialogue block after `block` (or at the start when nil) and returns its index.
    @discardableResult
    /// `template` is a block from the method's agenda or a working form (`ChoicePicker.newBlocks`);
    /// it gets a fresh id, and a core block without a theme of its own takes the one before it.
    package mutating func addBlock(meeting: Int, after block: Int?, ids: IdSource, template: PlanBlock? = nil) -> Int? {
        guard meetings.indices.contains(meeting) else { return nil }
        let at = min((block ?? -1) + 1, meetings[meeting].blocks.count)
        let theme = meetings[meeting].blocks.indices.contains(at - 1) ? meetings[meeting].blocks[at - 1].theme : nil
        // A block the trainer adds is the trainer's.
        var added =
            template ?? PlanBlock(title: "Nieuw blok", kind: .kern, form: "dialoog", minutes: 15, provenance: .trainer)
        added.id = ids.next()
        if added.theme == nil, added.kind == .kern { added.theme = theme }
        meetings[meeting].blocks.insert(added, at: at)
        return at
    }

    /// Removes a block and returns the index of the block now under the cursor.
    @discardableResult
    package mutating func removeBlock(meeting: Int, block: Int) -> Int? {
        guard meetings.indices.contains(meeting), meetings[meeting].blocks.indices.contains(block) else { return nil }
        meetings[meeting].blocks.remove(at: block)
        return meetings[meeting].blocks.isEmpty ? nil : min(block, meetings[meeting].blocks.count - 1)
    }

    /// Moves a block up (negative) or down (positive) within its meeting; returns its new index.
    @discardableResult
    package mutating func moveBlock(meeting: Int, block: Int, by offset: Int) -> Int {
        guard meetings.indices.contains(meeting), meetings[meeting].blocks.indices.contains(block) else { return block }
        let target = min(max(block + offset, 0), meetings[meeting].blocks.count - 1)
        let moved = meetings[meeting].blocks.remove(at: block)
        meetings[meeting].blocks.insert(moved, at: target)
        return target
    }

    /// Copies a block right after itself, under a new id and without its prompts (a prompt is
    /// used once in a series). Returns the copy's index.
    @discardableResult
    package mutating func duplicateBlock(meeting: Int, block: Int, ids: IdSource) -> Int? {
        guard meetings.indices.contains(meeting), meetings[meeting].blocks.indices.contains(block) else { return nil }
        var copy = meetings[meeting].blocks[block]
        copy.id = ids.next()
        copy.prompts = []
        meetings[meeting].blocks.insert(copy, at: block + 1)
        return block + 1
    }

    /// Adds or removes a prompt on a block.
    package mutating func togglePrompt(_ promptId: String, meeting: Int, block: Int) {
        guard meetings.indices.contains(meeting), meetings[meeting].blocks.indices.contains(block) else { return }
        if let index = meetings[meeting].blocks[block].prompts.firstIndex(of: promptId) {
            meetings[meeting].blocks[block].prompts.remove(at: index)
        } else {
            meetings[meeting].blocks[block].prompts.append(promptId)
        }
    }

    /// Changes a block's minutes by `delta`, within the allowed range.
    package mutating func changeMinutes(meeting: Int, block: Int, by delta: Int) {
        guard meetings.indices.contains(meeting), meetings[meeting].blocks.indices.contains(block) else { return }
        let minutes = Limits.add(meetings[meeting].blocks[block].minutes, delta)
        meetings[meeting].blocks[block].minutes = min(
            max(minutes, PlanBlock.minuteRange.lowerBound), PlanBlock.minuteRange.upperBound)
    }

    /// Changes the minutes a meeting is planned for by `delta`, within `MeetingEditor.minuteRange`;
    /// a meeting without planned minutes starts from its agenda's total.
    package mutating func changePlannedMinutes(meeting: Int, by delta: Int) {
        guard meetings.indices.contains(meeting) else { return }
        let range = MeetingEditor.minuteRange
        let minutes = Limits.add(meetings[meeting].meeting.plannedMinutes ?? meetings[meeting].totalMinutes, delta)
        meetings[meeting].meeting.plannedMinutes = min(max(minutes, range.lowerBound), range.upperBound)
    }

    /// Puts a help entry on a meeting's help card (at the end), or takes it off.
    package mutating func toggleHelpEntry(_ entryId: String, meeting: Int) {
        guard meetings.indices.contains(meeting) else { return }
        if let index = meetings[meeting].meeting.helpCard.firstIndex(of: entryId) {
            meetings[meeting].meeting.helpCard.remove(at: index)
        } else {
            meetings[meeting].meeting.helpCard.append(entryId)
        }
    }

    /// Fills a meeting's help card anew from the themes of its blocks, as a proposal does.
    package mutating func refillHelpCard(meeting: Int, library: Library) {
        guard meetings.indices.contains(meeting) else { return }
        let themes = meetings[meeting].blocks.compactMap(\.theme)
        meetings[meeting].meeting.helpCard =
            library.helpEntries(themes: themes, municipality: series.municipality).map(\.id)
    }

    /// Adds an extra meeting (after the regular ones) or the aftercare meeting, and returns its
    /// index. An extra meeting starts with a welcome, a dialogue and a closing; the aftercare
    /// meeting is added once, with the method's aftercare text as its purpose.
    @discardableResult
    package mutating func addMeeting(
        kind: Meeting.Kind, method: Methodology?, startsAt: Date? = nil, ids: IdSource
    ) -> Int? {
        guard kind != .regular else { return nil }
        if kind == .aftercare, meetings.contains(where: { $0.meeting.kind == .aftercare }) { return nil }
        let number = (meetings.map(\.meeting.number).max() ?? 0) + 1
        let theme = meetings.last(where: { $0.meeting.kind != .aftercare })?.blocks.last(where: { $0.theme != nil })?
            .theme
        let purpose = kind == .aftercare ? (method?.aftercare?.text ?? "") : ""
        let meeting = Meeting(
            id: ids.next(), seriesId: series.id, number: number, kind: kind, startsAt: startsAt, plannedMinutes: 90,
            purpose: purpose,
            helpCard: meetings.last?.meeting.helpCard ?? [])
        let blocks = [
            PlanBlock(id: ids.next(), title: "Welkom en terugblik", kind: .terugblik, form: "dialoog", minutes: 20),
            PlanBlock(id: ids.next(), title: "Gesprek", kind: .kern, form: "dialoog", minutes: 50, theme: theme),
            PlanBlock(id: ids.next(), title: "Afsluiting", kind: .afsluiting, form: "dialoog", minutes: 20),
        ]
        let plan = MeetingPlan(meeting: meeting, blocks: blocks)
        // Extra meetings go before the aftercare meeting, which always comes last.
        let at =
            kind == .extra ? (meetings.firstIndex { $0.meeting.kind == .aftercare } ?? meetings.count) : meetings.count
        meetings.insert(plan, at: at)
        return at
    }

    /// Removes an extra or aftercare meeting that has not been held; the three regular
    /// meetings stay.
    package mutating func removeMeeting(_ index: Int) -> Bool {
        guard meetings.indices.contains(index), meetings[index].meeting.kind != .regular,
            meetings[index].meeting.state == .planned
        else { return false }
        meetings.remove(at: index)
        return true
    }
}
