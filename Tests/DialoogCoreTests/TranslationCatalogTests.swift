import DialoogCore
import DialoogTestSupport
import Testing

/// Translation catalogs (`translations/<lang>/<dutch file>`): what they translate, what falls
/// back to Dutch, and each mistake as one exact `file:line: message`.
@Suite("Translation catalogs")
struct TranslationCatalogTests {
    static let catalogPath = "translations/en/content/themes/opvoeding.yaml"

    /// A catalog for the loader tests' theme `opvoeding`, with `extra` entries appended.
    static func themeCatalog(_ extra: String = "", language: String = "en") -> ContentText {
        ContentText(
            path: catalogPath,
            text: """
                language: \(language)
                source: content/themes/opvoeding.yaml
                entries:
                  - nl: Opvoeding
                    en: Upbringing
                  - nl: >
                      Over
                      Opvoeding.
                    en: About upbringing.

                """ + extra)
    }

    static let promptCatalog = ContentText(
        path: "translations/en/content/prompts/opvoeding.yaml",
        text: """
            language: en
            source: content/prompts/opvoeding.yaml
            entries:
              - nl: "Een kind dat mag meepraten,   leert zelf kiezen."
                en: A child who may join the talk learns to choose.
            """)

    static func load(_ extra: [ContentText]) -> LoadedContent {
        ContentLoader.load(layers: [ContentLoaderTests.files(adding: extra)])
    }

    static func messages(_ extra: [ContentText]) -> [String] {
        load(extra).diagnostics.map { $0.localized(.en) }
    }

    @Test func englishReplacesTheTranslatedTextsAndTheRestStaysDutch() {
        let loaded = Self.load([Self.themeCatalog(), Self.promptCatalog])
        #expect(loaded.diagnostics.isEmpty)
        let english = loaded.library.localized(to: .en)
        #expect(english.theme("opvoeding")?.name == "Upbringing")
        // A folded block and a one-line string are the same Dutch text.
        #expect(english.theme("opvoeding")?.description == "About upbringing.")
        #expect(english.theme("gelijkheid")?.name == "Gelijkheid")
        #expect(english.prompt("opvoeding-stelling-1")?.text == "A child who may join the talk learns to choose.")
        // Dutch is the library as written; ids never change.
        #expect(loaded.library.localized(to: .nl).theme("opvoeding")?.name == "Opvoeding")
        #expect(english.themes.map(\.id) == loaded.library.themes.map(\.id))
        // The bibliotheek's search finds the English words.
        #expect(english.search("upbringing").map(\.id) == ["opvoeding"])
    }

    @Test func aCatalogPromptTranslationCountsForTheLanguageFilter() {
        let library = Self.load([Self.promptCatalog]).library
        #expect(
            library.prompt("opvoeding-stelling-1")?.translations["en"]
                == "A child who may join the talk learns to choose.")
        #expect(library.prompts(matching: ContentFilter(language: "en")).map(\.id) == ["opvoeding-stelling-1"])
    }

    @Test func aLaterLayerReplacesAnEntry() {
        let trainer = ContentText(
            path: "/home/x/.config/dialoog/translations/en/content/themes/opvoeding.yaml",
            text:
                "language: en\nsource: content/themes/opvoeding.yaml\nentries:\n  - nl: Opvoeding\n    en: Raising children\n"
        )
        let loaded = ContentLoader.load(layers: [ContentLoaderTests.files(adding: [Self.themeCatalog()]), [trainer]])
        #expect(loaded.diagnostics.isEmpty)
        let english = loaded.library.localized(to: .en)
        #expect(english.theme("opvoeding")?.name == "Raising children")
        #expect(english.theme("opvoeding")?.description == "About upbringing.")
    }

    @Test func coverageCountsTranslatedTextsPerKind() {
        let library = Self.load([Self.themeCatalog(), Self.promptCatalog]).library
        let english = library.translationCoverage().filter { $0.language == "en" }
        let themes = english.first { $0.kind == .theme }
        // Two themes: a name and a description each; the opvoeding theme's two are translated.
        #expect(themes?.translated == 2)
        #expect(themes?.total == 4)
        #expect(english.first { $0.kind == .prompt }.map { ($0.translated, $0.total) } ?? (0, 0) == (1, 1))
        #expect(english.first { $0.kind == .methodology }?.translated == 0)
    }

    @Test func aHalfTranslatedFileNamesItsDutchTexts() {
        let half = ContentText(
            path: Self.catalogPath,
            text:
                "language: en\nsource: content/themes/opvoeding.yaml\nentries:\n  - nl: Opvoeding\n    en: Upbringing\n"
        )
        let library = Self.load([half]).library
        #expect(library.untranslated(in: "en")["content/themes/opvoeding"] == ["Over Opvoeding."])
        #expect(Self.load([Self.themeCatalog()]).library.untranslated(in: "en")["content/themes/opvoeding"] == nil)
        // A file without any catalog is left Dutch too, and named.
        #expect(library.untranslated(in: "en")["content/themes/gelijkheid"] == ["Gelijkheid", "Over Gelijkheid."])
    }

    @Test func aChangedDutchTextLeavesAStaleWarningAndShowsDutch() {
        let stale = Self.themeCatalog("  - nl: Opvoeden is leuk.\n    en: Raising children is fun.\n")
        let loaded = Self.load([stale])
        #expect(
            loaded.diagnostics.map { $0.localized(.en) } == [
                "translations/en/content/themes/opvoeding.yaml:10: warning: 'Opvoeden is leuk.' no longer occurs in "
                    + "content/themes/opvoeding.yaml; the Dutch text changed, translate it again"
            ])
        #expect(loaded.diagnostics.allSatisfy { $0.isWarning })
        #expect(loaded.errorCount == 0)
    }

    @Test func anEntryWithoutDutchOrInAnotherLanguageIsAnError() {
        let broken = Self.themeCatalog("  - en: Lonely\n  - nl: Gelijkheid\n    tr: Eşitlik\n")
        #expect(
            Self.messages([broken]) == [
                "translations/en/content/themes/opvoeding.yaml:10: translation without 'nl': add the Dutch text from the source file",
                "translations/en/content/themes/opvoeding.yaml:11: missing key 'en'",
                "translations/en/content/themes/opvoeding.yaml:12: language code 'tr' does not belong in this catalog "
                    + "for 'en'; use 'nl' and 'en'",
            ])
    }

    @Test func theSameDutchTextTwiceIsAnError() {
        let broken = Self.themeCatalog("  - nl: \"Opvoeding \"\n    en: Parenting\n")
        #expect(
            Self.messages([broken]) == [
                "translations/en/content/themes/opvoeding.yaml:10: the same Dutch text is already at "
                    + "translations/en/content/themes/opvoeding.yaml:4: 'Opvoeding'; keep one"
            ])
    }

    @Test func aLanguageThatIsNotTheFoldersIsAnError() {
        #expect(
            Self.messages([Self.themeCatalog(language: "tr")]) == [
                "translations/en/content/themes/opvoeding.yaml:1: language code 'tr' does not belong in this catalog "
                    + "for 'en'; use 'nl' and 'en'"
            ])
        #expect(
            Self.messages([Self.themeCatalog(language: "nl")]) == [
                "translations/en/content/themes/opvoeding.yaml:1: 'language' is 'nl'; write the code of the "
                    + "translation's language in two or three lowercase letters (en, tr, ar), not nl"
            ])
    }

    @Test func aSourceThatDoesNotExistIsAnError() {
        let orphan = ContentText(
            path: "translations/en/content/themes/opvoding.yaml",
            text:
                "language: en\nsource: content/themes/opvoding.yaml\nentries:\n  - nl: Opvoeding\n    en: Upbringing\n")
        #expect(
            Self.messages([orphan]) == [
                "translations/en/content/themes/opvoding.yaml:2: 'source' is 'content/themes/opvoding.yaml', but there "
                    + "is no such file (did you mean 'content/themes/opvoeding.yaml'?)"
            ])
    }

    @Test func aSourceOtherThanTheMirroredPlaceIsAnError() {
        let moved = ContentText(
            path: Self.catalogPath,
            text:
                "language: en\nsource: content/themes/gelijkheid.yaml\nentries:\n  - nl: Opvoeding\n    en: Upbringing\n"
        )
        #expect(
            Self.messages([moved]) == [
                "translations/en/content/themes/opvoeding.yaml:2: 'source' is 'content/themes/gelijkheid.yaml', but "
                    + "this catalog lies in the place of 'content/themes/opvoeding.yaml'; move the file or correct 'source'",
                "translations/en/content/themes/opvoeding.yaml:4: warning: 'Opvoeding' no longer occurs in "
                    + "content/themes/gelijkheid.yaml; the Dutch text changed, translate it again",
            ])
    }

    @Test func aCatalogIsNotMistakenForTheFileItTranslates() {
        #expect(
            ContentFile.classify("/x/translations/en/methods/htib.yaml")
                == .success(.translation(language: "en", source: "methods/htib.yaml")))
        #expect(ContentFile.classify("translations/en/notes.yaml") == .failure(.unknownFile))
        let loaded = Self.load([Self.themeCatalog()])
        #expect(loaded.library.themes.count == 2)
    }

    @Test func garbageInACatalogIsReportedAndLosesNothingElse() {
        let garbage = ContentText(
            path: Self.catalogPath,
            text: "language: en\nsource: content/themes/opvoeding.yaml\nentries: [1, {nl: [a]}]\n")
        let loaded = Self.load([garbage])
        #expect(
            loaded.diagnostics.map { $0.localized(.en) } == [
                "translations/en/content/themes/opvoeding.yaml:3: 'entries' must be keys with values",
                "translations/en/content/themes/opvoeding.yaml:3: 'nl' must be a text",
                "translations/en/content/themes/opvoeding.yaml:3: missing key 'en'",
            ])
        #expect(loaded.library.localized(to: .en).theme("opvoeding")?.name == "Opvoeding")
    }

    /// The full-screen program shows the content in the language of its words, and again in
    /// the other one as soon as `:taal` changes it.
    @Test func theProgramShowsTheContentInTheLanguageChosenWhileRunning() {
        let library = Self.load([Self.themeCatalog()]).library
        var state = Fixtures.state()
        _ = state.reduce(.libraryLoaded(library, problems: 0))
        #expect(state.library?.theme("opvoeding")?.name == "Opvoeding")
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("taal en"))
        _ = state.reduce(.command(.submit))
        #expect(state.library?.theme("opvoeding")?.name == "Upbringing")
        _ = state.reduce(.command(.openCommandLine))
        _ = state.reduce(.insertText("taal nl"))
        _ = state.reduce(.command(.submit))
        #expect(state.library?.theme("opvoeding")?.name == "Opvoeding")
    }
}
