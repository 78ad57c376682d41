import DialoogCore
import DialoogFiles
import DialoogTestSupport
import Foundation
import Testing

/// A local help entry written by the program reads back through the content loader as the same
/// entry, with no diagnostics, whatever the trainer typed.
@Suite("Help entry writer")
struct HelpEntryWriterTests {
    static func entry(
        name: String = "Buurtteam Noordwest", what: String = "Praktische hulp.", forWhom: String = "Inwoners.",
        phone: String? = "030 123 45 67", hours: String? = nil, chat: String? = nil, web: String? = nil,
        languages: [String] = [], municipality: String = "Utrecht"
    ) -> HelpEntry {
        HelpEntry(
            id: HelpEntry.localID(municipality: municipality, name: name), name: name, what: what,
            forWhom: forWhom, phone: phone, web: web, hours: hours, chat: chat, languages: languages,
            anonymous: .deels, kind: .slachtoffers, themes: ["hulp-zoeken"], municipality: municipality,
            checked: ContentDate(year: 2026, month: 12, day: 7),
            source: SourceRef(document: "lokaal ingevoerd in dialoog", section: "nagegaan op 2026-12-07"),
            origin: ContentOrigin(file: ""))
    }

    /// Loads `text` as the file of `entry` on top of the shipped content.
    static func load(_ text: String, id: String) -> (HelpEntry?, [Diagnostic]) {
        let path = "content/hulp/\(id).yaml"
        let loaded = ContentLoader.load(layers: [
            ContentDisk.layer(at: Fixtures.checkout, display: "") ?? [], [ContentText(path: path, text: text)],
        ])
        let mine = loaded.diagnostics.filter { $0.file == path }
        return (loaded.library.help.first { $0.id == id }, mine)
    }

    static func roundTrip(_ entry: HelpEntry) throws {
        let text = try entry.yamlText().get()
        let (read, problems) = load(text, id: entry.id)
        #expect(problems.isEmpty, "\(problems)\n\(text)")
        var expected = entry
        expected.origin = read?.origin ?? expected.origin
        #expect(read == expected, "\(text)")
    }

    @Test func aPlainEntryReadsBackTheSame() throws {
        try Self.roundTrip(Self.entry())
    }

    @Test func quotesColonsHashesAccentsAndNewlinesReadBackTheSame() throws {
        try Self.roundTrip(
            Self.entry(
                name: "Wijkteam \"Oost\": #1 café", what: "Hulp: ja # geen commentaar\nTweede regel, 'quotes' \\ slash",
                forWhom: "- Iedereen: ook jij?", phone: "+31 (0)30-123", hours: "ma–vr 9:00-17:00 · 'za' nee",
                chat: "{via: de site} [ook] & * ! | > %", web: "https://example.nl/a?b=c#d",
                languages: ["nl", "Tigrinya", "yes", "ar"], municipality: "'s-Hertogenbosch"))
    }

    @Test func yamlWordsAndNumbersStayText() throws {
        try Self.roundTrip(
            Self.entry(name: "true", what: "null", forWhom: "~", phone: "0800-2000", hours: "24/7", chat: "12:30"))
    }

    @Test func theKeysComeInTheOrderOfTheShippedFiles() throws {
        let text = try Self.entry(hours: "9-17", chat: "ja", web: "www.x.nl", languages: ["nl"]).yamlText().get()
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != ":" } }
        #expect(
            keys == [
                "name", "what", "for", "phone", "web", "hours", "chat", "languages", "anonymous", "kind", "themes",
                "municipality", "checked", "source",
            ])
    }

    @Test func controlCharactersAreRefused() {
        #expect(Self.entry(name: "Bel\u{7}team").yamlText() == .failure(.controlCharacter(field: "name")))
        #expect(Self.entry(phone: "030\u{1B}[2J").yamlText() == .failure(.controlCharacter(field: "phone")))
        #expect(Self.entry(what: "a\u{0}b").yamlText() == .failure(.controlCharacter(field: "what")))
        #expect(Self.entry(forWhom: "a\u{2028}b").yamlText() == .failure(.controlCharacter(field: "for")))
        #expect(Self.entry(what: "   ").yamlText() == .failure(.empty(field: "what")))
    }

    @Test func theLocalIDIsASlugOfTheMunicipalityAndTheName() {
        #expect(HelpEntry.localID(municipality: "Den Haag", name: "Café Één") == "lokaal-den-haag-cafe-een")
        #expect(HelpEntry.localID(municipality: "'s-Hertogenbosch", name: "  ") == "lokaal-s-hertogenbosch")
    }

    @Test func theFileIsWrittenAtomicallyReadableOnlyByTheUserAndEditedInPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialoog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var entry = Self.entry()
        let path = try LocalHelpFile.save(entry, in: folder + "/dialoog")
        #expect(path == folder + "/dialoog/content/hulp/lokaal-utrecht-buurtteam-noordwest.yaml")
        let mode = { (p: String) in
            ((try? FileManager.default.attributesOfItem(atPath: p))?[.posixPermissions] as? Int) ?? -1
        }
        #expect(mode(path) == 0o600)
        #expect(mode(folder + "/dialoog") == 0o700)
        #expect(mode(folder + "/dialoog/content/hulp") == 0o700)
        entry.phone = "030 765 43 21"
        let again = try LocalHelpFile.save(entry, in: folder + "/dialoog")
        #expect(again == path)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/dialoog/content/hulp")
        #expect(files == ["lokaal-utrecht-buurtteam-noordwest.yaml"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("phone: \"030 765 43 21\""))
    }

    @Test func aShippedEntryIsNotWritten() {
        let shipped = Fixtures.shipped.library.help.first { $0.id == "veilig-thuis" }!
        #expect(throws: LocalHelpFile.Problem.notLocal(id: "veilig-thuis")) {
            try LocalHelpFile.save(shipped, in: "/nonexistent")
        }
    }
}
