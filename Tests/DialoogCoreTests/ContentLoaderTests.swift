import DialoogCore
import Testing

/// The loader on inline files: each kind of mistake gives one exact `file:line: message`.
@Suite("Content loader diagnostics")
struct ContentLoaderTests {
    static let base = """
        mission: Normen veranderen en mensen sterker maken.
        principles:
          - {name: Stap voor stap, text: Begin koud.}
        socratic:
          principles: [{name: Eerst vragen, text: Vraag naar de ander.}]
          practice: [{name: Voorbeeld, text: Vraag om een voorbeeld.}]
        ground_rules: [Iedereen mag een mening hebben.]
        working_forms:
          - id: dialoog
            name: Dialoog
            purpose: Samen onderzoeken.
            minutes: {min: 20, max: 45}
            how: [Stel een open vraag.]
          - id: stellingen
            name: Stellingen
            purpose: Een gesprek openen.
            minutes: {min: 10, max: 30}
            how: [Lees de stelling voor.]
        tips: [{name: Voorbereiden, text: Neem er de tijd voor.}]
        cautions: [{id: geen-debat, name: Geen debat, text: Een debat werkt averechts.}]
        source: {document: 001.txt, section: "2"}
        """

    static func theme(_ name: String, _ temperature: String, leadsTo: String = "[]") -> String {
        "name: \(name)\ntemperature: \(temperature)\ndescription: Over \(name).\nleads_to: \(leadsTo)\n"
    }

    static let method = """
        name: Proef
        organisation: {name: Stichting Proef, short: SP}
        summary: Een korte methode.
        goal: Meer zelfbeschikking.
        target_group: Ouders.
        typical: [Ervaringsgericht.]
        chain: [Kennis, Ervaring, Inzicht]
        meetings:
          - number: 1
            purpose: Kennismaken.
            themes: [opvoeding]
            agenda:
              - {title: Welkom, by: dialoog, kind: welkom, form: dialoog, minutes: 15, guidance: Heet iedereen welkom.}
          - number: 2
            purpose: Verdiepen.
            themes: [opvoeding]
            agenda:
              - {title: Kern, by: dialoog, kind: kern, form: dialoog, minutes: 60, guidance: Vraag door.}
          - number: 3
            purpose: Vooruitkijken.
            themes: [opvoeding]
            agenda:
              - {title: Slot, by: dialoog, kind: afsluiting, form: dialoog, minutes: 20, guidance: Wat neem je mee?}
        rules: [{name: Gelijkwaardig, text: De gespreksleider is een gelijke.}]
        group_size: {min: 10, max: 25}
        source: {document: 001.txt, section: "3.1"}
        """

    /// A clean set of files the tests below break one at a time.
    static func files(replacing path: String? = nil, with text: String? = nil, adding extra: [ContentText] = [])
        -> [ContentText]
    {
        var files = [
            ContentText(path: "methods/basis.yaml", text: base),
            ContentText(path: "methods/proef.yaml", text: method),
            ContentText(
                path: "content/themes/opvoeding.yaml", text: theme("Opvoeding", "koud", leadsTo: "[gelijkheid]")),
            ContentText(path: "content/themes/gelijkheid.yaml", text: theme("Gelijkheid", "lauw")),
            ContentText(
                path: "content/prompts/opvoeding.yaml",
                text: """
                    theme: opvoeding
                    prompts:
                      - id: opvoeding-stelling-1
                        kind: stelling
                        text: Een kind dat mag meepraten, leert zelf kiezen.
                        temperature: koud
                        groups: [ouders]
                        form: stellingen
                    """),
        ]
        if let path, let text {
            files.removeAll { $0.path == path }
            files.append(ContentText(path: path, text: text))
        }
        return files + extra
    }

    static func messages(_ files: [ContentText]) -> [String] {
        ContentLoader.load(layers: [files]).diagnostics.map { $0.localized(.en) }
    }

    @Test func aCleanSetLoadsWithoutDiagnostics() {
        let loaded = ContentLoader.load(layers: [Self.files()])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.library.method("proef")?.meetings.map(\.number) == [1, 2, 3])
        #expect(loaded.library.themes.map(\.id) == ["opvoeding", "gelijkheid"])
        #expect(loaded.library.prompt("opvoeding-stelling-1")?.theme == "opvoeding")
    }

    /// A misspelt key is one mistake, not two: the missing key it stands for is not reported.
    @Test func anUnknownKeySuggestsTheNearestKnownOne() {
        let broken = Self.method.replacingOccurrences(of: "minutes: 60", with: "minuten: 60")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: broken)) == [
                "methods/proef.yaml:18: unknown key 'minuten' (did you mean 'minutes'?)"
            ])
        let typo = Self.method.replacingOccurrences(of: "summary:", with: "sumary:")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: typo)) == [
                "methods/proef.yaml:3: unknown key 'sumary' (did you mean 'summary'?)"
            ])
    }

    @Test func aGroupThemeNeedsAChoiceAndStaysWithinIt() {
        let noChoice = Self.method.replacingOccurrences(of: "minutes: 60,", with: "minutes: 60, group_theme: 1,")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: noChoice)) == [
                "methods/proef.yaml:18: 'group_theme' belongs only in a methodology with 'group_choice'"
            ])
        let choice = """
            group_choice:
              text: De groep kiest.
              choose: 1
              options: [{name: Gelijkheid, themes: [gelijkheid]}]
            """
        let tooHigh = noChoice.replacingOccurrences(of: "group_theme: 1", with: "group_theme: 2") + "\n" + choice
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: tooHigh)) == [
                "methods/proef.yaml:18: 'group_theme' is 2, but the group chooses 1; use 1 to 1"
            ])
        let both =
            noChoice.replacingOccurrences(of: "group_theme: 1,", with: "group_theme: 1, theme: opvoeding,")
            + "\n" + choice
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: both)) == [
                "methods/proef.yaml:18: a block has 'theme' or 'group_theme', not both"
            ])
        let loaded = ContentLoader.load(layers: [
            Self.files(replacing: "methods/proef.yaml", with: noChoice + "\n" + choice)
        ])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.library.method("proef")?.meetings[1].agenda[0].groupTheme == 1)
    }

    @Test func aWrongTypeNamesWhatWasExpected() {
        let broken = Self.method.replacingOccurrences(of: "minutes: 15", with: "minutes: een kwartier")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: broken)) == [
                "methods/proef.yaml:13: 'minutes' must be a whole number"
            ])
        let notAList = Self.method.replacingOccurrences(of: "typical: [Ervaringsgericht.]", with: "typical: {a: b}")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: notAList)) == [
                "methods/proef.yaml:6: 'typical' must be a list (lines starting with '- ')"
            ])
    }

    @Test func aMissingKeyIsReportedOnTheMappingThatLacksIt() {
        let broken = Self.method.replacingOccurrences(of: "goal: Meer zelfbeschikking.\n", with: "")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: broken)) == [
                "methods/proef.yaml:1: missing key 'goal'"
            ])
    }

    @Test func aBadReferenceSuggestsTheNearestId() {
        let broken = Self.method.replacingOccurrences(
            of: "themes: [opvoeding]\n    agenda:\n      - {title: Kern",
            with: "themes: [opvoedng]\n    agenda:\n      - {title: Kern")
        let formTypo = broken.replacingOccurrences(
            of: "kind: afsluiting, form: dialoog", with: "kind: afsluiting, form: dialog")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: formTypo)) == [
                "methods/proef.yaml:16: unknown theme 'opvoedng' (did you mean 'opvoeding'?)",
                "methods/proef.yaml:23: unknown working form 'dialog' (did you mean 'dialoog'?)",
            ])
    }

    @Test func aWordOutsideItsListNamesTheChoices() {
        let broken = Self.theme("Gelijkheid", "lauwwarm")
        #expect(
            Self.messages(Self.files(replacing: "content/themes/gelijkheid.yaml", with: broken)) == [
                "content/themes/gelijkheid.yaml:2: 'temperature' is 'lauwwarm'; choose from koud, lauw, warm, heet"
            ])
        let dutch = ContentLoader.load(layers: [
            Self.files(replacing: "content/themes/gelijkheid.yaml", with: Self.theme("G", "wram"))
        ])
        #expect(
            dutch.diagnostics.map { $0.localized(.nl) } == [
                "content/themes/gelijkheid.yaml:2: 'temperature' is 'wram'; kies uit koud, lauw, warm, heet (bedoel je 'warm'?)"
            ])
    }

    @Test func aDuplicateIdPointsAtTheFirstOne() {
        let second = ContentText(
            path: "content/prompts/extra.yaml",
            text: """
                prompts:
                  - id: opvoeding-stelling-1
                    kind: vraag
                    theme: opvoeding
                    text: Wat heb jij van je ouders meegekregen?
                    temperature: koud
                    groups: [ouders]
                    form: dialoog
                """)
        #expect(
            Self.messages(Self.files(adding: [second])) == [
                "content/prompts/opvoeding.yaml:3: prompt 'opvoeding-stelling-1' already exists (content/prompts/extra.yaml:2); choose another id"
            ])
    }

    @Test func theSameTextTwiceIsReported() {
        let second = ContentText(
            path: "content/prompts/extra.yaml",
            text: """
                prompts:
                  - {id: extra-1, kind: stelling, theme: opvoeding, text: "Een kind dat mag meepraten leert zelf kiezen!", temperature: koud, groups: [ouders], form: stellingen}
                """)
        #expect(
            Self.messages(Self.files(adding: [second])) == [
                "content/prompts/opvoeding.yaml:3: the same text is already at content/prompts/extra.yaml:2: 'Een kind dat mag meepraten, leert zelf kiezen.'"
            ])
    }

    @Test func aYAMLSyntaxErrorGivesItsLine() {
        let broken = "name: Opvoeding\ntemperature: koud\ndescription: \"niet afgesloten\n"
        let messages = Self.messages(Self.files(replacing: "content/themes/gelijkheid.yaml", with: broken))
        #expect(messages.count == 1, "\(messages)")
        // Found at the end of the file, reported where the quote was opened.
        #expect(
            messages.first
                == "content/themes/gelijkheid.yaml:3: YAML error: while scanning a quoted scalar: "
                + "found unexpected end of stream")
    }

    @Test func everyMistakeIsReportedNotOnlyTheFirst() {
        let broken = Self.method
            .replacingOccurrences(of: "minutes: 15", with: "minutes: 0")
            .replacingOccurrences(of: "number: 3", with: "number: 2")
            .replacingOccurrences(of: "group_size: {min: 10, max: 25}", with: "group_size: {min: 30, max: 25, size: 3}")
        #expect(
            Self.messages(Self.files(replacing: "methods/proef.yaml", with: broken)) == [
                "methods/proef.yaml:8: a methodology has meetings 1, 2 and 3, each once; found: 1, 2, 2",
                "methods/proef.yaml:13: 'minutes' is 0; choose a value from 1 to 240",
                "methods/proef.yaml:25: 'group_size': min (30) is above max (25)",
                "methods/proef.yaml:25: unknown key 'size'",
            ])
    }

    @Test func promptsWithoutAThemeAreOnlyForOpeningAndClosing() {
        let file = ContentText(
            path: "content/prompts/opening.yaml",
            text: """
                prompts:
                  - {id: opening-1, kind: opening, text: Wat hoop je vanavond te horen?, temperature: koud, groups: [gemengd], form: dialoog}
                  - {id: los-1, kind: stelling, text: Praten helpt., temperature: koud, groups: [gemengd], form: stellingen}
                """)
        #expect(
            Self.messages(Self.files(adding: [file])) == [
                "content/prompts/opening.yaml:3: a prompt of kind 'stelling' needs a 'theme'"
            ])
    }

    /// The English of a prompt lives in its catalog only: a file that still writes it inline is
    /// told where it belongs now, and the prompt itself still loads.
    @Test func anInlineTranslationNamesTheCatalogItBelongsIn() {
        let file = ContentText(
            path: "content/prompts/opening.yaml",
            text: """
                prompts:
                  - id: opening-1
                    kind: opening
                    text: Wat hoop je vanavond te horen?
                    temperature: koud
                    groups: [gemengd]
                    form: dialoog
                    translations:
                      en: What do you hope to hear tonight?
                """)
        let loaded = ContentLoader.load(layers: [Self.files(adding: [file])])
        #expect(
            loaded.diagnostics.map { $0.localized(.en) } == [
                "content/prompts/opening.yaml:8: 'translations' no longer belongs in a prompt; put the "
                    + "translation in translations/en/content/prompts/opening.yaml"
            ])
        #expect(
            loaded.diagnostics.map { $0.localized(.nl) }.first?.hasSuffix(
                "zet de vertaling in translations/en/content/prompts/opening.yaml") == true)
        #expect(loaded.library.prompts.contains { $0.id == "opening-1" })
    }

    @Test func aFileInAnUnknownPlaceIsNamed() {
        let stray = ContentText(path: "content/extra/iets.yaml", text: "a: b")
        let messages = Self.messages(Self.files(adding: [stray]))
        #expect(
            messages == [
                "content/extra/iets.yaml:1: not a place for a content file; expected methods/<id>.yaml, "
                    + "methods/basis.yaml, methods/variants/<id>.yaml, content/themes/<id>.yaml, "
                    + "content/prompts/<naam>.yaml, "
                    + "content/hulp/<id>.yaml, content/als-iemand-iets-vertelt.yaml, content/begrippen.yaml or "
                    + "translations/<lang>/<...>.yaml"
            ])
    }

    @Test func helpEntriesNeedADateAndPutTheAcuteLineFirst() {
        let acute = ContentText(
            path: "content/hulp/alarmnummer-112.yaml",
            text: """
                name: Alarmnummer
                what: Bij acuut gevaar.
                for: Iedereen.
                phone: "112"
                acute: true
                themes: [opvoeding]
                checked: 2023-02-30
                source: {document: 004.txt, section: Bijlage}
                """)
        let helpline = ContentText(
            path: "content/hulp/a-lijn.yaml",
            text: """
                name: A-lijn
                what: Luistert.
                for: Iedereen.
                anonymous: misschien
                themes: [gelijkheid]
                checked: 2023-02-01
                source: {document: 004.txt, section: Bijlage}
                """)
        #expect(
            Self.messages(Self.files(adding: [acute, helpline])) == [
                "content/hulp/a-lijn.yaml:4: 'anonymous' is 'misschien'; choose from ja, nee, deels",
                "content/hulp/alarmnummer-112.yaml:7: 'checked' is '2023-02-30'; write a date as YYYY-MM-DD",
            ])
        let fixed = acute.text.replacingOccurrences(of: "2023-02-30", with: "2023-02-28")
        let loaded = ContentLoader.load(layers: [
            Self.files(adding: [
                ContentText(path: acute.path, text: fixed),
                ContentText(path: helpline.path, text: helpline.text.replacingOccurrences(of: "misschien", with: "ja")),
            ])
        ])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.library.helpCard(themes: ["gelijkheid"]).map(\.id) == ["alarmnummer-112", "a-lijn"])
        #expect(loaded.library.helpCard(themes: ["opvoeding"]).map(\.id) == ["alarmnummer-112"])
    }

    @Test func helpEntriesCheckTheirKindAlwaysSignalsAndMunicipality() {
        let wrong = ContentText(
            path: "content/hulp/lokaal-utrecht-buurtteam.yaml",
            text: """
                name: Buurtteam
                what: Praktische hulp.
                for: Inwoners.
                kind: slachtofer
                always: altijd
                signals: [huiselijk-geweld, dwang]
                themes: [opvoeding]
                checked: 2026-11-20
                source: {document: telefoongesprek, section: november 2026}
                """)
        let clash = ContentText(
            path: "content/hulp/een-lijn.yaml",
            text: """
                name: Een lijn
                what: Luistert.
                for: Iedereen.
                kind: lijn-24-7
                professionals_only: true
                municipality: Utrecht
                always: iedereen
                themes: [opvoeding]
                checked: 2023-02-01
                source: {document: 004.txt, section: Bijlage}
                """)
        #expect(
            Self.messages(Self.files(adding: [wrong, clash])) == [
                "content/hulp/een-lijn.yaml:5: 'professionals_only' does not fit 'kind: lijn-24-7'; "
                    + "leave 'professionals_only' out, 'kind' says enough",
                "content/hulp/een-lijn.yaml:7: 'always' and 'municipality' do not go together: "
                    + "a local entry is on the cards of its municipality",
                "content/hulp/lokaal-utrecht-buurtteam.yaml:1: a local help entry (lokaal-*.yaml) needs "
                    + "'municipality': the municipality it is for",
                "content/hulp/lokaal-utrecht-buurtteam.yaml:4: 'kind' is 'slachtofer'; choose from acuut, "
                    + "lijn-24-7, slachtoffers, specialistisch, plegers, professionals (did you mean 'slachtoffers'?)",
                "content/hulp/lokaal-utrecht-buurtteam.yaml:5: 'always' is 'altijd'; choose from iedereen, jongeren",
                "content/hulp/lokaal-utrecht-buurtteam.yaml:6: 'signals' is 'dwang'; choose from huiselijk-geweld, "
                    + "huwelijksdwang, eergerelateerd-geweld, achterlating, vgv, seksueel-geweld, uitbuiting, anders",
            ])
    }

    @Test func anOldFileWithAcuteOrProfessionalsOnlyStillReadsAsItsKind() {
        let old = ContentText(
            path: "content/hulp/oud.yaml",
            text: """
                name: Oud
                what: Voor professionals.
                for: Professionals.
                professionals_only: true
                themes: [opvoeding]
                checked: 2023-02-01
                source: {document: 004.txt, section: Bijlage}
                """)
        let loaded = ContentLoader.load(layers: [Self.files(adding: [old])])
        #expect(loaded.diagnostics.isEmpty)
        let entry = loaded.library.help.first { $0.id == "oud" }
        #expect(entry?.kind == .professionals)
        #expect(entry?.professionalsOnly == true)
    }

    static let disclosure = """
        title: Als iemand iets vertelt
        short:
          - {text: Bel 112 bij gevaar., source: "000:1514-1531"}
        points:
          - name: Geloof het
            text: Zeg dat je het gelooft.
            source: "004:1499-1507, 000:2456"
        """

    static let disclosureCatalog = """
        language: en
        source: content/als-iemand-iets-vertelt.yaml
        entries:
          - {nl: Als iemand iets vertelt, en: When someone tells you something}
          - {nl: Bel 112 bij gevaar., en: Call 112 in danger.}
        """

    @Test func theDisclosurePageLoadsWithItsSourceLinesAndTakesItsEnglishFromTheCatalog() throws {
        let loaded = ContentLoader.load(layers: [
            Self.files(adding: [
                ContentText(path: "content/als-iemand-iets-vertelt.yaml", text: Self.disclosure),
                ContentText(path: "translations/en/content/als-iemand-iets-vertelt.yaml", text: Self.disclosureCatalog),
            ])
        ])
        #expect(loaded.diagnostics.isEmpty)
        let guide = try #require(loaded.library.disclosure)
        #expect(guide.points.first?.source.text == "004:1499-1507, 000:2456")
        let english = try #require(loaded.library.localized(to: .en).disclosure)
        #expect(english.title == "When someone tells you something")
        #expect(english.short.map(\.text) == ["Call 112 in danger."])
        // Without an entry the Dutch shows.
        #expect(english.points.map(\.text) == ["Zeg dat je het gelooft."])
    }

    @Test func aDisclosurePointNeedsReadableSourceLines() {
        let broken = Self.disclosure.replacingOccurrences(of: "\"004:1499-1507, 000:2456\"", with: "pagina 12")
        #expect(
            Self.messages(Self.files(adding: [ContentText(path: "content/als-iemand-iets-vertelt.yaml", text: broken)]))
                == [
                    "content/als-iemand-iets-vertelt.yaml:7: 'source' is 'pagina 12'; write the source lines as "
                        + "000:1482-1531 (more than one: separate with ', ')"
                ])
    }

    @Test func englishWrittenInTheDisclosurePageNamesTheCatalog() {
        let inline = """
            title: Als iemand iets vertelt
            title_en: When someone tells you something
            short:
              - {text: Bel 112 bij gevaar., en: Call 112 in danger., source: "000:1514-1531"}
            points:
              - name: Geloof het
                name_en: Believe it
                text: Zeg dat je het gelooft.
                en: Say that you believe it.
                source: "004:1499-1507"
            """
        let catalog = "put the translation in translations/en/content/als-iemand-iets-vertelt.yaml"
        let page = "a page 'When someone tells you something'"
        #expect(
            Self.messages(Self.files(adding: [ContentText(path: "content/als-iemand-iets-vertelt.yaml", text: inline)]))
                == [
                    "content/als-iemand-iets-vertelt.yaml:2: 'title_en' no longer belongs in \(page); \(catalog)",
                    "content/als-iemand-iets-vertelt.yaml:4: 'en' no longer belongs in \(page); \(catalog)",
                    "content/als-iemand-iets-vertelt.yaml:7: 'name_en' no longer belongs in \(page); \(catalog)",
                    "content/als-iemand-iets-vertelt.yaml:9: 'en' no longer belongs in \(page); \(catalog)",
                ])
    }

    @Test func aLaterLayerReplacesTheSameIdAndSaysWhichFile() {
        let own = Self.method.replacingOccurrences(
            of: "summary: Een korte methode.", with: "summary: Onze eigen versie.")
        let loaded = ContentLoader.load(layers: [
            Self.files(), [ContentText(path: "~/.config/dialoog/methods/proef.yaml", text: own)],
        ])
        #expect(loaded.diagnostics.isEmpty)
        let method = loaded.library.method("proef")
        #expect(method?.summary == "Onze eigen versie.")
        #expect(
            method?.origin
                == ContentOrigin(file: "~/.config/dialoog/methods/proef.yaml", replaces: "methods/proef.yaml"))
        #expect(loaded.library.methods.count == 1)
    }

    @Test func aMissingReferenceTargetInAnotherLayerStillResolves() {
        let theirTheme = ContentText(path: "/tmp/extra/content/themes/eigen.yaml", text: Self.theme("Eigen", "warm"))
        let prompts = ContentText(
            path: "/tmp/extra/content/prompts/eigen.yaml",
            text:
                "theme: eigen\nprompts:\n  - {id: eigen-1, kind: vraag, text: Hoe kom je daarop?, temperature: warm, groups: [gemengd], form: dialoog}\n"
        )
        let loaded = ContentLoader.load(layers: [Self.files(), [theirTheme, prompts]])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.library.prompts(theme: "eigen").map(\.id) == ["eigen-1"])
    }

    @Test func suggestionsOnlyForNearMisses() {
        #expect(Suggestion.closest(to: "duraton", in: ["duration", "title"]) == "duration")
        #expect(Suggestion.closest(to: "xyz", in: ["duration", "title"]) == nil)
    }

    @Test func theFunnelNeverGoesBackToACoolerTheme() {
        let backwards = Self.theme("Gelijkheid", "lauw", leadsTo: "\n  - opvoeding")
        #expect(
            Self.messages(Self.files(replacing: "content/themes/gelijkheid.yaml", with: backwards)) == [
                "content/themes/gelijkheid.yaml:5: 'opvoeding' is koud and this theme lauw: leads_to goes from cold to hot, not back"
            ])
    }

    @Test func aPromptIsNeverHotterThanItsTheme() {
        let hot = ContentText(
            path: "content/prompts/extra.yaml",
            text: """
                theme: opvoeding
                prompts:
                  - id: extra-1
                    kind: vraag
                    text: Hoe kom je daarop?
                    temperature: heet
                    groups: [ouders]
                    form: dialoog
                """)
        #expect(
            Self.messages(Self.files(adding: [hot])) == [
                "content/prompts/extra.yaml:6: this prompt is heet, but theme 'opvoeding' is koud: a prompt is never hotter than its theme"
            ])
    }

    @Test func aBadFileNameIsOneMistakeNotOnePerKey() {
        let named = ContentText(path: "content/themes/Hoofd.yaml", text: Self.theme("Hoofd", "koud"))
        #expect(
            Self.messages(Self.files(adding: [named])) == [
                "content/themes/Hoofd.yaml:1: id 'Hoofd' may hold only lowercase letters, digits and '-'"
            ])
    }

    @Test func aTermOrCautionTwiceInOneFolderIsAMistake() {
        let glossary = ContentText(
            path: "content/begrippen.yaml",
            text: """
                terms:
                  - {term: Eer, text: Wat een familie hoog houdt.}
                  - {term: Eer, text: Nog eens.}
                """)
        let base = Self.base.replacingOccurrences(
            of: "cautions: [{id: geen-debat, name: Geen debat, text: Een debat werkt averechts.}]",
            with: "cautions:\n  - {id: geen-debat, name: A, text: B}\n  - {id: geen-debat, name: C, text: D}")
        #expect(
            Self.messages(Self.files(replacing: "methods/basis.yaml", with: base, adding: [glossary])) == [
                "content/begrippen.yaml:3: term 'Eer' already exists (content/begrippen.yaml:2); choose another id",
                "methods/basis.yaml:22: caution 'geen-debat' already exists (methods/basis.yaml:21); choose another id",
            ])
    }

    @Test func aFunnelWarningPointsAtItsOwnLineAfterABadItem() {
        let theme = "name: G\ntemperature: heet\ndescription: x\nleads_to:\n  - [x]\n  - opvoeding\n"
        #expect(
            Self.messages(Self.files(replacing: "content/themes/gelijkheid.yaml", with: theme)) == [
                "content/themes/gelijkheid.yaml:5: 'leads_to' must be a text",
                "content/themes/gelijkheid.yaml:6: 'opvoeding' is koud and this theme heet: leads_to goes from cold to hot, not back",
            ])
    }
}
