import Foundation

/// What the planner asks of the library: prompts that suit a group, and the help a theme needs.
extension Library {
    /// The prompts on `theme` (or, for nil, the opening and closing questions that belong to no
    /// theme) that suit a group: those written for one of `groups` first, then those for mixed
    /// groups; prompts written only for other groups are left out. Every prompt when `groups`
    /// is empty. Within each rank, in the order of the files.
    package func pickablePrompts(theme: String?, groups: [TargetGroup]) -> [Prompt] {
        let onTheme = prompts.filter { $0.theme == theme }
        guard !groups.isEmpty else { return onTheme }
        let wanted = Set(groups.flatMap(\.suitedBy))
        let own = onTheme.filter { !wanted.isDisjoint(with: $0.groups) }
        let mixed = onTheme.filter { wanted.isDisjoint(with: $0.groups) && $0.groups.contains(.gemengd) }
        return own + mixed
    }

    /// The help entries (not the acute line, which every card shows first) for these themes,
    /// in a municipality: national entries and the local ones of that municipality.
    package func helpEntries(themes ids: [String], municipality: String?) -> [HelpEntry] {
        let place = municipality.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return help.filter { entry in
            guard !entry.acute, !Set(entry.themes).isDisjoint(with: ids) else { return false }
            guard let local = entry.municipality else { return true }
            return local.lowercased() == place
        }
    }

    /// The help entries a meeting's help card may hold, as the meeting editor lists them: first
    /// those for its themes (`helpEntries`), then the other national entries and those of the
    /// municipality, in the order of the files. Local entries of another municipality only
    /// when they are on `card` already; never the acute line, which every card shows on top.
    package func helpChoices(themes ids: [String], municipality: String?, card: [String]) -> [HelpEntry] {
        let suggested = helpEntries(themes: ids, municipality: municipality)
        let listed = Set(suggested.map(\.id))
        let place = municipality.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let rest = help.filter { entry in
            guard !entry.acute, !listed.contains(entry.id) else { return false }
            guard let local = entry.municipality else { return true }
            return local.lowercased() == place || card.contains(entry.id)
        }
        return suggested + rest
    }

    /// The name of a principle, tip or caution of the common base, to cite in a warning; the
    /// key itself when the base does not have it (a trainer's own base may differ).
    package func principleName(_ key: PrincipleKey) -> String {
        switch key {
        case .principle(let name), .tip(let name):
            let all = (base?.principles ?? []) + (base?.tips ?? [])
            return all.first { $0.name == name }?.name ?? name
        case .caution(let id):
            return base?.cautions.first { $0.id == id }?.name ?? id
        }
    }
}

/// A principle, tip or caution of `methods/basis.yaml` a warning cites.
package enum PrincipleKey: Equatable, Sendable {
    case principle(String)
    case tip(String)
    case caution(String)
}
