import DialoogCore
import Testing

/// `by:` and `source:` on agenda blocks and their questions: whose an element is, with exact diagnostics.
@Suite("Provenance in methods")
struct ProvenanceLoaderTests {
    /// The Kern block of meeting 2 (its line is 18), written out so its keys get lines of their own.
    static func method(_ block: String) -> String {
        ContentLoaderTests.method.replacingOccurrences(
            of: "      - {title: Kern, by: dialoog, kind: kern, form: dialoog, minutes: 60, guidance: Vraag door.}",
            with: block)
    }

    static let kern = """
              - title: Kern
                kind: kern
                form: dialoog
                minutes: 60
                guidance: Vraag door.
        """

    static func messages(_ block: String) -> [String] {
        ContentLoaderTests.messages(ContentLoaderTests.files(replacing: "methods/proef.yaml", with: method(block)))
    }

    static func kern(_ provenance: String, questions: String = "") -> String {
        kern + "\n" + provenance.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
            + (questions.isEmpty ? "" : "\n        questions:\n" + questions)
    }

    @Test func aBlockWithoutByIsRefused() {
        #expect(Self.messages(Self.kern) == ["methods/proef.yaml:18: missing key 'by'"])
    }

    @Test func anUnknownOwnerSuggestsTheNearest() {
        #expect(
            Self.messages(Self.kern("by: organisate\nsource: \"12-14\"")) == [
                "methods/proef.yaml:23: 'by' is 'organisate'; choose from organisatie, dialoog (did you mean 'organisatie'?)"
            ])
    }

    @Test func theOrganisationsOwnNeedsWellFormedSourceLines() {
        #expect(
            Self.messages(Self.kern("by: organisatie")) == [
                "methods/proef.yaml:23: 'by: organisatie' needs 'source': the lines of the methodology's source "
                    + "document where the organisation describes this, such as \"1790-1794\""
            ])
        for bad in ["001:1790-1794", "1794-1790", "regel 12", "12,", "0-3"] {
            #expect(
                Self.messages(Self.kern("by: organisatie\nsource: \"\(bad)\"")) == [
                    "methods/proef.yaml:24: 'source' is '\(bad)'; write lines of the methodology's source document, "
                        + "such as \"1790-1794\" (more than one: separate with ', ')"
                ])
        }
    }

    @Test func aProposalOfDialoogHasNoSource() {
        #expect(
            Self.messages(Self.kern("by: dialoog\nsource: \"12-14\"")) == [
                "methods/proef.yaml:24: 'source' does not belong with 'by: dialoog': a proposal of dialoog has no "
                    + "source lines; write 'by: organisatie' if the organisation describes this itself"
            ])
    }

    @Test func questionsInheritTheBlocksProvenanceUnlessTheyHaveTheirOwn() throws {
        let questions = """
                      - Wat mocht jij vroeger?
                      - text: Wat zou jij doen?
                        by: dialoog
            """
        let block = Self.kern("by: organisatie\nsource: \"1790-1794,1801\"", questions: questions)
        let loaded = ContentLoader.load(layers: [
            ContentLoaderTests.files(replacing: "methods/proef.yaml", with: Self.method(block))
        ])
        #expect(loaded.diagnostics.isEmpty)
        let kern = try #require(loaded.library.method("proef")?.meetings[1].agenda.first)
        #expect(kern.provenance == .organisation(lines: "1790-1794, 1801"))
        #expect(kern.questions == ["Wat mocht jij vroeger?", "Wat zou jij doen?"])
        #expect(kern.questionProvenance == [.organisation(lines: "1790-1794, 1801"), .dialoog])
    }

    @Test func aQuestionsMappingIsCheckedLikeABlock() {
        let questions = """
                      - text: Wat zou jij doen?
                        by: organisatie
                      - text: Hoe kom je daarop?
                      - tekst: Waarom?
                        by: dialoog
            """
        #expect(
            Self.messages(Self.kern("by: dialoog", questions: questions)) == [
                "methods/proef.yaml:26: 'by: organisatie' needs 'source': the lines of the methodology's source "
                    + "document where the organisation describes this, such as \"1790-1794\"",
                "methods/proef.yaml:27: missing key 'by'",
                "methods/proef.yaml:28: unknown key 'tekst'",
                "methods/proef.yaml:28: missing key 'text'",
            ])
    }
}
