import DialoogCore
import Testing

/// `methods/variants/<method>.yaml` on inline files: each mistake gives one exact
/// `file:line: message`, and a clean file replaces the meetings it names.
@Suite("Variant files")
struct VariantLoaderTests {
    static let path = "methods/variants/proef.yaml"

    static let clean = """
        written_for: [jongeren]
        variants:
          - groups: [ouders]
            summary: Voor ouders.
            meetings:
              - number: 2
                purpose: Verdiepen met ouders.
                agenda:
                  - {title: Jouw kind, by: dialoog, kind: kern, form: dialoog, minutes: 40, guidance: Vraag naar je kind.}
                  - keep: Kern
          - groups: [vrouwen, mannen]
            summary: Voor volwassenen.
            meetings:
              - number: 1
                purpose: Kennismaken met volwassenen.
                agenda:
                  - keep: Welkom
        """

    static func load(_ text: String, path: String = path) -> LoadedContent {
        ContentLoader.load(layers: [ContentLoaderTests.files(adding: [ContentText(path: path, text: text)])])
    }

    static func messages(_ text: String, path: String = path) -> [String] {
        load(text, path: path).diagnostics.map { $0.localized(.en) }
    }

    @Test func aCleanFileReplacesTheMeetingsItNamesAndKeepsTheRest() throws {
        let loaded = Self.load(Self.clean)
        #expect(loaded.diagnostics.isEmpty)
        let variants = try #require(loaded.library.variants(of: "proef"))
        #expect(variants.writtenFor == [.jongeren])
        let method = try #require(loaded.library.method("proef"))
        let meetings = method.meetings(for: variants.variants[0])
        #expect(meetings[0] == method.meetings[0])
        #expect(meetings[1].purpose == "Verdiepen met ouders.")
        #expect(meetings[1].agenda.map(\.title) == ["Jouw kind", "Kern"])
        #expect(meetings[1].agenda[1] == method.meetings[1].agenda[0])
    }

    @Test func anUnknownMethodIsNamedWithTheNearestOne() {
        #expect(
            Self.messages(Self.clean, path: "methods/variants/proeff.yaml") == [
                "methods/variants/proeff.yaml:1: unknown methodology 'proeff' (did you mean 'proef'?)"
            ])
    }

    @Test func anUnknownGroupLabelIsNamedAtItsLine() {
        let text = Self.clean.replacingOccurrences(of: "groups: [ouders]", with: "groups: [moeder]")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:3: 'groups' is 'moeder'; choose from ouders, jongeren, vrouwen, "
                    + "mannen, nieuwkomers, gemengd, moeders, vaders, ouderen, lhbt (did you mean 'moeders'?)"
            ])
    }

    @Test func aMeetingTheMethodDoesNotHaveIsNamed() {
        let text = Self.clean.replacingOccurrences(of: "- number: 2", with: "- number: 4")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:6: methodology 'proef' has no meeting 4; choose from 1, 2, 3"
            ])
    }

    @Test func aGroupInTwoVariantsIsNamedWithItsFirstPlace() {
        let text = Self.clean.replacingOccurrences(of: "groups: [vrouwen, mannen]", with: "groups: [vrouwen, ouders]")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:11: group 'ouders' is already at methods/variants/proef.yaml:3; "
                    + "each group belongs to one agenda"
            ])
    }

    @Test func aGroupOfTheOwnAgendaIsAlsoADuplicate() {
        let text = Self.clean.replacingOccurrences(of: "groups: [ouders]", with: "groups: [jongeren]")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:3: group 'jongeren' is already at methods/variants/proef.yaml:1; "
                    + "each group belongs to one agenda"
            ])
    }

    @Test func aKeptBlockThatIsNotThereIsNamedWithTheNearestTitle() {
        let text = Self.clean.replacingOccurrences(of: "- keep: Kern", with: "- keep: Kernn")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:10: meeting 2 of the methodology has no block 'Kernn' (did you mean 'Kern'?)"
            ])
    }

    @Test func theSameMeetingTwiceInOneVariantIsNamed() {
        let text = Self.clean.replacingOccurrences(
            of: "      - number: 1\n",
            with: "      - number: 1\n        purpose: Eerst.\n        agenda: [{keep: Welkom}]\n      - number: 1\n")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:17: 'number' 1 is already used at methods/variants/proef.yaml:14; "
                    + "choose another number"
            ])
    }

    @Test func aBlockOfAVariantIsCheckedLikeAMethodsBlock() {
        let text = Self.clean.replacingOccurrences(of: "form: dialoog, minutes: 40", with: "form: dialog, minutes: 400")
        #expect(
            Self.messages(text) == [
                "methods/variants/proef.yaml:9: 'minutes' is 400; choose a value from 1 to 240",
                "methods/variants/proef.yaml:9: unknown working form 'dialog' (did you mean 'dialoog'?)",
            ])
    }

    @Test func withoutWrittenForTheFileIsIncomplete() {
        let text = Self.clean.replacingOccurrences(of: "written_for: [jongeren]\n", with: "")
        #expect(Self.messages(text) == ["methods/variants/proef.yaml:1: missing key 'written_for'"])
        #expect(Self.load(text).library.variants.isEmpty)
    }

    @Test func anUnknownKeyIsReportedWithItsLine() {
        let text = Self.clean.replacingOccurrences(of: "    summary: Voor ouders.", with: "    sumary: Voor ouders.")
        #expect(
            Self.messages(text) == ["methods/variants/proef.yaml:4: unknown key 'sumary' (did you mean 'summary'?)"])
    }

    // MARK: - Choosing

    @Test func theMostSpecificAgendaIsChosen() throws {
        let library = Self.load(Self.clean).library
        let choose = { (groups: [TargetGroup]) in library.agendaChoice(method: "proef", groups: groups) }
        #expect(choose([.jongeren]).variant == nil)
        #expect(choose([.jongeren]).fits)
        #expect(choose([.moeders]).variant?.groups == [.ouders])
        #expect(choose([.vaders]).variant?.groups == [.ouders])
        #expect(choose([.mannen]).variant?.groups == [.vrouwen, .mannen])
        #expect(choose([.nieuwkomers]).fits == false)
        #expect(choose([.nieuwkomers]).writtenFor == [.jongeren])
        #expect(choose([]).fits)
    }

    @Test func aMethodWithoutAVariantsFileFitsEveryGroup() {
        let library = ContentLoader.load(layers: [ContentLoaderTests.files()]).library
        #expect(library.agendaChoice(method: "proef", groups: [.nieuwkomers]).fits)
    }
}
