import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Duplicating a series and saving it as a template (issue 17): the copy keeps the way of
/// working and nothing of the series it came from that belongs to that series alone.
@Suite("Series copies and templates")
struct SeriesCopyTests {
    static let library = Fixtures.shipped.library
    static let calendar = Fixtures.calendar
    static let later = Fixtures.date("2027-01-10T09:00")

    /// The fixture plan after a trainer's work and a held first meeting: an own checklist item
    /// done, materials on a block, the checklist partly done, meeting 1 ended.
    static var worked: SeriesPlan {
        var plan = Fixtures.plan()
        plan.ownChecklist = [
            OwnPreparation(id: "00000000-0000-4000-8000-00000000c001", text: "tolk bevestigd", done: true)
        ]
        plan.checklist = [.locatie, .sleutelpersonen]
        plan.meetings[0].meeting.state = .ended
        plan.meetings[0].blocks[0].materials = "flip-over, stiften"
        plan.meetings[1].blocks[0].title = "Terugblik op week 1"
        plan.revision = 7
        return plan
    }

    static func allIDs(_ plan: SeriesPlan) -> Set<String> {
        var ids: Set<String> = [plan.series.id]
        for meeting in plan.meetings {
            ids.insert(meeting.meeting.id)
            for block in meeting.blocks { ids.insert(block.id) }
        }
        for item in plan.ownChecklist { ids.insert(item.id) }
        return ids
    }

    @Test func aCopyHasNoDatesNoStatesAndNoIdOfTheOldSeries() {
        let old = Self.worked
        let copy = old.duplicate(name: "Vrouwengroep Schilderswijk (kopie)", now: Self.later)
        #expect(copy.series.name == "Vrouwengroep Schilderswijk (kopie)")
        #expect(copy.series.createdAt == Self.later)
        #expect(Self.allIDs(copy).isDisjoint(with: Self.allIDs(old)), "attendance and records hang on ids")
        #expect(Self.allIDs(copy).count == Self.allIDs(old).count, "every id is new and none is used twice")
        #expect(copy.meetings.allSatisfy { $0.meeting.startsAt == nil })
        #expect(copy.meetings.allSatisfy { $0.meeting.state == .planned })
        #expect(copy.meetings.allSatisfy { $0.meeting.seriesId == copy.series.id })
        #expect(copy.checklist.isEmpty)
        #expect(copy.ownChecklist.map(\.text) == ["tolk bevestigd"])
        #expect(copy.ownChecklist.allSatisfy { !$0.done })
        #expect(copy.revision == 0)
        // The way of working stays: method, people, agenda with the trainer's edits.
        #expect(copy.series.methodId == old.series.methodId)
        #expect(copy.series.facilitators == old.series.facilitators)
        #expect(copy.meetings.map(\.meeting.number) == old.meetings.map(\.meeting.number))
        #expect(copy.meetings[0].blocks[0].materials == "flip-over, stiften")
        #expect(copy.meetings[1].blocks[0].title == "Terugblik op week 1")
        #expect(copy.meetings.map { $0.blocks.map(\.prompts) } == old.meetings.map { $0.blocks.map(\.prompts) })
        #expect(copy.meetings[0].blocks.map(\.provenance) == old.meetings[0].blocks.map(\.provenance))
    }

    @Test func aTemplateLeavesOutThePeopleAndTheIdsAndDates() {
        let text = PlanFile.encode(
            Self.worked.template(name: "HTIB vrouwen", now: Self.later), library: Self.library,
            calendar: Self.calendar, template: true)
        #expect(text.hasPrefix("# Sjabloon voor een reeks"))
        let keys = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(!keys.contains { $0.hasPrefix("id: ") }, "no id of the series it came from")
        #expect(!text.contains("starts:") && !text.contains("created:") && !text.contains("state:"))
        #expect(!text.contains("2026-12"), "no date at all")
        #expect(text.contains("facilitators: []"))
        #expect(!text.contains("Den Haag"))
        #expect(!text.contains(": true"), "nothing done on the checklist")
        #expect(text.contains("- item: tolk bevestigd"))
        #expect(text.contains("materials: flip-over, stiften"))
    }

    @Test func aTemplateReadsBackAsTheSameAgendaUnderNewIds() throws {
        let old = Self.worked
        let text = PlanFile.encode(
            old.template(name: "HTIB vrouwen", now: Self.later), library: Self.library, calendar: Self.calendar,
            template: true)
        let read = PlanFile.decode(
            text, path: "sjablonen/HTIB vrouwen.yaml", library: Self.library, calendar: Self.calendar, template: true)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics.map { $0.localized(.nl) })")
        let plan = try #require(read.plan).duplicate(name: "Vrouwen voorjaar", now: Self.later)
        #expect(plan.series.name == "Vrouwen voorjaar")
        #expect(plan.series.methodId == old.series.methodId)
        #expect(plan.series.facilitators.isEmpty)
        #expect(Self.allIDs(plan).isDisjoint(with: Self.allIDs(old)))
        #expect(plan.meetings.allSatisfy { $0.meeting.startsAt == nil && $0.meeting.state == .planned })
        func agenda(_ p: SeriesPlan) -> [[String]] {
            p.meetings.map { $0.blocks.map { "\($0.title)|\($0.minutes)|\($0.materials)|\($0.prompts)" } }
        }
        #expect(agenda(plan) == agenda(old))
        #expect(plan.ownChecklist.map(\.text) == ["tolk bevestigd"])
        // Saving the read template again writes the same file: nothing drifts through a round.
        let again = PlanFile.encode(
            plan.template(name: "HTIB vrouwen", now: Self.later), library: Self.library, calendar: Self.calendar,
            template: true)
        #expect(again == text)
    }

    @Test func aDamagedTemplateSaysWhereAndGivesNoPlan() throws {
        var lines = PlanFile.encode(
            Self.worked.template(name: "t", now: Self.later), library: Self.library, calendar: Self.calendar,
            template: true
        ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("        minutes: ") })
        lines[at] = "        minutes: veertig"
        let read = PlanFile.decode(
            lines.joined(separator: "\n"), path: "sjablonen/t.yaml", library: Self.library, calendar: Self.calendar,
            template: true)
        #expect(read.plan == nil)
        #expect(read.diagnostics.map(\.line) == [at + 1])
        #expect(read.diagnostics.first?.localized(.nl).hasPrefix("sjablonen/t.yaml:\(at + 1): ") == true)
    }

    @Test func aPlanFileStillNeedsItsCreatedDate() {
        let text = PlanFile.encode(Self.worked, library: Self.library, calendar: Self.calendar)
            .split(separator: "\n").filter { !$0.contains("created:") }.joined(separator: "\n")
        let read = PlanFile.decode(text, path: "plan.yaml", library: Self.library, calendar: Self.calendar)
        #expect(read.plan == nil, "only a template may leave the date out")
    }
}
