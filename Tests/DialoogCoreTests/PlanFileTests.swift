import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Plan files: what `dialoog plan export` writes and `dialoog plan import` reads back.
@Suite("Plan files")
struct PlanFileTests {
    static let library = Fixtures.shipped.library
    static let calendar = Fixtures.calendar
    static let seriesId = "6f1c2d3e-0000-4000-8000-000000000001"

    /// A small plan: one meeting with two blocks. Every test below starts from it.
    /// A fixed UUID for a short name ("m1", "b2-1"), so ids in the expected texts stay readable.
    static func id(_ name: String) -> String {
        let hex = name.replacingOccurrences(of: "m", with: "a").replacingOccurrences(of: "-", with: "0")
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    static var small: SeriesPlan {
        let series = Series(
            id: seriesId, name: "Ouders Kanaleneiland", methodId: "yeni-pencere", organisation: "IOT",
            municipality: "Utrecht", expectedGroupSize: 12,
            createdAt: Fixtures.date("2026-11-20T14:05").addingTimeInterval(17), facilitators: ["Ayşe", "Mehmet"],
            venue: .buurthuis, languages: ["tr", "nl"], groups: [.ouders])
        let meeting = Meeting(
            id: Self.id("m1"), seriesId: seriesId, number: 1, startsAt: Fixtures.date("2026-12-01T19:30"),
            plannedMinutes: 120,
            purpose: "Kennismaken en het thema openen.", helpCard: ["veilig-thuis"])
        let blocks = [
            PlanBlock(
                id: Self.id("b1"), title: "Welkom", kind: .welkom, form: "dialoog", minutes: 15,
                guidance: "Heet iedereen welkom.", prompts: ["opening-1"]),
            PlanBlock(
                id: Self.id("b2"), title: "Stellingen over opvoeding", kind: .kern, form: "stellingen", minutes: 30,
                theme: "opvoeding", guidance: "Lees een stelling voor; vraag door.",
                questions: ["Wat kreeg je zelf mee?"],
                prompts: ["opvoeding-stelling-1", "opvoeding-stelling-3"]),
        ]
        return SeriesPlan(
            series: series, meetings: [MeetingPlan(meeting: meeting, blocks: blocks)],
            checklist: [.sleutelpersonen, .locatie])
    }

    static let smallText = """
        # Plan van een reeks dialoogbijeenkomsten, gemaakt door dialoog.
        # Je mag dit bestand met de hand bewerken en daarna inlezen met `dialoog plan import <bestand>`.
        # Sleutels zijn Engels, waarden Nederlands; een blok zonder id krijgt bij het inlezen een nieuwe.
        # A dialoog plan: edit it by hand if you like, then read it back with `dialoog plan import FILE`.
        format: dialoog-plan 1
        series:
          id: 6f1c2d3e-0000-4000-8000-000000000001
          name: Ouders Kanaleneiland
          method: yeni-pencere
          organisation: IOT
          municipality: Utrecht
          facilitators: [Ayşe, Mehmet]
          venue: buurthuis
          languages: [tr, nl]
          groups: [ouders]
          group_size: 12
          created: 2026-11-20T14:05:17+01:00
        checklist:
          sleutelpersonen: true
          locatie: true
          groepssamenstelling: false
          taal: false
          vertrouwelijkheid: false
          hulplijst: false
          gemeente: false
        meetings:
          - number: 1
            kind: regular
            starts: 2026-12-01 19:30
            minutes: 120
            id: 00000000-0000-4000-8000-0000000000a1
            purpose: Kennismaken en het thema openen.
            help_card: [veilig-thuis]
            blocks:
              - title: Welkom
                id: 00000000-0000-4000-8000-0000000000b1
                kind: welkom
                form: dialoog
                minutes: 15
                guidance: Heet iedereen welkom.
                questions: []
                prompts:
                  - opening-1  # Wat betekent je naam, en wie heeft hem voor jou gekozen?
              - title: Stellingen over opvoeding
                id: 00000000-0000-4000-8000-0000000000b2
                kind: kern
                form: stellingen
                minutes: 30
                theme: opvoeding
                guidance: Lees een stelling voor; vraag door.
                questions:
                  - Wat kreeg je zelf mee?
                prompts:
                  - opvoeding-stelling-1  # Kinderen die thuis hun mening mogen geven, durven dat later ook op sc…
                  - opvoeding-stelling-3  # Een compliment helpt een kind verder dan een straf.

        """

    static func encode(_ plan: SeriesPlan) -> String {
        PlanFile.encode(plan, library: library, calendar: calendar)
    }

    static func decode(_ text: String) -> (plan: SeriesPlan?, diagnostics: [Diagnostic]) {
        PlanFile.decode(text, path: "plan.yaml", library: library, calendar: calendar)
    }

    static func messages(_ text: String) -> [String] {
        let result = decode(text)
        #expect(result.plan == nil)
        return result.diagnostics.map { $0.localized(.en) }
    }

    /// `smallText` with one line replaced (1-based, as in a diagnostic).
    static func smallText(line: Int, _ replacement: String) -> String {
        var lines = smallText.components(separatedBy: "\n")
        lines[line - 1] = replacement
        return lines.joined(separator: "\n")
    }

    /// Encodes, decodes to the same plan, and encodes to the same text again.
    static func expectRoundTrip(_ plan: SeriesPlan, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = encode(plan)
        let back = decode(text)
        #expect(back.diagnostics.map { $0.localized(.en) } == [], sourceLocation: sourceLocation)
        #expect(back.plan == plan, sourceLocation: sourceLocation)
        #expect(back.plan.map(encode) == text, sourceLocation: sourceLocation)
    }

    // MARK: Writing

    @Test func theFormatIsVisibleInASmallPlan() {
        #expect(Self.encode(Self.small) == Self.smallText)
        Self.expectRoundTrip(Self.small)
    }

    @Test func withoutALibraryPromptsHaveNoComments() {
        let text = PlanFile.encode(Self.small, library: nil, calendar: Self.calendar)
        #expect(text.contains("\n          - opvoeding-stelling-3\n"))
        #expect(!text.contains("  # "))
    }

    /// A whole series as the planner makes it: three meetings, extra and aftercare, every
    /// optional field used somewhere, states and empty lists.
    @Test func aFullPlanRoundTrips() {
        var plan = Self.small
        plan.series.groupChoice = ["Thema's over opvoeding", "Vrijheid"]
        plan.series.municipality = nil
        plan.series.venue = nil
        plan.series.expectedGroupSize = nil
        plan.checklist = Set(PreparationItem.allCases)
        plan.meetings[0].meeting.state = .ended
        let prompts = Self.library.prompts(theme: "vrijheid-en-communicatie").prefix(3).map(\.id)
        for (number, kind) in [(2, Meeting.Kind.regular), (3, .regular), (4, .extra), (5, .aftercare)] {
            let meeting = Meeting(
                id: Self.id("m\(number)"), seriesId: Self.seriesId, number: number, kind: kind,
                startsAt: number == 4 ? nil : Fixtures.date("2026-12-0\(number)T10:00"),
                plannedMinutes: number == 5 ? nil : 90, state: number == 2 ? .running : .planned,
                purpose: number == 3 ? "" : "Verder praten.",
                helpCard: number == 5 ? [] : ["veilig-thuis", "de-luisterlijn"])
            let blocks =
                number == 4
                ? []
                : [
                    PlanBlock(
                        id: Self.id("b\(number)-1"), title: "Gesprek", kind: .kern, form: "dialoog", minutes: 45,
                        theme: "vrijheid-en-communicatie", guidance: "", prompts: Array(prompts),
                        chosenByGroup: true),
                    PlanBlock(id: Self.id("b\(number)-2"), title: "Pauze", kind: .pauze, form: "dialoog", minutes: 240),
                ]
            plan.meetings.append(MeetingPlan(meeting: meeting, blocks: blocks))
        }
        Self.expectRoundTrip(plan)
        #expect(Self.encode(plan).contains("    state: running\n"))
        #expect(Self.encode(plan).contains("    blocks: []\n"))
        #expect(Self.encode(plan).contains("    chosen_by_group: true\n"))
    }

    static let trickyTexts = [
        "Zeg het \"zo\" of 'zo'", "Tijd: 10 minuten", "Tijd:", "10:30", "Nummer #1", "#1 op de lijst", "a #b",
        "- geen lijst", "-", "? vraag", ": dubbele punt", "[niet, een, lijst]", "{ook: niet}", "a, b", "&anker",
        "*ster", "!tag", "| pijp", "> groter", "%procent", "@ap", "`code`", "İstanbul, şeker, ğ, ı", "مرحبا بكم",
        "Welkom 👋🏽 iedereen", "", " ", "  spaties eromheen  ", "Eerste regel.\nTweede regel.\n\nDerde.",
        "eindigt met een regel\n", "tab\there", "back\\slash", "null", "~", "true", "12", "yes", "---", "...",
        "e\u{301}", "\u{2028}LS \u{2029}PS \u{FEFF}BOM",
        "combineer : \u{301}", "a\r\nb",
    ]

    @Test func anyTextRoundTrips() {
        for text in Self.trickyTexts {
            var plan = Self.small
            plan.series.municipality = text
            plan.series.facilitators = [text, "Ayşe"]
            plan.series.languages = [text]
            plan.series.groupChoice = [text]
            plan.meetings[0].meeting.purpose = text
            plan.meetings[0].blocks[0].guidance = text
            plan.meetings[0].blocks[1].questions = [text, text]
            Self.expectRoundTrip(plan)
        }
        var plan = Self.small
        plan.meetings[0].blocks[1].title = "Zeg het \"zo\": - #1 İ ş ğ مرحبا 👋"
        plan.series.name = "Ouders: \"Kanaleneiland\" # 2"
        Self.expectRoundTrip(plan)
    }

    /// A NUL cuts a text short in SQLite and C, an ESC or a C1 code steers the terminal: a
    /// plan's text with one is refused at its line, written the way dialoog would escape it.
    @Test(arguments: ["nul\u{0}teken", "\u{1B}[31mrood", "\u{85}NEL", "del\u{7F}", "csi\u{9B}2J"])
    func aControlCharacterIsRefusedAtItsLine(text: String) {
        var plan = Self.small
        plan.series.name = text
        #expect(
            Self.messages(Self.encode(plan)) == [
                "plan.yaml:8: 'name' holds a control character (such as NUL); remove it, it is no text"
            ])
    }

    @Test func aTooLongNameAndTooManyBlocksOrMeetingsAreRefusedAtTheirLines() {
        var plan = Self.small
        plan.series.name = String(repeating: "a", count: 100_000)
        #expect(
            Self.messages(Self.encode(plan)) == [
                "plan.yaml:8: 'name' is 100000 characters long; dialoog keeps at most \(Limits.name)"
            ])
        plan = Self.small
        let block = plan.meetings[0].blocks[0]
        plan.meetings[0].blocks = (0...Limits.blocksPerMeeting).map { _ in
            var copy = block
            copy.id = UUID().uuidString.lowercased()
            return copy
        }
        let messages = Self.messages(Self.encode(plan))
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasSuffix(
                "'blocks' has \(Limits.blocksPerMeeting + 1) items; dialoog keeps at most \(Limits.blocksPerMeeting)")
                == true, "\(messages)")
        #expect(messages.first?.hasPrefix("plan.yaml:") == true)
    }

    @Test func plainTextsStayPlainAndTheRestIsQuoted() {
        #expect(PlanFile.scalar("Heet iedereen welkom.") == "Heet iedereen welkom.")
        #expect(PlanFile.scalar("İstanbul, şeker") == "İstanbul, şeker")
        #expect(PlanFile.scalar("İstanbul, şeker", flow: true) == "\"İstanbul, şeker\"")
        #expect(PlanFile.scalar("Tijd: 10") == "\"Tijd: 10\"")
        #expect(PlanFile.scalar("- a") == "\"- a\"")
        #expect(PlanFile.scalar("") == "\"\"")
        #expect(PlanFile.scalar("Een.\nTwee \"drie\"\t\\") == "\"Een.\\nTwee \\\"drie\\\"\\t\\\\\"")
        #expect(PlanFile.scalar("\u{85}\u{2028}\u{1}") == "\"\\x85\\u2028\\x01\"")
    }

    @Test func timesKeepTheirMinuteAndTheCreationItsSecond() {
        #expect(
            PlanFile.parseDateTime("2026-12-01 19:30", calendar: Self.calendar) == Fixtures.date("2026-12-01T19:30"))
        #expect(
            PlanFile.parseDateTime("2026-12-01T18:30Z", calendar: Self.calendar) == Fixtures.date("2026-12-01T19:30"))
        #expect(
            PlanFile.parseDateTime("2026-12-01T13:30:05-05:00", calendar: Self.calendar)
                == Fixtures.date("2026-12-01T19:30").addingTimeInterval(5))
        for bad in [
            "2026-12-01", "2026-02-30 10:00", "2026-12-01 24:00", "2026-12-01 19:3", "1-12-2026 19:30",
            "2026-12-01 19:30 uur", "2026-12-01T19:30+1:00",
        ] {
            #expect(PlanFile.parseDateTime(bad, calendar: Self.calendar) == nil, "\(bad)")
        }
        // Another laptop in another zone reads the same moment of creation.
        var plan = Self.small
        plan.series.createdAt = Date(timeIntervalSince1970: 1_796_149_859)
        let text = Self.encode(plan)
        let elsewhere = PlanFile.decode(
            text, path: "plan.yaml", library: Self.library, calendar: .fixedOffset(seconds: -4 * 3600))
        #expect(elsewhere.plan?.series.createdAt == plan.series.createdAt)
    }

    // MARK: Editing by hand

    /// A trainer changes minutes, swaps the two blocks and deletes a prompt line.
    @Test func aHandEditReadsAsTheEditedPlan() {
        var lines = Self.smallText.components(separatedBy: "\n")
        lines[47] = "        minutes: 25"  // line 48: the minutes of the second block
        lines.remove(at: 53)  // line 54: opvoeding-stelling-1
        let welcome = Array(lines[34...42])  // lines 35-43: the first block, moved to the end
        lines.removeSubrange(34...42)
        lines.insert(contentsOf: welcome, at: lines.count - 1)
        var expected = Self.small
        expected.meetings[0].blocks[1].minutes = 25
        expected.meetings[0].blocks[1].prompts = ["opvoeding-stelling-3"]
        expected.meetings[0].blocks.swapAt(0, 1)
        let result = Self.decode(lines.joined(separator: "\n"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.plan == expected)
    }

    @Test func aBlockOrMeetingAddedWithoutIdGetsANewOne() {
        let text =
            Self.smallText + """
                  - number: 2
                    kind: regular
                    blocks:
                      - title: Gesprek
                        kind: kern
                        form: dialoog
                        minutes: 40
                        guidance: >
                          Vraag door,
                          zonder oordeel.

                """
        let result = Self.decode(text)
        #expect(result.diagnostics.isEmpty)
        let added = result.plan?.meetings.last
        #expect(added?.meeting.number == 2)
        #expect(added?.meeting.seriesId == Self.seriesId)
        #expect(added?.meeting.id.count == 36)
        #expect(added?.blocks.first?.id.count == 36)
        #expect(added?.blocks.first?.guidance == "Vraag door, zonder oordeel.")
        #expect(added?.meeting.purpose == "")
    }

    // MARK: Mistakes

    @Test func mistakesAreReportedWithTheirLine() {
        #expect(
            Self.messages(Self.smallText(line: 39, "        minuten: 15")) == [
                "plan.yaml:39: unknown key 'minuten' (did you mean 'minutes'?)"
            ])
        #expect(
            Self.messages(Self.smallText(line: 46, "        kind: kernpunt")) == [
                "plan.yaml:46: 'kind' is 'kernpunt'; choose from welkom, spelregels, terugblik, kennis, kern, pauze, "
                    + "afsluiting"
            ])
        #expect(
            Self.messages(Self.smallText(line: 39, "        minutes: 0")) == [
                "plan.yaml:39: 'minutes' is 0; choose a value from 1 to 240"
            ])
        #expect(
            Self.messages(Self.smallText(line: 54, "          - opvoeding-steling-3")) == [
                "plan.yaml:54: unknown prompt 'opvoeding-steling-3' (did you mean 'opvoeding-stelling-3'?)"
            ])
        #expect(
            Self.messages(Self.smallText(line: 49, "        theme: opvoding")) == [
                "plan.yaml:49: unknown theme 'opvoding' (did you mean 'opvoeding'?)"
            ])
        #expect(
            Self.messages(Self.smallText(line: 29, "    starts: 2026-12-32 19:30")) == [
                "plan.yaml:29: 'starts' is '2026-12-32 19:30'; write a date and time as YYYY-MM-DD HH:MM, "
                    + "for example 2026-12-01 19:30"
            ])
        #expect(
            Self.messages(Self.smallText(line: 32, "    purpose: \"Kennismaken")) == [
                "plan.yaml:32: YAML error: while scanning a quoted scalar: found unexpected end of stream"
            ])
    }

    @Test func valuesOutsideTheirListsAndTheLibrary() {
        let text = Self.smallText
            .replacingOccurrences(of: "method: yeni-pencere", with: "method: yeni-pencre")
            .replacingOccurrences(of: "venue: buurthuis", with: "venue: kerk")
            .replacingOccurrences(of: "groups: [ouders]", with: "groups: [ouder]")
            .replacingOccurrences(of: "  taal: false", with: "  tal: false")
            .replacingOccurrences(of: "kind: regular", with: "kind: extraa")
            .replacingOccurrences(of: "help_card: [veilig-thuis]", with: "help_card: [veilig-thuiss]")
            .replacingOccurrences(of: "form: stellingen", with: "form: stelling")
        #expect(
            Self.messages(text) == [
                "plan.yaml:9: unknown methodology 'yeni-pencre' (did you mean 'yeni-pencere'?)",
                "plan.yaml:13: 'venue' is 'kerk'; choose from buurthuis, moskee, huiskamer, school, sportclub, anders",
                "plan.yaml:15: 'groups' is 'ouder'; choose from ouders, jongeren, vrouwen, mannen, nieuwkomers, "
                    + "gemengd, moeders, vaders, ouderen, lhbt (did you mean 'ouders'?)",
                "plan.yaml:22: unknown key 'tal' (did you mean 'taal'?)",
                "plan.yaml:28: 'kind' is 'extraa'; choose from regular, extra, aftercare (did you mean 'extra'?)",
                "plan.yaml:33: unknown help entry 'veilig-thuiss' (did you mean 'veilig-thuis'?)",
                "plan.yaml:47: unknown working form 'stelling' (did you mean 'stellingen'?)",
            ])
    }

    @Test func missingKeysWrongTypesAndDuplicates() {
        // A plan written from scratch may leave the series id out: it becomes a new series.
        let fresh = Self.decode(Self.smallText(line: 7, "  # the id was here"))
        #expect(fresh.diagnostics.isEmpty)
        #expect(fresh.plan.map { $0.series.id != Self.seriesId && UUID(uuidString: $0.series.id) != nil } == true)
        #expect(
            Self.messages(Self.smallText(line: 7, "  id: ouders-oost")) == [
                "plan.yaml:7: id 'ouders-oost' is not a dialoog id; leave the line out and it gets a new one"
            ])
        #expect(
            Self.messages(Self.smallText(line: 39, "        minutes: [15]")) == [
                "plan.yaml:39: 'minutes' must be a whole number"
            ])
        #expect(
            Self.messages(Self.smallText(line: 41, "        questions: Wat?")) == [
                "plan.yaml:41: 'questions' must be a list (lines starting with '- ')"
            ])
        #expect(
            Self.messages(Self.smallText(line: 44, "      - title:")) == [
                "plan.yaml:44: 'title' is empty; give a value or leave the key out"
            ])
        #expect(
            Self.messages(Self.smallText(line: 45, "        id: 00000000-0000-4000-8000-0000000000b1")) == [
                "plan.yaml:45: block '00000000-0000-4000-8000-0000000000b1' already exists (plan.yaml:36); choose another id"
            ])
        let twice =
            Self.smallText + """
                  - number: 1
                    kind: extra

                """
        #expect(
            Self.messages(twice) == ["plan.yaml:56: 'number' 1 is already used at plan.yaml:27; choose another number"])
        #expect(
            Self.messages(Self.smallText(line: 38, "        form: dialoog\n        form: duos")) == [
                "plan.yaml:38: key 'form' appears twice in the same mapping; keep one"
            ])
    }

    @Test func anotherFormatSaysOnlyThat() {
        #expect(
            Self.messages(Self.smallText(line: 5, "format: dialoog-plan 2")) == [
                "plan.yaml:5: 'format' is 'dialoog-plan 2', but this dialoog reads only 'dialoog-plan 1'; "
                    + "if the file comes from a newer version, update dialoog"
            ])
        #expect(Self.messages(Self.smallText(line: 5, "# no format")) == ["plan.yaml:6: missing key 'format'"])
        #expect(Self.messages("") == ["plan.yaml:1: expected keys with values (key: value) at the top level"])
        #expect(Self.messages("- a\n- b\n") == ["plan.yaml:1: expected keys with values (key: value) at the top level"])
    }

    @Test func theMessagesAreAlsoDutch() {
        #expect(
            Self.decode(Self.smallText(line: 39, "        minutes: 0")).diagnostics.map { $0.localized(.nl) } == [
                "plan.yaml:39: 'minutes' is 0; kies een waarde van 1 tot en met 240"
            ])
    }
}
