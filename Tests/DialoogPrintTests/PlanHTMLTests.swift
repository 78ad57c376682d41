import DialoogCore
import DialoogPrint
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog plan show --format html`: a well-formed, self-contained file with a page per
/// meeting, its attendance sheet, the help card and the disclosure page; every text from a
/// person escaped, and nicknames nowhere but on the attendance sheets.
@Suite struct PlanHTMLTests {
    let library = Fixtures.shipped.library

    static let nicknames = ["Zeynep", "Ali 2", "Mo & Co", "<script>alert(1)</script>"]

    func participants(_ plan: SeriesPlan) -> [Participant] {
        Self.nicknames.enumerated().map { index, name in
            Participant(id: "p\(index)", seriesId: plan.series.id, nickname: name)
        }
    }

    func html(_ plan: SeriesPlan, language: Language = .nl, meetings: [Int]? = nil, participants: [Participant]? = nil)
        -> String
    {
        PlanHTML(
            // As the commands do: the library in the reader's language.
            plan: plan, meetings: meetings, library: library.localized(to: language),
            warnings: PlanRules.check(plan, library: library),
            language: language, calendar: Fixtures.calendar, now: Fixtures.now,
            participants: participants ?? self.participants(plan), version: "0.1.0"
        ).render()
    }

    @Test func theFileIsWellFormedWithAPagePerMeetingAndItsAttendanceSheet() {
        let plan = Fixtures.plan()
        let outline = HTMLOutline(html(plan))
        #expect(outline.wellFormed, "\(outline.error ?? "")")
        let meetings = outline.all("section", class: "meeting")
        #expect(meetings.count == plan.meetings.count)
        #expect(meetings.allSatisfy { $0.classes.contains("page") })
        #expect(meetings[1].text.contains("Bijeenkomst 2"))
        let sheets = outline.all("section", class: "attendance")
        #expect(sheets.count == plan.meetings.count)
        // Four known nicknames, then empty rows up to the expected group of 12.
        #expect(outline.all("tr").count == plan.meetings.count * (1 + 12))
        // One meeting only with --meeting.
        #expect(HTMLOutline(html(plan, meetings: [2])).all("section", class: "meeting").count == 1)
    }

    @Test func everyBlockHasItsHeadingGuidanceAndRoomForNotes() throws {
        let plan = Fixtures.plan()
        let outline = HTMLOutline(html(plan))
        let blocks = outline.all("div", class: "block")
        #expect(blocks.count == plan.meetings.map(\.blocks.count).reduce(0, +))
        #expect(outline.all("div", class: "notes").count == blocks.count)
        let first = try #require(plan.meetings.first?.blocks.first { !$0.guidance.isEmpty })
        let guidance = outline.all("p", class: "guidance").map(\.text)
        #expect(guidance.contains(HTMLOutline.collapsed(first.guidance)))
        #expect(outline.all("h3").contains { $0.text.contains(first.title) })
    }

    @Test func theLegendTheHelpCardAndTheDisclosurePageAreInIt() throws {
        let outline = HTMLOutline(html(Fixtures.plan()))
        let legend = try #require(outline.all("p", class: "legend").first)
        #expect(legend.text == "Temperatuur van een thema: ❄ koud, · lauw, ~ warm, ▲ heet.")
        let back = try #require(outline.all("section", class: "back").first)
        #expect(back.text.contains("Hulpkaart"))
        #expect(back.text.contains("Alarmnummer 112"))
        #expect(back.text.contains("Als iemand iets vertelt"))
        let english = HTMLOutline(html(Fixtures.plan(), language: .en))
        #expect(english.text.contains("Temperature of a theme: ❄ cold, · lukewarm, ~ warm, ▲ hot."))
        #expect(english.text.contains("When someone tells you something"))
        #expect(english.text.contains("Attendance sheet · Meeting 1"))
    }

    @Test func nicknamesAppearOnlyOnTheAttendanceSheets() {
        let outline = HTMLOutline(html(Fixtures.plan()))
        let sheets = outline.all("section", class: "attendance").map(\.text).joined(separator: "\n")
        let rest =
            outline.all("section").filter { !$0.classes.contains("attendance") }.map(\.text)
            + outline.all("h1").map(\.text) + outline.all("footer").map(\.text)
        for name in ["Zeynep", "Ali 2", "Mo & Co"] {
            #expect(sheets.contains(name))
            #expect(!rest.contains { $0.contains(name) }, "\(name) outside the attendance sheet")
        }
    }

    @Test func textFromPeopleIsEscapedNeverMarkup() {
        var plan = Fixtures.plan(Fixtures.series(name: "Vrouwen <script>alert('x')</script> & \"zo\" &amp;"))
        plan.meetings[0].blocks[0].title = "Kennismaken <b>vet</b> & meer &lt;"
        plan.meetings[0].blocks[0].guidance = "Eerst thee &copy; en dan <img src=x onerror=alert(1)>\u{1B}[2J"
        let text = html(plan)
        let outline = HTMLOutline(text)
        #expect(outline.wellFormed, "\(outline.error ?? "")")
        #expect(outline.all("script").isEmpty)
        #expect(outline.all("b").isEmpty)
        #expect(outline.all("img").isEmpty)
        #expect(!text.contains("\u{1B}"))
        // What people typed reads back exactly, entities included.
        #expect(outline.all("h1").first?.text == "Vrouwen <script>alert('x')</script> & \"zo\" &amp;")
        #expect(outline.text.contains("Kennismaken <b>vet</b> & meer &lt;"))
        #expect(outline.text.contains("Eerst thee &copy; en dan <img src=x onerror=alert(1)>\\u{1B}[2J"))
        #expect(outline.text.contains("<script>alert(1)</script>"))
    }

    @Test func theFileFetchesNothingAndPrintsAMeetingPerPage() {
        let text = html(Fixtures.plan())
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("<link"))
        #expect(text.contains("@media print"))
        #expect(text.contains("break-before: page"))
        #expect(text.contains("<html lang=\"nl\">"))
    }

    @Test func theTextOfThePrintedPlanIsAsRecorded() {
        var plan = Fixtures.plan()
        for index in plan.meetings.indices {
            for block in plan.meetings[index].blocks.indices { plan.meetings[index].blocks[block].id = "b\(block)" }
        }
        let outline = HTMLOutline(html(plan))
        #expect(Snapshot.mismatch(outline.text, named: "plan-html-text-nl", testFile: #filePath) == nil)
    }
}
