import DialoogAppTestSupport
import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Issue 15's done-when, on the command line: a series made with `dialoog series new` for a
/// group gets the agenda written for that group, prompts written for it, and no warning that the
/// proposal was written for someone else; a group no agenda is written for is told so.
@Suite("Group variants on the command line")
struct GroupVariantCommandTests {
    static let dates = "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30"

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func fourSeriesEachGetTheAgendaAndPromptsWrittenForTheirGroup() throws {
        let library = Fixtures.shipped.library
        let cases: [(method: String, group: TargetGroup, name: String, marker: String)] = [
            ("gesprek-in-vrijheid", .moeders, "Moeders Slotervaart", "Hoe voed jij je kinderen op?"),
            ("htib", .mannen, "Mannen Kanaleneiland", "Hoe ben ik opgevoed?"),
            ("changemakers", .nieuwkomers, "Nieuwkomers Woensel", ""),
            ("jiheeye", .jongeren, "Jongeren Zuidoost", "Wie beslist over jouw leven?"),
        ]
        let laptop = Laptop("variants", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        for item in cases {
            let made = try laptop.run([
                "series", "new", "--method", item.method, "--name", item.name, "--group", item.group.rawValue,
                "--dates", Self.dates,
            ])
            #expect(made.status == 0, "\(item.name): \(made.stderr)")
            #expect(!made.stdout.contains("geschreven voor"), "\(item.name): \(made.stdout)")

            let shown = try laptop.run(["series", "show", item.name, "--format", "json"])
            #expect(shown.status == 0, "\(shown.stderr)")
            let json = try Self.json(shown.stdout)
            let warnings = try #require(json["warnings"] as? [[String: Any]])
            #expect(!warnings.contains { $0["kind"] as? String == "agenda_for_other_group" }, "\(item.name)")

            // The guidance is the agenda dialoog chose for this group, block for block.
            let choice = library.agendaChoice(method: item.method, groups: [item.group])
            #expect(choice.fits)
            let method = try #require(library.method(item.method))
            let agenda = method.meetings(for: choice.variant)
            let meetings = try #require(json["meetings"] as? [[String: Any]])
            #expect(meetings.count == 3)
            for (meeting, expected) in zip(meetings, agenda) {
                let blocks = try #require(meeting["blocks"] as? [[String: Any]])
                #expect(blocks.map { $0["guidance"] as? String } == expected.agenda.map(\.guidance), "\(item.name)")
                // Every prompt suits the group, and each meeting has prompts written for it.
                let ids = blocks.flatMap {
                    ($0["prompts"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                }
                let prompts = ids.compactMap(library.prompt)
                let served = item.group.suitedBy
                #expect(
                    prompts.allSatisfy { !served.isDisjoint(with: $0.groups) || $0.groups.contains(.gemengd) },
                    "\(item.name)")
                #expect(
                    prompts.contains { $0.theme != nil && !served.isDisjoint(with: $0.groups) },
                    "\(item.name), meeting \(meeting["number"] ?? "?")")
            }
            if !item.marker.isEmpty {
                let first = try #require(meetings.first?["blocks"] as? [[String: Any]])
                #expect(first.contains { $0["title"] as? String == item.marker }, "\(item.name)")
            }
        }
    }

    @Test func aGroupNoAgendaIsWrittenForIsToldSoInTheCheckAndOnPaper() throws {
        let laptop = Laptop("variants", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let made = try laptop.run([
            "series", "new", "--method", "gesprek-in-vrijheid", "--name", "Nieuwkomers Noord", "--group",
            "nieuwkomers", "--dates", Self.dates,
        ])
        #expect(made.status == 0, "\(made.stderr)")

        let check = try laptop.run(["plan", "check", "Nieuwkomers Noord"])
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "Dit voorstel is geschreven voor jongeren; je groep is nieuwkomers: pas de werkvormen en vragen aan"
                    + " — Wees flexibel"),
            "\(check.stdout)")

        let paper = try laptop.run(["plan", "show", "Nieuwkomers Noord", "--format", "text"])
        #expect(paper.stdout.contains("Dit voorstel is geschreven voor jongeren; je groep is nieuwkomers"))

        let english = try laptop.run(["plan", "check", "Nieuwkomers Noord"], language: "en")
        #expect(
            english.stdout.contains("This proposal is written for jongeren; your group is nieuwkomers"),
            "\(english.stdout)")
    }

    @Test func methodsShowListsTheVariantsInTextAndJSON() throws {
        let laptop = Laptop("variants")
        defer { laptop.remove() }
        let text = try laptop.run(["methods", "show", "gesprek-in-vrijheid"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("VARIANTEN PER GROEP") || text.stdout.contains("Varianten per groep"))
        #expect(text.stdout.contains("De bijeenkomsten hierboven zijn geschreven voor: jongeren."))
        #expect(text.stdout.contains("Voor ouders"))
        #expect(text.stdout.contains("Hoe voed jij je kinderen op?"))

        let json = try Self.json(try laptop.run(["methods", "show", "gesprek-in-vrijheid", "--format", "json"]).stdout)
        #expect(json["written_for"] as? [String] == ["jongeren"])
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.map { $0["groups"] as? [String] ?? [] } == [["ouders"], ["vrouwen"], ["mannen"]])
        let meetings = try #require(variants[0]["meetings"] as? [[String: Any]])
        let agenda = try #require(meetings[0]["agenda"] as? [[String: Any]])
        #expect(agenda.first?["title"] as? String == "Welkom en kennismaken")
        #expect(agenda.first?["kept"] as? Bool == true)
        #expect(agenda[2]["title"] as? String == "Hoe voed jij je kinderen op?")
        #expect(agenda[2]["kept"] as? Bool == false)

        let english = try Self.json(
            try laptop.run(["methods", "show", "gesprek-in-vrijheid", "--format", "json"], language: "en").stdout)
        let first = try #require((english["variants"] as? [[String: Any]])?.first)
        #expect((first["summary"] as? String)?.hasPrefix("For parents") == true)
    }
}
