import DialoogCore
import DialoogTestSupport
import Testing

/// `/` in the bibliotheek and `content search` find the methods' own texts and the common
/// base, say where they stand and open the page there (issue 17).
@Suite("Search in the methods and the common base")
struct PassageSearchTests {
    var library: Library { Fixtures.shipped.library }

    func passages(_ query: String, in library: Library? = nil) -> [Passage] {
        (library ?? self.library).search(query).compactMap(\.passage)
    }

    @Test func thePyramidIsFoundAsSMNsRuleAndInItsTypicalTraits() {
        let found = passages("piramide")
        #expect(
            found.contains { $0.method == "gesprek-in-vrijheid" && $0.section == .rules && $0.name == "De piramide" })
        #expect(found.contains { $0.method == "gesprek-in-vrijheid" && $0.section == .typical })
    }

    @Test func caseAndAccentsDoNotMatter() {
        #expect(passages("PIRAMIDE") == passages("piramide"))
        #expect(passages("Vraag mét ONDERVRAAG") == passages("vraag met ondervraag"))
    }

    @Test func theQuestionWithACounterQuestionIsFoundAsARuleAndInAnAgendaBlock() {
        let found = passages("vraag met ondervraag")
        #expect(found.contains { $0.section == .rules && $0.name == "De vraag met ondervraag" })
        // The guidance of an agenda block that says to use it: found with its meeting.
        #expect(found.contains { if case .meeting = $0.section { true } else { false } })
    }

    @Test func groundRulesAreFoundInTheCommonBaseAndInTheAgendas() {
        let found = passages("spelregels")
        #expect(found.contains { $0.method == nil })
        let blocks = found.filter { $0.method == "htib" }
        #expect(blocks.contains { $0.section == .meeting(1) && $0.name == "Spelregels afspreken" })
        #expect(blocks.contains { $0.section == .meeting(2) && $0.name == "Spelregels herhalen" })
    }

    @Test func aBlockAnchorsOnItsMeetingThenItsTitle() throws {
        let block = try #require(passages("spelregels afspreken").first { $0.method == "htib" })
        #expect(block.anchors.count == 2 && block.anchors.last == "Spelregels afspreken")
    }

    @Test func passagesComeLastSoThemesStayInView() {
        let kinds = library.search("eer").map(\.kind)
        let firstPassage = kinds.firstIndex(of: .passage) ?? kinds.count
        #expect(firstPassage < kinds.count)
        #expect(kinds.suffix(from: firstPassage).allSatisfy { $0 == .passage })
        #expect(kinds.prefix(firstPassage).contains(.theme))
    }

    @Test func aFilterOnPromptsLeavesThePassagesOut() {
        #expect(library.search("spelregels", filter: ContentFilter(kind: .stelling)).allSatisfy { $0.kind == .prompt })
    }

    @Test func englishFindsTheTranslatedTexts() {
        let english = library.localized(to: .en)
        let found = passages("pyramid", in: english)
        #expect(found.contains { $0.method == "gesprek-in-vrijheid" && $0.name == "The pyramid" })
        #expect(passages("ground rules", in: english).contains { $0.method == nil })
    }

    @Test func nothingMatchesNonsense() {
        #expect(passages("zzqxv").isEmpty)
        #expect(library.search("").count >= library.methods.count)
    }
}
