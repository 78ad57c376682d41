import DialoogCore
import Testing

/// The shipped translation catalogs (`translations/<lang>/`): the English covers every shipped
/// text, and no entry is stale (written for a Dutch text that has since changed).
@Suite("Shipped translations")
struct ShippedTranslationTests {
    static var library: Library { ShippedContentTests.library }

    @Test func noCatalogEntryIsStaleOrBroken() {
        let problems = ShippedContentTests.loaded.diagnostics.filter { $0.file.contains("translations/") }
        #expect(problems.isEmpty, "\(problems.map { $0.localized(.en) }.joined(separator: "\n"))")
    }

    /// Under `--lang en` no Dutch content text is left, in any shipped file.
    @Test func noShippedTextIsLeftDutchInEnglish() {
        let left = Self.library.untranslated(in: "en")
        let report = left.sorted { $0.key < $1.key }.map {
            "\($0.key): \($0.value.count) Dutch texts, first '\($0.value[0])'"
        }
        #expect(left.isEmpty, "\(report.joined(separator: "\n"))")
    }

    /// `content stats` reports every kind of content as fully translated into English.
    @Test func englishCoverageIsComplete() {
        let english = Self.library.translationCoverage().filter { $0.language == "en" }
        #expect(
            english.map(\.kind) == [.methodology, .commonBase, .theme, .prompt, .helpEntry, .term, .disclosure])
        for coverage in english {
            #expect(coverage.translated == coverage.total, "\(coverage.kind): \(coverage.translated)/\(coverage.total)")
            #expect(coverage.total > 0, "\(coverage.kind)")
        }
    }

    /// A catalog's English is what the English library shows, wherever the text is.
    @Test func englishShowsEveryTranslatedPromptInEnglish() {
        let english = Self.library.localized(to: .en)
        for (dutch, shown) in zip(Self.library.prompts, english.prompts) {
            if let translation = dutch.translations["en"] {
                #expect(shown.text == translation, "\(dutch.id)")
            } else {
                #expect(shown.text == dutch.text, "\(dutch.id)")
            }
        }
    }
}
