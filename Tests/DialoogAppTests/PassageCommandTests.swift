import DialoogAppTestSupport
import Foundation
import Testing

/// `dialoog content search` finds the methods' own texts and the common base, and says
/// where each stands, in text and JSON, in Dutch and English.
@Suite("content search: passages")
struct PassageCommandTests {
    @Test func thePyramidIsFoundWithItsPlace() throws {
        let run = try Run(["content", "search", "piramide"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let rule = run.stdout.split(separator: "\n").first { $0.contains("De piramide  (") && $0.hasPrefix("passage") }
        #expect(rule?.contains("gesprek-in-vrijheid") == true, "stdout:\n\(run.stdout)")
        #expect(rule?.contains("(SMN · Regels voor de gespreksleider)") == true, "stdout:\n\(run.stdout)")
    }

    @Test func aBlockSaysItsMeetingInJSON() throws {
        let run = try Run(["content", "search", "spelregels", "afspreken", "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        let block = hits.first { $0["kind"] == "passage" && $0["id"] == "htib" }
        #expect(block?["text"] == "Spelregels afspreken")
        #expect(block?["meeting"] == "1")
        #expect(block?["place"]?.hasSuffix("Bijeenkomst 1") == true)
    }

    @Test func englishSearchesTheEnglishTexts() throws {
        let run = try Run(["content", "search", "--lang", "en", "pyramid"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("The pyramid"), "stdout:\n\(run.stdout)")
        #expect(run.stdout.contains("Rules for the facilitator"), "stdout:\n\(run.stdout)")
    }
}
