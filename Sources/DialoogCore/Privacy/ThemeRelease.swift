import Foundation

/// What decides whether a theme a group raised may leave the laptop. Free text typed in the
/// room can hold a name however it is spelled, so nothing tries to spot names: a raised theme
/// reaches the overzicht's charts and the reports only as the library theme it matches (its
/// name or id, ignoring capitals, accents and spacing) or as text the coordinator approved
/// once in the overzicht's review list. Everything else counts as "eigen thema (niet
/// vrijgegeven)".
package struct ThemeRelease: Hashable, Sendable {
    /// Library themes by their folded name and id, to the name they are shown with.
    package var libraryNames: [String: String]

    package init(libraryNames: [String: String] = [:]) {
        self.libraryNames = libraryNames
    }

    /// The release of `library`'s themes: each by its name and by its id.
    package init(library: Library?) {
        var names: [String: String] = [:]
        for theme in library?.themes ?? [] {
            names[Self.key(theme.name)] = theme.name
            names[Self.key(theme.id.replacingOccurrences(of: "-", with: " "))] = theme.name
        }
        self.init(libraryNames: names)
    }

    /// How one raised text is told apart from another: capitals, accents, punctuation at
    /// the ends and runs of spaces do not count ("HÜLYA", "Hulya" and " hulya." are one).
    package static func key(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        let words = folded.split { $0.isWhitespace || $0 == "-" || $0 == "_" }.map(String.init)
        return words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
    }

    /// The name a raised `text` is shown with outside its series, or nil when it is withheld:
    /// the library theme it matches, else the approved wording kept under its key.
    package func releasedName(_ text: String, approved: [String: String]) -> String? {
        let key = Self.key(text)
        return libraryNames[key] ?? approved[key]
    }

    /// Whether `text` matches a library theme (and so needs no review).
    package func isLibraryTheme(_ text: String) -> Bool { libraryNames[Self.key(text)] != nil }
}
