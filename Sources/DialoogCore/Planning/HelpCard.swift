import Foundation

/// A meeting's help card, composed from the content data: 112; the lines that are always there
/// (Veilig Thuis, and for a series with young people the youth lines); the entries for the
/// meeting's themes; the entries that signals logged earlier in the series call for; the local
/// entries of the series' municipality. Inside each part, what a person needs first at a
/// disclosure comes first (`HelpKind`): 24/7 lines, help for victims, specialised help, help
/// for those who use violence, and professionals-only last. No entry is on a card twice.
package struct HelpCard: Equatable, Sendable {
    /// Why an entry is on the card, in the order of the parts.
    package enum Part: String, CaseIterable, Codable, Sendable {
        case acute, always, themes, signals, local
    }

    package struct Item: Equatable, Sendable {
        package var entry: HelpEntry
        package var part: Part
    }

    package var items: [Item]

    package init(items: [Item]) { self.items = items }

    package var entries: [HelpEntry] { items.map(\.entry) }
    package var ids: [String] { items.map(\.entry.id) }
}

extension Library {
    /// Composes a help card. `chosen` are the help entry ids the trainer kept for the meeting's
    /// themes (the meeting's stored `helpCard`); nil takes the entries for `themes`, as a new
    /// proposal would. Pure: the same inputs give the same card.
    package func composeHelpCard(
        chosen: [String]?, themes: [String], groups: [TargetGroup], signals: [Signal.Category],
        municipality: String?
    ) -> HelpCard {
        let place = municipality.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let isLocalHere = { (entry: HelpEntry) in
            entry.municipality.map { place != nil && $0.trimmingCharacters(in: .whitespaces).lowercased() == place }
                ?? false
        }
        // Entries for another municipality never reach a card by themselves.
        let usable = { (entry: HelpEntry) in entry.municipality == nil || isLocalHere(entry) }
        let youth = groups.contains(.jongeren)

        let acute = help.filter(\.acute)
        let always = help.filter { entry in
            guard usable(entry), let always = entry.always else { return false }
            return always == .iedereen || (always == .jongeren && youth)
        }
        let themed: [HelpEntry] =
            chosen.map { ids in ids.compactMap { id in help.first { $0.id == id } }.filter(usable) }
            ?? helpEntries(themes: themes, municipality: municipality)
        let wanted = Set(signals)
        let signalled = help.filter { usable($0) && !wanted.isDisjoint(with: $0.signals) }
        let local = help.filter(isLocalHere)

        var seen = Set<String>()
        var items: [HelpCard.Item] = []
        let parts: [(HelpCard.Part, [HelpEntry])] = [
            (.acute, acute), (.always, always), (.themes, themed.filter { !isLocalHere($0) }),
            (.signals, signalled.filter { !isLocalHere($0) }), (.local, local),
        ]
        for (part, entries) in parts {
            // A stable sort: inside one kind, the order of the files (or of the trainer's list).
            let ordered = entries.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }
            for (_, entry) in ordered where seen.insert(entry.id).inserted {
                items.append(HelpCard.Item(entry: entry, part: part))
            }
        }
        return HelpCard(items: items)
    }
}

extension SeriesPlan {
    /// The help card of the meeting at `index`, with the signals logged in the series so far
    /// (by meeting id): only those of meetings before this one count.
    package func helpCard(meeting index: Int, library: Library, signals: [String: [Signal]] = [:]) -> HelpCard {
        let meetingPlan = meetings[index]
        return library.composeHelpCard(
            chosen: meetingPlan.meeting.helpCard, themes: meetingPlan.blocks.compactMap(\.theme),
            groups: series.groups, signals: signalCategories(before: index, signals: signals),
            municipality: series.municipality)
    }

    /// The categories of the signals logged in meetings before the one at `index`: earlier in
    /// the plan, or on an earlier date.
    package func signalCategories(before index: Int, signals: [String: [Signal]]) -> [Signal.Category] {
        Signal.categories(before: index, meetings: meetings.map(\.meeting), signals: signals)
    }
}

extension Signal {
    /// The categories of the signals (by meeting id) logged in the meetings before the one at
    /// `index` of `meetings` (in plan order): on an earlier date when both have one, else earlier
    /// in the plan. The plan and the live screen (`AppDatabase.openLive`) count alike.
    package static func categories(before index: Int, meetings: [Meeting], signals: [String: [Signal]])
        -> [Signal.Category]
    {
        guard !signals.isEmpty, meetings.indices.contains(index) else { return [] }
        let this = meetings[index]
        var categories: [Signal.Category] = []
        for (other, meeting) in meetings.enumerated() where other != index {
            let earlier: Bool =
                if let mine = this.startsAt, let theirs = meeting.startsAt {
                    theirs < mine
                } else {
                    other < index
                }
            guard earlier else { continue }
            for signal in signals[meeting.id] ?? [] where !categories.contains(signal.category) {
                categories.append(signal.category)
            }
        }
        return categories
    }
}

extension LiveMeeting {
    /// The help card of a running meeting, for the live screen: the same composition as the
    /// printed plan. `earlierSignals` are the categories of the signals logged in the series'
    /// earlier meetings (`Signal.categories(before:meetings:signals:)`); nil takes those read
    /// with the meeting (`LiveMeeting.earlierSignals`) and adds the signals logged in this
    /// meeting so far, so a disclosure tonight brings its lines onto tonight's card.
    package func helpCard(library: Library, earlierSignals: [Signal.Category]? = nil) -> HelpCard {
        var signals = earlierSignals ?? self.earlierSignals
        if earlierSignals == nil {
            for signal in record.signals where !signals.contains(signal.category) { signals.append(signal.category) }
        }
        return library.composeHelpCard(
            chosen: meeting.helpCard, themes: blocks.compactMap(\.theme), groups: series.groups,
            signals: signals, municipality: series.municipality)
    }
}
