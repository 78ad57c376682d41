/// The group variants of one methodology's agenda (`methods/variants/<method>.yaml`): for whom
/// the method's own agenda is written, and per variant the groups it is for and the meetings
/// whose agenda it replaces. Meetings a variant leaves out stay the method's own.
package struct MethodVariants: Equatable, Codable, Sendable {
    /// The methodology's id, from the file's name.
    package var method: String
    /// The groups the method's own agenda is written for (`gemengd`: any group).
    package var writtenFor: [TargetGroup]
    package var variants: [MethodVariant]
    package var origin: ContentOrigin

    package init(method: String, writtenFor: [TargetGroup], variants: [MethodVariant], origin: ContentOrigin) {
        self.method = method
        self.writtenFor = writtenFor
        self.variants = variants
        self.origin = origin
    }
}

/// One group's version of a method's agenda.
package struct MethodVariant: Equatable, Codable, Sendable {
    package var groups: [TargetGroup]
    /// One or two sentences on what changes for these groups, for the method's page.
    package var summary: String
    package var meetings: [VariantMeeting]

    package init(groups: [TargetGroup], summary: String, meetings: [VariantMeeting]) {
        self.groups = groups
        self.summary = summary
        self.meetings = meetings
    }

    package func meeting(_ number: Int) -> VariantMeeting? { meetings.first { $0.number == number } }
}

/// A meeting's replacement purpose and agenda in a variant.
package struct VariantMeeting: Equatable, Codable, Sendable {
    package var number: Int
    package var purpose: String
    package var agenda: [VariantBlock]

    package init(number: Int, purpose: String, agenda: [VariantBlock]) {
        self.number = number
        self.purpose = purpose
        self.agenda = agenda
    }
}

/// A block of a variant's agenda: one of its own, or a block of the method's own meeting kept
/// as it is (by its place in that agenda, found from its title when the file is read).
package enum VariantBlock: Equatable, Codable, Sendable {
    case own(AgendaBlock)
    case kept(index: Int)
}

/// Which agenda a series gets: the method's own or one of its variants, and whether it fits.
package struct AgendaChoice: Equatable, Sendable {
    /// nil: the method's own agenda.
    package var variant: MethodVariant?
    /// The groups the chosen agenda is written for; empty when the method says nothing.
    package var writtenFor: [TargetGroup]
    /// False when no agenda of the method is written for the series' groups.
    package var fits: Bool
}

extension Methodology {
    /// The method's meetings as `variant` has them: its purpose and agenda for each meeting it
    /// replaces (kept blocks taken from the method's own agenda), the method's own otherwise.
    package func meetings(for variant: MethodVariant?) -> [MethodMeeting] {
        guard let variant else { return meetings }
        return meetings.map { own in
            guard let replaced = variant.meeting(own.number) else { return own }
            let agenda = replaced.agenda.compactMap { block -> AgendaBlock? in
                switch block {
                case .own(let block): block
                case .kept(let index): own.agenda.indices.contains(index) ? own.agenda[index] : nil
                }
            }
            return MethodMeeting(number: own.number, purpose: replaced.purpose, themes: own.themes, agenda: agenda)
        }
    }
}

extension Library {
    /// The variants file of a methodology, if it has one.
    package func variants(of method: String) -> MethodVariants? { variants.first { $0.method == method } }

    /// The agenda that fits a group best: of the method's own agenda and its variants, the one
    /// written for the most of `groups`, then the most specific (a variant for mothers before one
    /// for parents, that before one for women; anything before `gemengd`), then the method's own.
    /// A method without a variants file, or a series without groups, always gets its own agenda.
    package func agendaChoice(method id: String, groups: [TargetGroup]) -> AgendaChoice {
        guard let file = variants(of: id), !groups.isEmpty else {
            return AgendaChoice(variant: nil, writtenFor: variants(of: id)?.writtenFor ?? [], fits: true)
        }
        let candidates: [(MethodVariant?, [TargetGroup])] =
            [(nil, file.writtenFor)] + file.variants.map { ($0, $0.groups) }
        // Per candidate: how many of the groups it serves, and how far down each one's list.
        let scored = candidates.enumerated().map { offset, candidate in
            var served = 0
            var distance = 0
            for group in groups {
                if let rank = group.servedBy.firstIndex(where: candidate.1.contains) {
                    served += 1
                    distance += rank
                } else if candidate.1.contains(.gemengd) {
                    served += 1
                    distance += TargetGroup.allCases.count
                }
            }
            return (offset: offset, served: served, distance: distance)
        }
        let best = scored.min { a, b in
            (a.served != b.served) ? a.served > b.served : (a.distance, a.offset) < (b.distance, b.offset)
        }
        guard let best, best.served > 0 else {
            return AgendaChoice(variant: nil, writtenFor: file.writtenFor, fits: false)
        }
        let (variant, writtenFor) = candidates[best.offset]
        return AgendaChoice(variant: variant, writtenFor: writtenFor, fits: best.served == groups.count)
    }
}
