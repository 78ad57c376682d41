import DialoogCore
import DialoogPrint
import DialoogTestSupport
import Foundation
import Testing

/// A block's materials are printed under it: text, Markdown and HTML.
@Suite struct BlockMaterialsPrintTests {
    let library = Fixtures.shipped.library
    static var withMaterials: SeriesPlan {
        var plan = Fixtures.plan()
        plan.meetings[0].blocks[0].materials = "flip-over, stiften"
        return plan
    }

    @Test func thePrintedPlanSaysThemUnderTheBlock() {
        let document = Document.plan(
            Self.withMaterials, meetings: [1], library: library,
            warnings: PlanRules.check(Self.withMaterials, library: library), language: .nl,
            calendar: Fixtures.calendar, now: Fixtures.now, ascii: false)
        #expect(document.plainText(width: 80, marks: .paper).contains("Materiaal: flip-over, stiften"))
        #expect(document.markdown().contains("Materiaal: flip-over, stiften"))
        let html = PlanHTML(
            plan: Self.withMaterials, meetings: [1], library: library,
            warnings: PlanRules.check(Self.withMaterials, library: library), language: .en,
            calendar: Fixtures.calendar, now: Fixtures.now, participants: [], version: "0.1.0"
        ).render()
        #expect(html.contains("Materials: flip-over, stiften"))
    }
}
