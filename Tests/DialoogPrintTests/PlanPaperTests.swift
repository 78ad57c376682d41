import DialoogCore
import DialoogPrint
import DialoogTestSupport
import Foundation
import Testing

/// The Markdown and text plans on paper: a block's heading and its guidance stay apart, the
/// temperature marks are explained, and each meeting starts a new sheet.
@Suite struct PlanPaperTests {
    let library = Fixtures.shipped.library

    func document(_ plan: SeriesPlan = Fixtures.plan(), language: Language = .nl, meetings: [Int]? = nil)
        -> Document
    {
        Document.plan(
            plan, meetings: meetings, library: library, warnings: PlanRules.check(plan, library: library),
            language: language, calendar: Fixtures.calendar, now: Fixtures.now, ascii: false)
    }

    @Test func theMarkdownKeepsABlocksGuidanceAParagraphOfItsOwn() throws {
        let plan = Fixtures.plan()
        let block = try #require(plan.meetings[0].blocks.first { !$0.guidance.isEmpty })
        let md = document(plan, meetings: [1]).markdown()
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("- ") && $0.contains(block.title) })
        // A blank line, then the guidance indented under the item: CommonMark makes it a
        // second paragraph of that item instead of running it on into the heading.
        #expect(lines[heading + 1] == "")
        #expect(lines[heading + 2].hasPrefix("  ") && lines[heading + 2].contains(String(block.guidance.prefix(20))))
        #expect(Snapshot.mismatch(md, named: "plan-md-meeting-1-nl", testFile: #filePath) == nil)
    }

    @Test func markdownAndTextExplainTheTemperatureMarks() {
        #expect(document().markdown().contains("Temperatuur van een thema: ❄ koud, · lauw, ~ warm, ▲ heet."))
        #expect(document().plainText(width: 80, marks: .paper).contains("Temperatuur van een thema: ❄ koud"))
        #expect(document(language: .en).markdown().contains("Temperature of a theme: ❄ cold, · lukewarm"))
    }

    @Test func theTextPlanStartsEachMeetingAndTheHelpCardOnANewSheet() throws {
        let plan = Fixtures.plan()
        let text = document(plan).plainText(width: 80, marks: .paper)
        let sheets = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        // The cover, a sheet per meeting, then rules and the help card.
        #expect(sheets.count == plan.meetings.count + 2)
        #expect(sheets[1].hasPrefix("\nBIJEENKOMST 1"))
        #expect(sheets.last?.contains("HULPKAART") == true)
        // The bullet on paper is not the lukewarm mark.
        #expect(!sheets[0].contains("· Methodiek"))
        #expect(sheets[0].contains("• Methodiek"))
        // One meeting printed: no empty sheet.
        #expect(!document(plan, meetings: [2]).plainText(width: 80).contains("\u{0C}\n\u{0C}"))
    }

    @Test func aFormFeedInsideATextIsNotAPageBreak() {
        let document = Document([.paragraph("een\u{0C}twee"), .pageBreak, .paragraph("drie")])
        let pages = document.pages(width: 40)
        #expect(pages.count == 2)
        #expect(SafeText.escaped(pages[0]).contains("een\\u{0C}twee"))
    }
}
