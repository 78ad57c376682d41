import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// `T` swaps a meeting's topic from the method's list; `D` erases the series after asking.
@Suite("Planner: topic and erasing")
struct PlannerTopicTests {
    let library = Fixtures.shipped.library

    func planner(_ plan: SeriesPlan, _ commands: [Command] = []) -> AppState {
        var state = Fixtures.plannerState(plan)
        for command in commands { _ = state.reduce(.command(command)) }
        return state
    }

    /// Opens `T` on the meeting `meeting` (an index), types `text` and takes the first match.
    func swap(_ state: inout AppState, meeting: Int, to text: String) -> [Effect] {
        state.plannerState.meeting = meeting
        state.plannerState.block = 0
        _ = state.reduce(.command(.swapTopic))
        _ = state.reduce(.insertText(text))
        return state.reduce(.command(.submit))
    }

    func themes(_ plan: SeriesPlan?, meeting: Int) -> [String] {
        plan?.meetings[meeting].blocks.compactMap(\.theme) ?? []
    }

    @Test func kezbansListIsTheGroupsChoiceAndTheMeetingsOwnOptionIsUnderTheCursor() throws {
        let plan = Fixtures.plan(
            Fixtures.series(method: "kezban", choice: ["Huwelijksdwang", "Achterlating", "Huiselijk geweld"]))
        var state = planner(plan)
        state.plannerState.meeting = 1
        _ = state.reduce(.command(.swapTopic))
        #expect(state.inputMode == .choicePicker)
        let picker = try #require(state.plannerState.topic)
        let items = picker.items(library: library)
        #expect(items.map(\.name) == library.method("kezban")?.groupChoice?.options.map(\.name))
        let current = try #require(plan.topic(meeting: 1, method: library.method("kezban"), library: library))
        #expect(items[picker.selection].id == current.option)
    }

    @Test func swappingAKezbanMeetingChangesItsBlocksPromptsCardAndTheGroupsChoice() throws {
        let plan = Fixtures.plan(
            Fixtures.series(method: "kezban", choice: ["Huwelijksdwang", "Achterlating", "Huiselijk geweld"]))
        let method = library.method("kezban")
        let before = try #require(plan.topic(meeting: 0, method: method, library: library))
        var state = planner(plan)
        let effects = swap(&state, meeting: 0, to: "eergerelateerd")
        let after = try #require(state.plannerState.plan)
        #expect(effects == [.savePlan(after)])
        #expect(state.inputMode == .planner)
        let chosen = after.meetings[0].blocks.filter(\.chosenByGroup)
        #expect(!chosen.isEmpty)
        #expect(chosen.allSatisfy { $0.theme == "eergerelateerd-geweld" })
        // New prompts on the new theme, none that the series already had elsewhere.
        for block in chosen where [.kern, .kennis].contains(block.kind) {
            #expect(!block.prompts.isEmpty)
            #expect(block.prompts.allSatisfy { library.prompt($0)?.theme == "eergerelateerd-geweld" })
        }
        let counts = Dictionary(
            after.meetings.flatMap { $0.blocks.flatMap(\.prompts) }.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(counts.values.allSatisfy { $0 == 1 })
        // The other meetings keep theirs; the group's choice names the new option in its place.
        #expect(themes(after, meeting: 1) == themes(plan, meeting: 1))
        #expect(themes(after, meeting: 2) == themes(plan, meeting: 2))
        #expect(after.series.groupChoice.contains("Eergerelateerd geweld"))
        #expect(!after.series.groupChoice.contains(try #require(before.option)))
        // The help card has what the new theme needs.
        let needed = library.helpEntries(themes: ["eergerelateerd-geweld"], municipality: "Den Haag").map(\.id)
        #expect(!needed.isEmpty)
        #expect(Set(needed).isSubset(of: after.meetings[0].meeting.helpCard))
        #expect(state.status == .plan(.topicSwapped(name: "Eergerelateerd geweld", meetings: [1])))
    }

    @Test func uPutsTheOldTopicBack() throws {
        let plan = Fixtures.plan(
            Fixtures.series(method: "kezban", choice: ["Huwelijksdwang", "Achterlating", "Huiselijk geweld"]))
        var state = planner(plan)
        _ = swap(&state, meeting: 2, to: "seksual")
        #expect(state.plannerState.plan != plan)
        #expect(state.reduce(.command(.undo)) == [.savePlan(plan)])
        #expect(state.plannerState.plan == plan)
        #expect(state.plannerState.meeting == 2)
        guard case .plan(.undone(.swapTopic(number: 3, _), left: 0)) = state.status else {
            Issue.record("undo should name the swapped topic: \(String(describing: state.status))")
            return
        }
    }

    @Test func mudawwanahsOneChoiceFollowsIntoMeetingThree() throws {
        let plan = Fixtures.plan(Fixtures.series(method: "mudawwanah", choice: ["Gendergelijkheid"]))
        var state = planner(plan)
        _ = swap(&state, meeting: 1, to: "seksuele")
        let after = try #require(state.plannerState.plan)
        for m in [1, 2] {
            let chosen = after.meetings[m].blocks.filter(\.chosenByGroup)
            #expect(!chosen.isEmpty)
            #expect(chosen.allSatisfy { $0.theme == "seksuele-diversiteit" })
        }
        #expect(after.series.groupChoice == ["Seksuele diversiteit"])
        #expect(state.status == .plan(.topicSwapped(name: "Seksuele diversiteit", meetings: [2, 3])))
    }

    @Test func htibsTopicIsTheMeetingsHottestThemeAndTheLookBackFollows() throws {
        let plan = Fixtures.plan()
        let method = library.method("htib")
        #expect(plan.topic(meeting: 1, method: method, library: library)?.themes == ["transgender"])
        var state = planner(plan)
        _ = swap(&state, meeting: 1, to: "huwelijksdwang")
        let after = try #require(state.plannerState.plan)
        #expect(!themes(after, meeting: 1).contains("transgender"))
        #expect(!themes(after, meeting: 2).contains("transgender"))
        #expect(themes(after, meeting: 1).contains("huwelijksdwang"))
        // What was not the topic stays: the boys-and-girls block keeps its theme, meeting 1 is untouched.
        #expect(themes(after, meeting: 1).contains("gelijkheid-man-vrouw"))
        #expect(themes(after, meeting: 0) == themes(plan, meeting: 0))
    }

    @Test func escLeavesThePlanAsItWasAndAMeetingWithoutTopicSaysSo() throws {
        let plan = Fixtures.plan()
        var state = planner(plan)
        state.plannerState.meeting = 1
        _ = state.reduce(.command(.swapTopic))
        _ = state.reduce(.insertText("huw"))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.inputMode == .planner)
        #expect(state.plannerState.plan == plan)
        #expect(state.plannerState.undo.isEmpty)
        // A meeting whose blocks carry no theme has no topic to swap.
        var bare = plan
        for index in bare.meetings[0].blocks.indices { bare.meetings[0].blocks[index].theme = nil }
        var other = planner(bare)
        #expect(other.reduce(.command(.swapTopic)) == [])
        #expect(other.inputMode == .planner)
        #expect(other.status == .plan(.noTopic(number: 1)))
    }

    @Test func aHeldMeetingsTopicStays() throws {
        var plan = Fixtures.plan(
            Fixtures.series(method: "kezban", choice: ["Huwelijksdwang", "Achterlating", "Huiselijk geweld"]))
        plan.meetings[0].meeting.state = .ended
        var state = planner(plan)
        #expect(swap(&state, meeting: 0, to: "eergerelateerd") == [])
        #expect(state.plannerState.plan == plan)
        #expect(state.status == .plan(.meetingHeld(number: 1)))
    }

    // MARK: - Erasing the series

    @Test func capitalDAsksNamingTheSeriesAndNKeepsIt() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        #expect(state.reduce(.command(.eraseSeries)) == [])
        #expect(state.inputMode == .plannerConfirm)
        #expect(state.status == .plan(.confirmEraseSeries(name: "Vrouwengroep Schilderswijk")))
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.screen == .planner)
        #expect(state.status == .plan(.nothingErased))
        #expect(state.plannerState.plan == plan)
    }

    @Test func jErasesThroughTheStoresErasureAndGoesToTheStartScreen() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        _ = state.reduce(.command(.eraseSeries))
        let effects = state.reduce(.command(.confirm))
        #expect(effects == [.eraseSeries(id: plan.series.id, name: plan.series.name), .loadSeries, .loadFollowUps])
        #expect(state.screen == .start)
        #expect(state.plannerState.plan == nil)
        _ = state.reduce(.seriesErased(name: plan.series.name))
        #expect(state.status == .plan(.seriesErased(name: "Vrouwengroep Schilderswijk")))
    }
}
