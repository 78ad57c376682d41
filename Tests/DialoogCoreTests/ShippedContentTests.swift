import DialoogCore
import DialoogFiles
import Foundation
import Testing

/// The real `methods/` and `content/` of this checkout, loaded as dialoog loads them: clean,
/// complete, true to the sources, and searchable.
@Suite("Shipped content")
struct ShippedContentTests {
    /// The checkout: three folders up from this file (Tests/DialoogCoreTests/ShippedContentTests.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let loaded: LoadedContent = {
        let files = ContentDisk.layer(at: root.path, display: "") ?? []
        return ContentLoader.load(layers: [files])
    }()

    static var library: Library { loaded.library }

    static let methodIDs = [
        "jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers",
    ]

    /// The working forms docs/content-format.md names.
    static let workingFormIDs = [
        "dialoog", "duos", "rollenspel", "film", "casus", "beeld-en-muziek", "stellingen", "spel", "woordweb",
        "informatie", "huiswerk", "ervaringsverhaal",
    ]

    /// The themes PRODUCT.md lists, one id each (its combined items split).
    static let productThemeIDs = [
        "opvoeding", "vrijheid-en-communicatie", "twee-culturen", "gelijkheid-man-vrouw", "dubbele-moraal",
        "zelfbeschikking", "vrije-partnerkeuze", "huwelijksdwang", "achterlating", "eergerelateerd-geweld",
        "huiselijk-geweld", "seksualiteit", "verliefdheid", "seksuele-diversiteit", "transgender", "discriminatie",
        "mensenrechten", "vgv", "sociale-druk", "innerlijke-kracht", "hulp-zoeken",
    ]

    /// The themes issue 15 found in the sources without prompts; each has at least 12.
    static let issue15ThemeIDs = [
        "huwelijkse-gevangenschap", "verborgen-vrouwen", "kindhuwelijken", "lijfstraffen", "seksueel-geweld",
        "lhbt-vluchtelingen", "lesbisch-bi-vrouwen", "geloof-en-zelfbeschikking",
    ]

    /// Every phone number a help entry gives, as the seeds (000_*.txt, 004_*.txt) print it;
    /// verified by grepping the seeds when this test was written (the seeds are not in CI).
    static let phonesInSources = ["112", "0900 8844", "0800-2000", "0800 0188"]

    static func method(_ id: String) throws -> Methodology {
        try #require(library.method(id), "no methodology '\(id)'")
    }

    static func normalised(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func digits(_ text: String) -> String { String(text.filter(\.isNumber)) }

    // MARK: - Loading

    @Test func theShippedContentLoadsWithoutAnyProblem() {
        let problems = Self.loaded.diagnostics.map { $0.localized(.en) }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.joined(separator: "\n"))")
        #expect(Self.loaded.fileCount > 50)
    }

    @Test func thereAreTheSevenMethodologies() {
        #expect(Self.library.methods.count == 7)
        #expect(Set(Self.library.methods.map(\.id)) == Set(Self.methodIDs))
    }

    @Test func theCommonBaseHasTheTwelveWorkingForms() throws {
        let base = try #require(Self.library.base, "methods/basis.yaml did not load")
        #expect(base.workingForms.map(\.id).sorted() == Self.workingFormIDs.sorted())
        #expect(!base.socratic.principles.isEmpty)
        #expect(!base.cautions.isEmpty)
    }

    // MARK: - Facts from the sources

    /// 001_8c4a2c86b6b5403a.txt, "Methodiek van verandering" (lines 1618-1626): four phases.
    @Test func htibHasItsFourPhasesInTheSourcesOrder() throws {
        let phases = try Self.method("htib").phases
        try #require(phases.count == 4, "HTIB has \(phases.count) phases: \(phases.map(\.name))")
        let keyWords = [
            ["fase 1", "(h)erkenning", "eigen situatie"],
            ["fase 2", "ervaringen", "toetsen", "delen"],
            ["fase 3", "besef", "buitenaf"],
            ["fase 4", "gedrag", "naasten"],
        ]
        for (phase, words) in zip(phases, keyWords) {
            for word in words {
                #expect(phase.name.lowercased().contains(word), "'\(phase.name)' lacks '\(word)'")
            }
        }
        #expect(phases[0].text.contains("opvoeding"))
    }

    @Test func vonHasTheThreeVaarkaartStepsAndAChainFromSharedValueToActionPlan() throws {
        let von = try Self.method("changemakers")
        #expect(von.organisation.short == "VON")
        #expect(
            von.phases.map(\.name) == [
                "Probleem herkennen en erkennen", "Omgevingsanalyse (krachtenanalyse)",
                "Strategie en acties ontwikkelen",
            ])
        let first = try #require(von.chain.first).lowercased()
        let last = try #require(von.chain.last).lowercased()
        #expect(first.contains("gedeelde waarde") && first.contains("mensenrechten"), "chain starts: \(first)")
        #expect(last.contains("actieplan"), "chain ends: \(last)")
    }

    @Test func jiheeyesMeetingsHaveTheirThemes() throws {
        let meetings = try Self.method("jiheeye").meetings
        #expect(meetings.map(\.number) == [1, 2, 3])
        #expect(
            meetings.map(\.themes) == [["zelfbeschikking"], ["opvoeding", "achterlating"], ["seksuele-diversiteit"]])
    }

    @Test func kezbansGroupChoosesFromFiveOptionsAndItsMeetingsHaveNoFixedThemes() throws {
        let kezban = try Self.method("kezban")
        let choice = try #require(kezban.groupChoice, "Kezban has no group_choice")
        #expect(choice.options.count == 5)
        #expect(
            choice.options.map { Set($0.themes) } == [
                ["huiselijk-geweld"], ["eergerelateerd-geweld"], ["huwelijksdwang"], ["achterlating"],
                ["seksualiteit", "seksuele-diversiteit"],
            ])
        #expect(choice.choose >= 1 && choice.choose <= choice.options.count)
        #expect(kezban.meetings.count == 3)
        for meeting in kezban.meetings {
            #expect(meeting.themes.isEmpty, "Kezban meeting \(meeting.number) has themes \(meeting.themes)")
        }
    }

    @Test func mudawwanahsGroupHasTwelveToFourteenPeople() throws {
        let size = try Self.method("mudawwanah").groupSize
        #expect(size.min == 12)
        #expect(size.max == 14)
    }

    @Test func smnHasTheQuestionWithCounterQuestionAndAftercareAfterEightWeeks() throws {
        let smn = try Self.method("gesprek-in-vrijheid")
        #expect(smn.organisation.short == "SMN")
        #expect(smn.rules.map(\.name).contains("De vraag met ondervraag"))
        #expect(smn.aftercare?.weeks == 8)
    }

    // MARK: - Every meeting

    /// Only a meeting whose themes the group chooses (no fixed themes) may start hot.
    @Test(arguments: methodIDs)
    func theFirstMeetingHasNoHotTheme(id: String) throws {
        let method = try Self.method(id)
        let first = try #require(method.meetings.first { $0.number == 1 })
        let themes = first.themes + first.agenda.compactMap(\.theme)
        for themeID in themes {
            let theme = try #require(Self.library.theme(themeID), "unknown theme \(themeID)")
            #expect(
                theme.temperature != .heet || (method.groupChoice != nil && first.themes.isEmpty),
                "\(id) meeting 1 has the hot theme \(themeID)")
        }
    }

    @Test(arguments: methodIDs)
    func blocksInAMeetingNeverGoFromHotterToCooler(id: String) throws {
        let method = try Self.method(id)
        #expect(method.meetings.count == 3)
        for meeting in method.meetings {
            var hottest: (block: String, temperature: Temperature)?
            for block in meeting.agenda {
                guard let themeID = block.theme else { continue }
                let theme = try #require(Self.library.theme(themeID), "unknown theme \(themeID)")
                if let before = hottest {
                    #expect(
                        theme.temperature >= before.temperature,
                        """
                        \(id) meeting \(meeting.number): '\(block.title)' (\(themeID), \(theme.temperature)) \
                        comes after '\(before.block)' (\(before.temperature))
                        """)
                }
                if hottest == nil || theme.temperature > hottest!.temperature {
                    hottest = (block.title, theme.temperature)
                }
            }
        }
    }

    // MARK: - The library

    @Test func theLibraryReachesTheMinimumCountsPerKind() {
        let minimums: [(PromptKind, Int)] = [
            (.stelling, 100), (.vraag, 80), (.casus, 25), (.huiswerk, 15), (.woordweb, 20), (.opening, 15),
            (.afsluiting, 15),
        ]
        for (kind, minimum) in minimums {
            let count = Self.library.prompts.filter { $0.kind == kind }.count
            #expect(count >= minimum, "\(count) prompts of kind \(kind), want at least \(minimum)")
        }
    }

    @Test func everyThemeHasThreeStatementsAndThreeQuestions() {
        #expect(!Self.library.themes.isEmpty)
        for theme in Self.library.themes {
            let prompts = Self.library.prompts(theme: theme.id)
            let statements = prompts.filter { $0.kind == .stelling }.count
            let questions = prompts.filter { $0.kind == .vraag }.count
            #expect(statements >= 3, "\(theme.id) has \(statements) statements")
            #expect(questions >= 3, "\(theme.id) has \(questions) questions")
        }
    }

    @Test func noPromptIsHotterThanItsTheme() throws {
        for prompt in Self.library.prompts {
            guard let themeID = prompt.theme else {
                #expect(!prompt.kind.needsTheme, "\(prompt.id) has no theme")
                continue
            }
            let theme = try #require(Self.library.theme(themeID), "\(prompt.id): unknown theme \(themeID)")
            #expect(
                prompt.temperature <= theme.temperature,
                "\(prompt.id) is \(prompt.temperature), its theme \(themeID) is \(theme.temperature)")
        }
    }

    @Test func promptIDsAndTextsAreUnique() {
        var ids: [String: Int] = [:]
        var texts: [String: String] = [:]
        for prompt in Self.library.prompts {
            ids[prompt.id, default: 0] += 1
            let key = Self.normalised(prompt.text)
            if let first = texts[key] {
                Issue.record("\(prompt.id) has the same text as \(first): '\(prompt.text)'")
            } else {
                texts[key] = prompt.id
            }
        }
        #expect(ids.filter { $0.value > 1 }.isEmpty, "ids used twice: \(ids.filter { $0.value > 1 }.keys.sorted())")
        #expect(ids.count == Self.library.prompts.count)
    }

    @Test func everyThemeOfTheProductBriefIsCovered() {
        #expect(Self.productThemeIDs.count == 21)
        #expect(Set(Self.library.themes.map(\.id)) == Set(Self.productThemeIDs + Self.issue15ThemeIDs))
        for id in Self.productThemeIDs {
            #expect(!Self.library.prompts(theme: id).isEmpty, "no prompts for \(id)")
        }
        for id in Self.issue15ThemeIDs {
            #expect(Self.library.prompts(theme: id).count >= 12, "fewer than 12 prompts for \(id)")
        }
    }

    // MARK: - Help

    @Test func thereIsExactlyOneAcuteLineAnd112IsIt() throws {
        let acute = Self.library.help.filter(\.acute)
        #expect(acute.map(\.id) == ["alarmnummer-112"])
        #expect(acute.first?.phone == "112")
    }

    @Test(arguments: productThemeIDs)
    func theHelpCardOfEveryThemeStartsWith112(theme: String) throws {
        let card = Self.library.helpCard(themes: [theme])
        let first = try #require(card.first)
        #expect(first.id == "alarmnummer-112")
        #expect(card.filter(\.acute).count == 1)
    }

    @Test func everyHelpEntryHasACheckedDateASourceAndOnlyPhoneNumbersFromTheSources() {
        let known = Set(Self.phonesInSources.map(Self.digits))
        #expect(Self.library.help.count >= 20)
        for entry in Self.library.help {
            if let phone = entry.phone {
                #expect(known.contains(Self.digits(phone)), "\(entry.id): phone \(phone) is not in the sources")
            }
            #expect(entry.checked.year >= 2000, "\(entry.id): checked \(entry.checked)")
            #expect(!entry.source.document.isEmpty && !entry.source.section.isEmpty, "\(entry.id) has no source")
            #expect(!entry.themes.isEmpty, "\(entry.id) has no themes")
        }
        let phones = Set(Self.library.help.compactMap(\.phone).map(Self.digits))
        #expect(phones == known, "phone numbers: \(phones.sorted())")
    }

    // MARK: - Search

    @Test func searchingEerFindsTheWordWebsAboutEer() {
        let hits = Self.library.search("eer", filter: ContentFilter(kind: .woordweb))
        let ids = hits.map(\.id)
        #expect(ids.contains("eergerelateerd-geweld-woordweb-1"))
        #expect(ids.contains("dubbele-moraal-woordweb-1"))
        #expect(hits.allSatisfy { $0.kind == .prompt })
        let all = Self.library.search("eer").map(\.id)
        #expect(all.contains("eergerelateerd-geweld-woordweb-1"))
        #expect(all.contains("eergerelateerd-geweld"), "the theme itself")
    }

    @Test func aFilterByKindAndThemeReturnsOnlySuchPrompts() {
        let filter = ContentFilter(theme: "huwelijksdwang", kind: .casus)
        let prompts = Self.library.prompts(matching: filter)
        #expect(!prompts.isEmpty)
        #expect(prompts.allSatisfy { $0.kind == .casus && $0.theme == "huwelijksdwang" })
        #expect(
            prompts.count
                == Self.library.prompts.filter { $0.kind == .casus && $0.theme == "huwelijksdwang" }.count)
        let hits = Self.library.search("", filter: filter)
        // A kind filter narrows a search to prompts only: no theme, no help entry.
        #expect(hits.map(\.id) == prompts.map(\.id))
        #expect(hits.allSatisfy { $0.kind == .prompt })
    }

    @Test func searchIgnoresCaseAndAccents() {
        for query in ["OKÉ", "oke", "Oké"] {
            #expect(Self.library.search(query).contains { $0.kind == .help && $0.id == "alles-oke" }, "query \(query)")
        }
        // "Coördinatiecentrum" is only in CoMensha's name and text, not in its id.
        for query in ["coordinatiecentrum", "COÖRDINATIECENTRUM", "Coördinatiecentrum"] {
            #expect(Self.library.search(query).map(\.id) == ["comensha"], "query \(query)")
        }
        #expect(Self.library.search("SOMALIERS").map(\.id).contains("fsan"))
        #expect(Self.library.search("EEN DING").map(\.id) == Self.library.search("één ding").map(\.id))
        #expect(!Self.library.search("één ding").isEmpty)
    }

    @Test func statsCountEveryPrompt() {
        let stats = Self.library.stats()
        let total = Self.library.prompts.count
        #expect(stats.prompts == total)
        #expect(stats.byKind.reduce(0) { $0 + $1.count } == total)
        #expect(stats.byTheme.reduce(0) { $0 + $1.count } == total)
        #expect(stats.byTemperature.reduce(0) { $0 + $1.count } == total)
        #expect(stats.methodologies == 7)
        #expect(stats.themes == 29)
        #expect(stats.helpEntries == Self.library.help.count)
        let filtered = Self.library.stats(ContentFilter(kind: .casus))
        #expect(filtered.prompts == Self.library.prompts.filter { $0.kind == .casus }.count)
    }
}
