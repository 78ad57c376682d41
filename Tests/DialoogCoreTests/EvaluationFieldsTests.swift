import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The evaluation's fields the sources ask for: advice to the municipality (002), the
/// collaboration with local professionals (003) and the volunteers' hours and expenses (002).
/// Each is typed in the form, kept in range, and stored with the whole evaluation.
@Suite("Evaluation fields for the municipality")
struct EvaluationFieldsTests {
    func form(on field: EvaluationField) -> AppState {
        var state = Fixtures.evaluationState(Fixtures.evaluationSubject())
        for _ in 0..<field.rawValue { _ = state.reduce(.command(.moveDown)) }
        #expect(state.evaluation?.field == field)
        return state
    }

    func saved(_ effects: [Effect], sourceLocation: SourceLocation = #_sourceLocation) -> Evaluation? {
        guard effects.count == 1, case .saveEvaluation(let evaluation, _) = effects[0] else {
            Issue.record("expected one .saveEvaluation, got \(effects)", sourceLocation: sourceLocation)
            return nil
        }
        return evaluation
    }

    @Test func recommendationsAreLinesUpToTheirLimitsAndRemovable() {
        var state = form(on: .recommendations)
        _ = state.reduce(.command(.editField))
        #expect(
            state.evaluation?.typing
                == .line(index: nil, field: TextField(limit: Evaluation.recommendationLength)))
        _ = state.reduce(.insertText(String(repeating: "b", count: 200)))
        let first = saved(state.reduce(.command(.confirm)))
        #expect(first?.recommendations.first?.count == Evaluation.recommendationLength)
        #expect(first?.agreements == [], "advice is not an agreement of the group")
        for number in 2...Evaluation.recommendationCount {
            _ = state.reduce(.command(.increase))
            _ = state.reduce(.insertText("meer lotgenotencontact \(number)"))
            _ = state.reduce(.command(.confirm))
        }
        #expect(state.evaluation?.evaluation.recommendations.count == Evaluation.recommendationCount)
        #expect(state.reduce(.command(.increase)) == [])
        #expect(state.status == .evaluation(.recommendationsFull(Evaluation.recommendationCount)))
        // Enter edits the line under the cursor; x removes it.
        _ = state.reduce(.command(.editField))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.insertText("X"))
        #expect(saved(state.reduce(.command(.confirm)))?.recommendations.last == "meer lotgenotencontact X")
        #expect(saved(state.reduce(.command(.removeLine)))?.recommendations.count == 4)
    }

    @Test func collaborationIsAScaleOfOneToFive() {
        var state = form(on: .collaboration)
        #expect(saved(state.reduce(.command(.score4)))?.collaboration == 4)
        #expect(saved(state.reduce(.command(.stepForward)))?.collaboration == 5)
        #expect(state.reduce(.command(.stepForward)) == [], "never above 5")
        #expect(saved(state.reduce(.command(.clearValue)))?.collaboration == nil)
    }

    @Test func hoursAreCountedAndTypedWithinTheirRange() {
        var state = form(on: .volunteerHours)
        #expect(saved(state.reduce(.command(.increase)))?.volunteerHours == 1)
        #expect(saved(state.reduce(.command(.decrease)))?.volunteerHours == 0)
        #expect(state.reduce(.command(.decrease)) == [], "never below 0")
        _ = state.reduce(.command(.editField))
        _ = state.reduce(.insertText("201"))
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .evaluation(.badCount("201", range: Evaluation.hoursRange)))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.command(.deleteBackward))
        _ = state.reduce(.insertText("2"))
        #expect(saved(state.reduce(.command(.confirm)))?.volunteerHours == 22)
    }

    @Test func expensesTakeFourDigitsOfWholeEuros() {
        var state = form(on: .expenses)
        _ = state.reduce(.command(.editField))
        _ = state.reduce(.insertText("€ 12,50 9999"))
        // Only digits, four at most: "1250" is what was typed as a number.
        #expect(state.evaluation?.typing?.text == "1250")
        #expect(saved(state.reduce(.command(.confirm)))?.expenses == 1250)
        #expect(saved(state.reduce(.command(.clearValue)))?.expenses == nil)
    }

    @Test func aLockedFormChangesNoneOfThem() {
        var state = form(on: .expenses)
        state.evaluation?.locked = true
        #expect(state.reduce(.command(.increase)) == [])
        #expect(state.evaluation?.evaluation.expenses == nil)
        #expect(state.status == .evaluation(.readOnly))
    }
}
