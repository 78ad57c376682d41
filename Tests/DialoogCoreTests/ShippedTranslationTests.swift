import DialoogCore
import Testing

/// The shipped translation catalogs (`translations/<lang>/`): whatever they cover is whole and
/// current. This measures the files a catalog covers, not yet the whole library: the
/// English is written alongside, and the test tightens to every file once it is complete.
@Suite("Shipped translations")
struct ShippedTranslationTests {
    static var library: Library { ShippedContentTests.library }

    @Test func noCatalogEntryIsStaleOrBroken() {
        let problems = ShippedContentTests.loaded.diagnostics.filter { $0.file.contains("translations/") }
        #expect(problems.isEmpty, "\(problems.map { $0.localized(.en) }.joined(separator: "\n"))")
    }

    /// Under `--lang en` no Dutch text is left in a file that has an English catalog.
    @Test func aTranslatedFileHasNoDutchLeftInEnglish() {
        let left = Self.library.untranslated(in: "en")
        let report = left.sorted { $0.key < $1.key }.map {
            "\($0.key): \($0.value.count) Dutch texts, first '\($0.value[0])'"
        }
        #expect(left.isEmpty, "\(report.joined(separator: "\n"))")
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
