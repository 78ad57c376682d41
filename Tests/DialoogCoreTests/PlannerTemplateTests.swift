import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Templates inside the program (issue 17): `S` in the planner saves the series as one, `s` in
/// the new-series form starts from one. The folder is read and written outside (`Effect`); here
/// the keys, the questions asked and what the form and the planner make of the answers.
@Suite("Planner and new-series form: templates")
struct PlannerTemplateTests {
    static let library = Fixtures.shipped.library

    func planner(_ plan: SeriesPlan = Fixtures.plan()) -> AppState { Fixtures.plannerState(plan) }

    func form() -> AppState {
        var state = Fixtures.state()
        _ = state.reduce(.libraryLoaded(Self.library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        return state
    }

    func type(_ text: String, in state: inout AppState) {
        _ = state.reduce(.insertText(text))
    }

    // MARK: - Saving in the planner

    @Test func capitalSAsksANameStartingFromTheSeriesNameAndEnterSavesIt() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        #expect(state.reduce(.command(.saveTemplate)) == [])
        #expect(state.inputMode == .templateName)
        #expect(state.plannerState.templateName?.text == "Vrouwengroep Schilderswijk")
        _ = state.reduce(.command(.deleteBackward))
        type("k najaar", in: &state)
        #expect(
            state.reduce(.command(.confirm))
                == [.saveTemplate(plan, name: "Vrouwengroep Schilderswijk najaar", replace: false)])
        #expect(state.inputMode == .planner)
        _ = state.reduce(
            .templateSaved(
                name: "Vrouwengroep Schilderswijk najaar",
                path: "~/.local/share/dialoog/sjablonen/Vrouwengroep Schilderswijk najaar.yaml", replaced: false))
        #expect(
            state.status
                == .plan(
                    .templateSaved(
                        name: "Vrouwengroep Schilderswijk najaar",
                        path: "~/.local/share/dialoog/sjablonen/Vrouwengroep Schilderswijk najaar.yaml",
                        replaced: false)))
        #expect(state.plannerState.plan == plan, "saving a template changes nothing in the series")
        #expect(state.plannerState.undo.isEmpty)
    }

    @Test func aNameThatCannotBeAFileIsRefusedAndTheFieldStays() {
        var state = planner()
        _ = state.reduce(.command(.saveTemplate))
        for _ in 0..<30 { _ = state.reduce(.command(.deleteBackward)) }
        type(".verborgen", in: &state)
        #expect(state.reduce(.command(.confirm)) == [])
        #expect(state.status == .plan(.badTemplateName(max: Limits.name)))
        #expect(state.inputMode == .templateName, "the name stays to put right")
        #expect(state.plannerState.templateName?.text == ".verborgen")
        #expect(state.reduce(.command(.closeOverlay)) == [])
        #expect(state.status == .plan(.templateKept(name: nil)))
        #expect(state.inputMode == .planner)
    }

    @Test func anExistingTemplateIsReplacedOnlyAfterJ() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        _ = state.reduce(.command(.saveTemplate))
        _ = state.reduce(.command(.confirm))
        #expect(state.reduce(.templateExists(name: "Vrouwengroep Schilderswijk")) == [])
        #expect(state.inputMode == .plannerConfirm)
        #expect(state.status == .plan(.confirmReplaceTemplate(name: "Vrouwengroep Schilderswijk")))
        #expect(state.reduce(.command(.closeOverlay)) == [], "n writes nothing")
        #expect(state.status == .plan(.templateKept(name: "Vrouwengroep Schilderswijk")))

        _ = state.reduce(.command(.saveTemplate))
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.templateExists(name: "Vrouwengroep Schilderswijk"))
        #expect(
            state.reduce(.command(.confirm))
                == [.saveTemplate(plan, name: "Vrouwengroep Schilderswijk", replace: true)])
    }

    @Test func aTemplateThatCannotBeWrittenSaysWhereAndWhy() {
        let plan = Fixtures.plan()
        var state = planner(plan)
        _ = state.reduce(.templateNotSaved(path: "~/.local/share/dialoog/sjablonen", reason: "Permission denied"))
        #expect(
            state.status
                == .plan(.templateNotWritten(path: "~/.local/share/dialoog/sjablonen", reason: "Permission denied")))
        #expect(state.plannerState.plan == plan)
    }

    // MARK: - Starting from one in the new-series form

    @Test func sListsTheTemplatesAndTypingNarrowsThem() {
        var state = form()
        #expect(state.reduce(.command(.chooseTemplate)) == [.listTemplates])
        _ = state.reduce(
            .templatesListed(["HTIB vrouwen", "Yeni Pencere ouders", "Yeni Pencere jongeren"], folder: "~/x"))
        #expect(state.inputMode == .choicePicker)
        type("pencere ou", in: &state)
        let picker = state.newSeries?.templates
        #expect(picker?.items(library: nil).map(\.name) == ["Yeni Pencere ouders"])
        #expect(state.reduce(.command(.submit)) == [.readTemplate(name: "Yeni Pencere ouders")])
        #expect(state.newSeries?.templates == nil)
        #expect(state.inputMode == .newSeries)
    }

    @Test func noTemplatesSaysWhereTheyWouldBeAndHowToMakeOne() {
        var state = form()
        _ = state.reduce(.command(.chooseTemplate))
        _ = state.reduce(.templatesListed([], folder: "~/.local/share/dialoog/sjablonen"))
        #expect(state.status == .plan(.noTemplates(folder: "~/.local/share/dialoog/sjablonen")))
        #expect(state.newSeries?.templates == nil)
    }

    @Test func aChosenTemplateSetsTheMethodAndTheFormMakesTheSeriesWithItsAgenda() throws {
        var source = Fixtures.plan()
        source.meetings[1].blocks[0].title = "Terugblik, zoals wij dat doen"
        let template = source.template(name: "Vrouwen", now: Fixtures.now).duplicate(name: "Vrouwen", now: Fixtures.now)
        var state = form()
        _ = state.reduce(.command(.chooseTemplate))
        _ = state.reduce(.templatesListed(["Vrouwen"], folder: "~/x"))
        _ = state.reduce(.command(.submit))
        #expect(state.reduce(.templateRead(name: "Vrouwen", template)) == [])
        #expect(state.status == .plan(.templateChosen(name: "Vrouwen", meetings: template.meetings.count)))
        #expect(state.newSeriesMethod?.id == template.series.methodId)
        #expect(state.newSeries?.groups == template.series.groups, "the template's group, as nothing was ticked")

        // The form still asks the name; the dates are the trainer's.
        for _ in 0..<20 where state.newSeries?.field != .name { _ = state.reduce(.command(.nextField)) }
        type("Vrouwen voorjaar", in: &state)
        for _ in 0..<20 where state.newSeries?.field != .date(0) { _ = state.reduce(.command(.nextField)) }
        type("2027-02-02 19:30", in: &state)
        for _ in 0..<30 where state.newSeries?.field != .create { _ = state.reduce(.command(.nextField)) }
        let effects = state.reduce(.command(.confirm))
        guard case .createSeriesFromTemplate(let series, let starts, let used) = try #require(effects.first) else {
            Issue.record("expected a series from the template, got \(effects)")
            return
        }
        #expect(series.name == "Vrouwen voorjaar")
        #expect(used == template)
        let made = used.started(as: series, starts: starts)
        #expect(made.meetings.map { $0.blocks.map(\.title) } == source.meetings.map { $0.blocks.map(\.title) })
        #expect(made.meetings.allSatisfy { $0.meeting.seriesId == series.id })
        #expect(made.meetings[0].meeting.startsAt == Fixtures.date("2027-02-02T19:30"))
        #expect(made.meetings[1].meeting.startsAt == nil)
    }

    @Test func anotherMethodLetsTheTemplateGo() {
        let template = Fixtures.plan().template(name: "Vrouwen", now: Fixtures.now)
        var state = form()
        _ = state.reduce(.templateRead(name: "Vrouwen", template))
        #expect(state.newSeries?.template != nil)
        _ = state.reduce(.command(.nextChoice))
        #expect(state.newSeries?.template == nil)
        #expect(state.status == .plan(.templateDropped(name: "Vrouwen")))
    }

    @Test func aMalformedTemplateSaysFileAndLineAndTheFormKeepsWhatWasTyped() {
        var state = form()
        for _ in 0..<20 where state.newSeries?.field != .name { _ = state.reduce(.command(.nextField)) }
        type("Ouders Overvecht", in: &state)
        let before = state.newSeries
        let diagnostics = [
            Diagnostic(file: "~/.local/share/dialoog/sjablonen/kapot.yaml", line: 7, problem: .missingKey("title")),
            Diagnostic(file: "~/.local/share/dialoog/sjablonen/kapot.yaml", line: 9, problem: .notAMapping),
        ]
        #expect(state.reduce(.templateUnreadable(name: "kapot", diagnostics)) == [])
        #expect(state.status == .plan(.templateUnreadable(diagnostics[0], more: 1)))
        #expect(state.newSeries == before, "nothing typed is lost")
        #expect(state.newSeries?.template == nil)
    }
}
