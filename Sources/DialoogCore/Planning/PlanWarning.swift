/// Something in a plan that goes against a principle of the method. A warning never blocks
/// saving: the trainer decides. The TUI and the CLI word it from the catalog; the principle it
/// cites is the name of a principle or caution in `methods/basis.yaml`, so it reads as the
/// method's own words.
package struct PlanWarning: Equatable, Hashable, Sendable {
    package enum Kind: Equatable, Hashable, Sendable {
        /// A block on `theme` comes after a block on the hotter `after` in the same meeting.
        case hotterBeforeCooler(theme: String, after: String)
        /// A `heet` theme in meeting 1, before the group has built trust.
        case hotInFirstMeeting(theme: String)
        /// No later meeting is hotter than meeting 1: the series does not build up.
        case peakDoesNotRise(first: Temperature, later: Temperature)
        /// The blocks take longer than the meeting's planned length.
        case overLength(minutes: Int, planned: Int)
        /// The prompt is also planned in meeting `otherMeeting` (or earlier in this one).
        case promptRepeated(prompt: String, otherMeeting: Int)
        /// A block of statements with no dialogue in it or right before or after it.
        case statementsWithoutDialogue
        /// A `heet` theme and no help entry for it on the meeting's help card.
        case hotThemeWithoutHelp(theme: String)
        /// A `heet` theme and no line open day and night for it on the card, although the
        /// library has one; a hint when the library has none for the theme at all.
        case hotThemeWithoutAllHoursLine(theme: String, noneKnown: Bool)
        /// An entry on the card that gives no phone, website or chat.
        case entryWithoutContact(entry: String)
        /// No local help entry for the series' municipality; a hint when there are no local
        /// entries at all (`noneKnown`).
        case noLocalEntries(municipality: String, noneKnown: Bool)
        /// The agenda is written for other groups than the series' (no variant fits).
        case agendaForOtherGroup(writtenFor: [TargetGroup], groups: [TargetGroup])
    }

    /// A hint is shown with the warnings but does not count as one (`plan check` exits 0).
    package var isHint: Bool {
        switch kind {
        case .hotThemeWithoutAllHoursLine(_, let none), .noLocalEntries(_, let none): none
        default: false
        }
    }

    package var kind: Kind
    /// The number of the meeting it is about; nil for the series as a whole.
    package var meeting: Int?
    /// The block it is about, if one.
    package var blockId: String?
    /// The principle or caution it cites, by its name in the common base.
    package var principle: String

    package init(kind: Kind, meeting: Int?, blockId: String? = nil, principle: String) {
        self.kind = kind
        self.meeting = meeting
        self.blockId = blockId
        self.principle = principle
    }
}
