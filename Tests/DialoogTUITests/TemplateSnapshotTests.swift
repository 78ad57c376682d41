import DialoogCore
import DialoogTUI
import DialoogTestSupport
import Testing

/// Templates as a trainer sees them (issue 17): the name typed on the planner's bottom line,
/// the list of templates over the new-series form, and the form's title once one is chosen.
@Suite("Template snapshots")
struct TemplateSnapshotTests {
    static let sizes = [TerminalSize(width: 80, height: 24), TerminalSize(width: 60, height: 16)]
    static let names = ["HTIB vrouwen Schilderswijk", "Yeni Pencere ouders", "Yeni Pencere jongeren", "Kezban najaar"]

    func form(_ size: TerminalSize) -> AppState {
        var state = Fixtures.state(size: size)
        _ = state.reduce(.libraryLoaded(Fixtures.shipped.library, problems: 0))
        _ = state.reduce(.command(.newSeries))
        return state
    }

    @Test(arguments: sizes)
    func theNameIsTypedOnThePlannersBottomLine(size: TerminalSize) {
        var state = Fixtures.plannerState(Fixtures.plan(), size: size)
        _ = state.reduce(.command(.saveTemplate))
        _ = state.reduce(.insertText(" najaar"))
        check(state, "template-name-\(size)")
        // A narrow line scrolls the name to keep its end, where the cursor is, in view.
        let typed = size.width >= 80 ? "Vrouwengroep Schilderswijk najaar" : "Schilderswijk najaar"
        #expect(Renderer.render(state).text.contains("Bewaren als sjabloon: "))
        #expect(Renderer.render(state).text.contains(typed))
    }

    @Test(arguments: sizes)
    func theTemplatesAreListedOverTheNewSeriesForm(size: TerminalSize) {
        var state = form(size)
        _ = state.reduce(.command(.chooseTemplate))
        _ = state.reduce(.templatesListed(Self.names, folder: "~/.local/share/dialoog/sjablonen"))
        _ = state.reduce(.insertText("pencere"))
        check(state, "template-picker-\(size)")
        let text = Renderer.render(state).text
        #expect(text.contains("Beginnen met een sjabloon"))
        #expect(text.contains("Yeni Pencere ouders") && !text.contains("Kezban najaar"), "typing narrows the list")
    }

    @Test(arguments: sizes)
    func aChosenTemplateIsNamedOnTheFormsTitleLine(size: TerminalSize) {
        var state = form(size)
        _ = state.reduce(.templateRead(name: "Vrouwen", Fixtures.plan().template(name: "Vrouwen", now: Fixtures.now)))
        check(state, "template-chosen-\(size)")
        #expect(Renderer.render(state).text.contains("sjabloon ‘Vrouwen’"))
    }
}
