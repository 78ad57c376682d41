import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// A proposal per methodology: three meetings from the method, cold to hot, prompts that fit.
@Suite struct SeriesProposalTests {
    let library = Fixtures.shipped.library

    /// A choice for the methods where the group chooses, so every method can be proposed.
    static func choice(for method: String) -> [String] {
        switch method {
        case "kezban": ["Huwelijksdwang", "Seksualiteit & seksuele diversiteit", "Huiselijk geweld"]
        case "mudawwanah": ["Seksuele diversiteit"]
        default: []
        }
    }

    static func proposal(
        _ method: String, groups: [TargetGroup] = [.ouders], choice: [String]? = nil, municipality: String? = "Utrecht"
    ) throws -> SeriesPlan {
        let series = Series(
            id: "00000000-0000-4000-8000-000000000001", name: "Test", methodId: method, organisation: "Org",
            municipality: municipality, createdAt: Fixtures.now, groups: groups,
            groupChoice: choice ?? Self.choice(for: method))
        return try SeriesProposal.make(
            series: series, library: Fixtures.shipped.library,
            starts: [Fixtures.date("2026-12-01T19:30"), Fixtures.date("2026-12-08T19:30")])
    }

    @Test(arguments: ["jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers"])
    func everyMethodGivesThreeMeetingsWithItsAgenda(method: String) throws {
        let plan = try Self.proposal(method)
        let methodology = try #require(library.method(method))
        #expect(plan.meetings.map(\.meeting.number) == [1, 2, 3])
        // The agenda written for the group (parents): SMN's parents' variant, the others' own.
        let variant = library.agendaChoice(method: method, groups: [.ouders]).variant
        #expect((variant != nil) == (method == "gesprek-in-vrijheid"))
        for (meeting, source) in zip(plan.meetings, methodology.meetings(for: variant)) {
            #expect(meeting.blocks.count == source.agenda.count)
            #expect(meeting.meeting.plannedMinutes == source.minutes)
            #expect(meeting.meeting.purpose == source.purpose)
            #expect(meeting.totalMinutes == source.minutes)
            #expect(Set(meeting.blocks.map(\.id)).count == meeting.blocks.count)
        }
        #expect(plan.meetings[0].meeting.startsAt == Fixtures.date("2026-12-01T19:30"))
        #expect(plan.meetings[2].meeting.startsAt == nil, "no date given for meeting 3")
    }

    @Test(arguments: ["jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers"])
    func promptsFitTheirBlockAndAreNeverRepeated(method: String) throws {
        let plan = try Self.proposal(method, groups: [.vrouwen])
        let all = plan.meetings.flatMap(\.blocks).flatMap(\.prompts)
        #expect(!all.isEmpty)
        #expect(Set(all).count == all.count, "a prompt is proposed once per series")
        for meeting in plan.meetings {
            for block in meeting.blocks {
                for id in block.prompts {
                    let prompt = try #require(library.prompt(id))
                    if block.kind == .afsluiting, prompt.kind == .huiswerk {
                        // Homework at the close is on the meeting's last theme.
                        #expect(prompt.theme == meeting.blocks.last { $0.theme != nil }?.theme)
                    } else if prompt.kind.needsTheme {
                        #expect(prompt.theme == block.theme, "\(id) in \(block.title)")
                    }
                    #expect(prompt.groups.contains(.vrouwen) || prompt.groups.contains(.gemengd), "\(id) suits vrouwen")
                }
            }
        }
    }

    @Test(arguments: ["jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers"])
    func themesOfEachMeetingRunColdToHot(method: String) throws {
        let plan = try Self.proposal(method)
        for meeting in plan.meetings {
            let temperatures = meeting.blocks.filter { $0.kind != .terugblik }
                .compactMap { $0.theme.flatMap { library.theme($0)?.temperature } }
            #expect(temperatures == temperatures.sorted(), "meeting \(meeting.meeting.number) of \(method)")
        }
    }

    @Test func statementBlocksGetThreeStatementsAndWelcomeAnOpeningQuestion() throws {
        let plan = try Self.proposal("yeni-pencere")
        let statements = try #require(plan.meetings[1].blocks.first { $0.form == "stellingen" })
        #expect(statements.prompts.count == 3)
        #expect(statements.prompts.allSatisfy { library.prompt($0)?.kind == .stelling })
        let welcome = try #require(plan.meetings[0].blocks.first { $0.kind == .welkom })
        #expect(welcome.prompts.map { library.prompt($0)?.kind } == [.opening])
        #expect(plan.meetings[0].blocks.first { $0.kind == .pauze }?.prompts == [])
    }

    @Test func meetingOneOfAMethodPrefersItsCoolestPrompts() throws {
        let plan = try Self.proposal("htib")
        for block in plan.meetings[0].blocks {
            for id in block.prompts {
                let prompt = try #require(library.prompt(id))
                let cooler = library.pickablePrompts(theme: prompt.theme, groups: [.ouders])
                    .filter { $0.kind == prompt.kind && $0.temperature < prompt.temperature }
                let usedElsewhere = Set(plan.meetings.flatMap(\.blocks).flatMap(\.prompts))
                #expect(cooler.allSatisfy { usedElsewhere.contains($0.id) }, "\(id) while a cooler one was free")
            }
        }
    }

    @Test func helpCardsListEntriesForTheMeetingsThemesAndNoOtherMunicipality() throws {
        let plan = try Self.proposal("kezban")
        for meeting in plan.meetings {
            let themes = Set(meeting.blocks.compactMap(\.theme))
            #expect(!meeting.meeting.helpCard.isEmpty)
            for id in meeting.meeting.helpCard {
                let entry = try #require(library.help.first { $0.id == id })
                #expect(!entry.acute, "112 is always on top; it is not listed")
                #expect(!themes.isDisjoint(with: entry.themes))
                #expect(entry.municipality == nil || entry.municipality == "Utrecht")
            }
        }
    }

    // MARK: - The group's choice

    @Test func kezbanOrdersTheChosenThemesColdToHotAndFillsItsBlocks() throws {
        let plan = try Self.proposal("kezban")
        #expect(
            plan.series.groupChoice == ["Seksualiteit & seksuele diversiteit", "Huwelijksdwang", "Huiselijk geweld"],
            "the warmer option first; equally hot ones keep the group's order")
        let chosen = plan.meetings.map { $0.blocks.filter(\.chosenByGroup).compactMap(\.theme) }
        #expect(chosen[0] == ["seksualiteit", "seksuele-diversiteit"], "an option's themes go coolest first")
        #expect(Set(chosen[1]) == ["huwelijksdwang"])
        #expect(Set(chosen[2]) == ["huiselijk-geweld"])
        #expect(plan.meetings[0].blocks.first { $0.title == "De groep kiest de thema's" }?.theme == nil)
    }

    @Test func mudawwanahSpreadsAnOptionWithTwoThemesOverMeetingsTwoAndThree() throws {
        let plan = try Self.proposal("mudawwanah", choice: ["sociale veiligheid"])
        #expect(plan.series.groupChoice == ["Sociale veiligheid"], "names match ignoring case; stored as written")
        #expect(plan.meetings[0].blocks.allSatisfy { !$0.chosenByGroup })
        #expect(plan.meetings[1].blocks.filter(\.chosenByGroup).map(\.theme) == ["sociale-druk"])
        #expect(plan.meetings[2].blocks.filter(\.chosenByGroup).map(\.theme) == ["huiselijk-geweld"])
    }

    @Test func aChosenThemeCoolerThanTheMeetingsOwnMovesForward() throws {
        // Gendergelijkheid (lauw) comes before vrije partnerkeuze (warm) in meeting 2.
        let plan = try Self.proposal("mudawwanah", choice: ["Gendergelijkheid"])
        let kinds = plan.meetings[1].blocks.map(\.kind)
        #expect(kinds == library.method("mudawwanah")!.meetings[1].agenda.map(\.kind), "welcome, pause, closing stay")
        let themes = plan.meetings[1].blocks.compactMap(\.theme)
        #expect(themes == ["opvoeding", "gelijkheid-man-vrouw", "vrije-partnerkeuze"])
    }

    @Test func aMissingOrWrongChoiceIsAProblemNamingTheOptions() throws {
        #expect(
            throws: ProposalProblem.choiceNeeded(
                choose: 1, options: ["Gendergelijkheid", "Seksuele diversiteit", "Sociale veiligheid"])
        ) {
            try Self.proposal("mudawwanah", choice: [])
        }
        #expect(
            throws: ProposalProblem.unknownOption(
                "Opvoeding", options: ["Gendergelijkheid", "Seksuele diversiteit", "Sociale veiligheid"])
        ) {
            try Self.proposal("mudawwanah", choice: ["Opvoeding"])
        }
        #expect(
            throws: ProposalProblem.choiceNeeded(
                choose: 3, options: library.method("kezban")!.groupChoice!.options.map(\.name))
        ) {
            try Self.proposal("kezban", choice: ["Huwelijksdwang", "huwelijksdwang", "Achterlating"])
        }
        #expect(throws: ProposalProblem.unknownMethod("onbekend")) { try Self.proposal("onbekend") }
    }

    @Test func aMethodWithoutChoiceIgnoresAChoiceGiven() throws {
        let plan = try Self.proposal("htib", choice: ["Huwelijksdwang"])
        #expect(plan.series.groupChoice == [])
    }
}
