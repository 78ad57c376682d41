import DialoogCore
import Foundation
import Testing

/// A plan block keeps the provenance of the method's block it came from until the trainer
/// changes its words; then it is the trainer's.
@Suite("Provenance of plan blocks")
struct PlanProvenanceTests {
    static let own = AgendaBlock(
        title: "Hoe ben jij opgevoed?", kind: .kern, form: "dialoog", minutes: 25, theme: "opvoeding",
        guidance: "Gebruik de vraag met ondervraag.", questions: ["Wat denk je dat ik toen deed?"],
        provenance: .organisation(lines: "1757-1762"), questionProvenance: [.organisation(lines: "1757-1762")])

    @Test func aBlockFromTheMethodIsTheMethodsUntilItsWordsChange() {
        var block = PlanBlock(method: Self.own, theme: "opvoeding")
        #expect(block.shownProvenance == .organisation(lines: "1757-1762"))
        // The planning of every series: minutes, theme, prompts, materials.
        block.minutes = 40
        block.theme = "vrijheid-en-communicatie"
        block.prompts = ["stelling-opvoeding-1"]
        block.materials = "flip-over"
        #expect(block.shownProvenance == .organisation(lines: "1757-1762"))
        for change in [
            { (b: inout PlanBlock) in b.title = "Hoe ben jij opgevoed, en hoe voedt jij op?" },
            { (b: inout PlanBlock) in b.guidance += " Vertel eerst zelf." },
            { (b: inout PlanBlock) in b.questions.append("Wat mocht jij niet?") },
            { (b: inout PlanBlock) in b.form = "duos" },
            { (b: inout PlanBlock) in b.kind = .kennis },
        ] {
            var changed = block
            change(&changed)
            #expect(changed.shownProvenance == .trainer)
        }
    }

    @Test func aBlockTheTrainerAddsIsTheTrainersAndAnOldBlockHasNoMark() {
        var plan = SeriesPlan(
            series: Series(id: "s", name: "Proef", methodId: "proef", organisation: "SP", createdAt: .distantPast),
            meetings: [])
        plan.meetings.append(
            MeetingPlan(meeting: Meeting(seriesId: "s", number: 1, kind: .regular), blocks: []))
        let at = plan.addBlock(meeting: 0, after: nil, ids: IdSource.sequential())
        #expect(at.map { plan.meetings[0].blocks[$0].shownProvenance } == .trainer)
        #expect(PlanBlock(title: "Oud", kind: .kern, form: "dialoog", minutes: 10).shownProvenance == nil)
    }

    @Test func theFingerprintIsStableAndStoredValuesRoundTrip() {
        #expect(
            PlanBlock.fingerprint(title: "a", kind: .kern, form: "dialoog", guidance: "", questions: [])
                == PlanBlock.fingerprint(title: "a", kind: .kern, form: "dialoog", guidance: "", questions: []))
        #expect(
            PlanBlock.fingerprint(title: "ab", kind: .kern, form: "dialoog", guidance: "", questions: [])
                != PlanBlock.fingerprint(title: "a", kind: .kern, form: "bdialoog", guidance: "", questions: []))
        for value in [Provenance.organisation(lines: "1790-1794, 1801"), .dialoog, .trainer] {
            #expect(Provenance(stored: value.stored) == value)
        }
        for odd in ["", "organisatie", "organisatie:", "organisatie:abc", "Dialoog", "iemand"] {
            #expect(Provenance(stored: odd) == nil, "\(odd)")
        }
    }
}
