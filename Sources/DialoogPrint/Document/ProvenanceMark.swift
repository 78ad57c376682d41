import DialoogCore

/// The mark of whose an agenda element is: a symbol that reads without colour (◆ the
/// organisation's own, ◇ dialoog's proposal, ✎ changed by the trainer) and its words.
package enum ProvenanceMark {
    package static func symbol(_ provenance: Provenance, ascii: Bool) -> String {
        switch provenance {
        case .organisation: ascii ? "#" : "◆"
        case .dialoog: ascii ? "o" : "◇"
        case .trainer: ascii ? "%" : "✎"
        }
    }

    /// "001" for "001_8c4a2c86b6b5403a.txt": the number the project cites documents by.
    package static func document(_ source: SourceRef) -> String {
        let stem = source.document.split(separator: "_").first.map(String.init) ?? source.document
        return stem.allSatisfy(\.isNumber) && !stem.isEmpty ? stem : source.document
    }

    /// "eigen werkwijze SMN (001:1790-1794)", "voorstel van dialoog", without the symbol.
    package static func words(_ provenance: Provenance, method: Methodology?, language: Language) -> String {
        LibraryText.provenance(
            provenance, organisation: method?.organisation.short ?? "?",
            document: method.map { document($0.source) } ?? "?"
        ).localized(language)
    }

    /// The symbol and its words.
    package static func label(_ provenance: Provenance, method: Methodology?, language: Language, ascii: Bool)
        -> String
    {
        symbol(provenance, ascii: ascii) + " " + words(provenance, method: method, language: language)
    }

    /// What the marks of a method's agenda mean, on one line.
    package static func legend(_ method: Methodology, language: Language, ascii: Bool, trainer: Bool = false)
        -> String
    {
        var parts = [
            symbol(.organisation(lines: ""), ascii: ascii) + " "
                + LibraryText.provenanceLegendOwn(
                    organisation: method.organisation.short, document: document(method.source)
                ).localized(language),
            label(.dialoog, method: method, language: language, ascii: ascii),
        ]
        if trainer { parts.append(label(.trainer, method: method, language: language, ascii: ascii)) }
        return parts.joined(separator: "   ")
    }
}
