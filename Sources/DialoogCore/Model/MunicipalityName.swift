import Foundation

/// Municipality names as typed, matched to the spellings already in use, so that "den haag",
/// "Den  Haag" and "'s-Gravenhage" count as one municipality in the overzicht and reports.
/// Capitals, accents, spaces, hyphens and apostrophes do not count, and a few official names
/// equal the name everyone uses: only pairs that are one and the same municipality.
package enum MunicipalityName {
    /// Official name and everyday name of the same municipality (the official one first).
    static let alternatives: [[String]] = [["'s-Gravenhage", "Den Haag"], ["'s-Hertogenbosch", "Den Bosch"]]

    /// What two spellings of one municipality share.
    package static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let bare = String(folded.filter { $0.isLetter || $0.isNumber })
        for names in alternatives where names.map(plain).contains(bare) { return plain(names[0]) }
        return bare
    }

    private static func plain(_ name: String) -> String {
        String(
            name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter {
                $0.isLetter || $0.isNumber
            })
    }

    /// The spelling already in `known` that `typed` is another way of writing, when it is
    /// written otherwise; nil when it is new or written the same.
    package static func existingSpelling(of typed: String, among known: [String]) -> String? {
        let typed = typed.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty, !known.contains(typed) else { return nil }
        let key = key(typed)
        return known.first { self.key($0) == key }
    }

    /// While a name is being typed: the spelling in `known` it is another way of writing
    /// (`existingSpelling`), else the first one it is the start of (two letters or more, so
    /// "den h" finds "Den Haag"); nil when there is none or it is typed as it is spelled.
    package static func suggestion(for typed: String, among known: [String]) -> String? {
        if let existing = existingSpelling(of: typed, among: known) { return existing }
        let start = key(typed)
        guard start.count >= 2, !known.contains(typed.trimmingCharacters(in: .whitespaces)) else { return nil }
        return known.first { self.key($0).hasPrefix(start) && self.key($0) != start }
    }
}
