import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// What to bring for a block (a film, the flip-over): typed in the block editor, kept in the
/// store and the plan file, and printed under the block.
@Suite("Planner: materials per block")
struct BlockMaterialsTests {
    static let plan = Fixtures.plan()
    var library: Library { Fixtures.shipped.library }

    static var withMaterials: SeriesPlan {
        var plan = Self.plan
        plan.meetings[0].blocks[0].materials = "flip-over, stiften"
        return plan
    }

    @Test func theBlockEditorTakesTheMaterialsAndUndoPutsThemBack() throws {
        var state = Fixtures.plannerState(Self.plan)
        _ = state.reduce(.command(.open))
        while state.plannerState.editor?.current(promptCount: state.plannerState.currentBlock?.prompts.count ?? 0)
            != .materials
        {
            _ = state.reduce(.command(.moveDown))
        }
        _ = state.reduce(.command(.edit))
        #expect(state.inputMode == .blockEditorText)
        _ = state.reduce(.insertText("  film 'Thuis', flip-over "))
        let effects = state.reduce(.command(.confirm))
        guard case .savePlan(let saved) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(saved.meetings[0].blocks[0].materials == "film 'Thuis', flip-over")
        _ = state.reduce(.command(.undo))
        #expect(state.plannerState.plan?.meetings[0].blocks[0].materials == "")
    }

    @Test func thePlanFileWritesAndReadsThemAndRefusesTooLongOnesAtTheirLine() throws {
        var plan = PlanFileTests.small
        plan.meetings[0].blocks[1].materials = "film 'Thuis', flip-over"
        PlanFileTests.expectRoundTrip(plan)
        let text = PlanFileTests.encode(plan)
        #expect(text.contains("      materials: film 'Thuis', flip-over\n"))
        // Without the key the block has none: older plan files read as before.
        #expect(!PlanFileTests.encode(PlanFileTests.small).contains("materials"))
        let long = text.replacingOccurrences(
            of: "materials: film 'Thuis', flip-over",
            with: "materials: " + String(repeating: "x", count: Limits.name + 1))
        let lines = long.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("materials:") }) + 1
        #expect(
            PlanFileTests.messages(long) == [
                "plan.yaml:\(line): 'materials' is \(Limits.name + 1) characters long; dialoog keeps at most \(Limits.name)"
            ])
    }

}
