import DialoogCore
import DialoogPrint
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// The help card and the disclosure page as `dialoog plan show` prints them: every field
/// labelled, each entry's check date, professionals-only said so, no bare names.
@Suite struct PrintedHelpCardTests {
    let library = Fixtures.shipped.library

    func document(_ plan: SeriesPlan, language: Language = .nl, meetings: [Int]? = nil) -> Document {
        // As the commands do: the library in the reader's language.
        Document.plan(
            plan, meetings: meetings, library: library.localized(to: language),
            warnings: PlanRules.check(plan, library: library),
            language: language, calendar: Fixtures.calendar, now: Fixtures.now, ascii: false)
    }

    @Test func theMarkdownCardLabelsEveryFieldAndDatesEveryEntry() {
        let md = document(Fixtures.plan()).markdown()
        #expect(md.contains("## Hulpkaart"))
        #expect(md.contains("Alarmnummer 112 · Acuut gevaar · altijd bovenaan"))
        #expect(md.contains("Veilig Thuis · Dag en nacht bereikbaar (24/7) · altijd op de kaart"))
        // The 9-17 is the chat; the phone is open day and night, and the labels say which is which.
        #expect(md.contains("Telefoon: 0800-2000 · Uren telefoon: Dag en nacht (24/7), gratis, voor advies"))
        #expect(md.contains("Chat (en uren): Alleen overdag, van 9 tot 17 uur"))
        #expect(md.contains("Gecontroleerd: 2022-08-01 (ouder dan 12 maanden: controleer)"))
        #expect(md.contains("Controleer nummers en tijden voor je print"))
        // 112 comes before Veilig Thuis, and Veilig Thuis before every other entry.
        let acute = md.range(of: "Alarmnummer 112 ·")!.lowerBound
        let veilig = md.range(of: "Veilig Thuis ·")!.lowerBound
        #expect(acute < veilig)
    }

    @Test func anEntryWithoutContactSaysSoAndProfessionalsOnlyIsLabelled() {
        var plan = Fixtures.plan()
        plan.meetings[0].meeting.helpCard = ["wijkteam", "lec-egg"]
        let text = document(plan, meetings: [1]).plainText(width: 100)
        #expect(text.contains("Contact: geen contactgegevens in de bronnen: vul een lokaal adres aan"))
        #expect(text.contains("Landelijk Expertisecentrum Eergerelateerd Geweld (LEC-EGG) · Alleen voor professionals"))
        let english = document(plan, language: .en, meetings: [1]).plainText(width: 100)
        #expect(english.contains("Contact: no contact details in the sources: add a local entry"))
        #expect(english.contains("(LEC-EGG) · For professionals only"))
        #expect(english.contains("Phone: 0800-2000 · Phone hours:"))
    }

    @Test func theDisclosurePageIsPrintedWithThePlanAndEveryPointNamesItsSource() throws {
        let guide = try #require(library.disclosure)
        let md = document(Fixtures.plan()).markdown()
        #expect(md.contains("## Als iemand iets vertelt"))
        for point in guide.points {
            #expect(md.contains(point.name))
            #expect(!point.source.isEmpty)
        }
        #expect(md.contains("Bron: 000:1643-1663"))
        let english = document(Fixtures.plan(), language: .en).markdown()
        #expect(english.contains("## When someone tells you something"))
        #expect(english.contains("Never contact family without consent"))
    }

    @Test func theShortPartReadsInThirtySecondsAt80x24() throws {
        for language in Language.allCases {
            // The English page is the library as an English reader has it: the catalog's words.
            let guide = try #require(library.localized(to: language).disclosure)
            let lines = Document.disclosure(guide, language: language).plainText(width: 78)
                .split(separator: "\n", omittingEmptySubsequences: false)
            let full = lines.firstIndex { $0.contains(language == .nl ? "ALLES OP EEN RIJ" : "IN FULL") }!
            // Title, "In 30 seconds" and the short lines fit in the 22 rows an 80x24 page shows.
            #expect(full <= 22, "the short part takes \(full) lines in \(language)")
            let words = guide.short.map(\.text).joined(separator: " ").split(separator: " ").count
            #expect(words <= 100, "\(words) words do not read in 30 seconds")
        }
    }

    @Test func everyDisclosurePointCitesLinesOfTheSeeds() throws {
        let guide = try #require(library.disclosure)
        let cited = guide.short.flatMap(\.source) + guide.points.flatMap(\.source)
        #expect(!cited.isEmpty)
        for lines in cited {
            #expect(["000", "001", "003", "004"].contains(lines.document), "\(lines)")
            #expect(lines.first <= lines.last)
        }
        #expect(guide.points.count >= 14)
    }
}
