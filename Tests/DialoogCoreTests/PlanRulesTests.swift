import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// Every warning of the planner, its absence on the shipped proposals, and the principle it cites.
@Suite struct PlanRulesTests {
    let library = Fixtures.shipped.library

    /// A small plan: meeting n holds blocks on the given themes (nil for a block without one).
    func plan(_ meetings: [[String?]], planned: Int = 120) -> SeriesPlan {
        let series = Series(name: "T", methodId: "htib", organisation: "HTIB", createdAt: Fixtures.now)
        return SeriesPlan(
            series: series,
            meetings: meetings.enumerated().map { index, themes in
                MeetingPlan(
                    meeting: Meeting(seriesId: series.id, number: index + 1, plannedMinutes: planned),
                    blocks: themes.map {
                        PlanBlock(
                            title: $0 ?? "Welkom", kind: $0 == nil ? .welkom : .kern, form: "dialoog", minutes: 20,
                            theme: $0)
                    })
            })
    }

    func kinds(_ plan: SeriesPlan) -> [PlanWarning.Kind] { PlanRules.check(plan, library: library).map(\.kind) }

    @Test(arguments: ["jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers"])
    func theShippedProposalsWarnOnlyAboutEntriesTheSourcesGiveNoContactFor(method: String) throws {
        let plan = try SeriesProposalTests.proposal(method)
        #expect(Self.beyondTheSources(PlanRules.check(plan, library: library)) == [])
    }

    @Test(arguments: ["Gendergelijkheid", "Seksuele diversiteit", "Sociale veiligheid"])
    func everyMudawwanahChoiceWarnsOnlyAboutEntriesWithoutContact(option: String) throws {
        let plan = try SeriesProposalTests.proposal("mudawwanah", choice: [option])
        #expect(Self.beyondTheSources(PlanRules.check(plan, library: library)) == [])
    }

    /// The warnings a shipped proposal should not have: all but hints and entries whose
    /// source gives no phone, site or chat (which only a trainer's local entry can fix).
    static func beyondTheSources(_ warnings: [PlanWarning]) -> [PlanWarning] {
        warnings.filter { warning in
            if warning.isHint { return false }
            if case .entryWithoutContact = warning.kind { return false }
            return true
        }
    }

    @Test func anEntryWithoutContactIsWarnedAboutOnceAndLocalEntriesAreAHintWhenThereAreNone() throws {
        var p = plan([["opvoeding"], ["huiselijk-geweld"]])
        p.series.municipality = "Utrecht"
        p.meetings[1].meeting.helpCard = ["wijkteam"]
        p.meetings[0].meeting.helpCard = ["wijkteam"]
        let warnings = PlanRules.check(p, library: library)
        #expect(
            warnings.map(\.kind) == [
                .entryWithoutContact(entry: "wijkteam"), .noLocalEntries(municipality: "Utrecht", noneKnown: true),
            ])
        #expect(warnings.first?.meeting == 1)
        #expect(warnings.map(\.isHint) == [false, true])
        // With a local entry for another municipality, missing ones for Utrecht are a warning.
        var other = library
        var local = try #require(library.help.first { $0.id == "veilig-thuis" })
        (local.id, local.municipality, local.always) = ("lokaal-amsterdam-x", "Amsterdam", nil)
        other.help.append(local)
        #expect(
            PlanRules.check(p, library: other).last?.kind == .noLocalEntries(municipality: "Utrecht", noneKnown: false))
        #expect(PlanRules.check(p, library: other).last?.isHint == false)
    }

    @Test func aHotThemeNeedsALineOpenDayAndNightWhenTheLibraryHasOne() {
        var p = plan([["opvoeding"], ["eergerelateerd-geweld"]])
        p.meetings[1].meeting.helpCard = ["fier"]
        // Politie (0900 8844, 24/7) is a line for eergerelateerd geweld, but not on this card.
        #expect(kinds(p) == [.hotThemeWithoutAllHoursLine(theme: "eergerelateerd-geweld", noneKnown: false)])
        p.meetings[1].meeting.helpCard = ["fier", "politie"]
        #expect(kinds(p) == [])
        // For forced marriage the sources give no such line: a hint, once in the series.
        var q = plan([["huwelijksdwang"], ["huwelijksdwang"]])
        q.meetings[0].meeting.helpCard = ["femmes-for-freedom"]
        q.meetings[1].meeting.helpCard = ["femmes-for-freedom"]
        let hints = PlanRules.check(q, library: library).filter(\.isHint)
        #expect(hints.map(\.kind) == [.hotThemeWithoutAllHoursLine(theme: "huwelijksdwang", noneKnown: true)])
    }

    @Test func aSignalInMeetingOneBringsItsEntriesOntoTheCardThePlanRulesCheck() throws {
        var p = plan([["opvoeding"], ["eergerelateerd-geweld"]])
        p.meetings[1].meeting.helpCard = ["fier"]
        let signal = Signal(
            meetingId: p.meetings[0].id, blockId: nil, at: Fixtures.now, category: .eergerelateerdGeweld,
            response: .warmeVerwijzing)
        // The signal brings the police (a 24/7 line for the theme) onto meeting 2's card, and the
        // shelters, which the sources give no contact details for.
        #expect(
            PlanRules.check(p, library: library, signals: [p.meetings[0].id: [signal]]).map(\.kind) == [
                .entryWithoutContact(entry: "vrouwen-en-mannenopvang")
            ])
    }

    @Test func aHotterThemeBeforeACoolerOneInAMeeting() {
        let warnings = PlanRules.check(
            plan([["opvoeding"], ["sociale-druk", "gelijkheid-man-vrouw", "seksualiteit"]]), library: library)
        #expect(warnings.map(\.kind) == [.hotterBeforeCooler(theme: "gelijkheid-man-vrouw", after: "sociale-druk")])
        #expect(warnings.first?.meeting == 2)
        #expect(warnings.first?.principle == "Van koud naar heet")
    }

    @Test func aLookBackAtLastTimesThemeDoesNotCount() {
        var p = plan([["opvoeding"], ["transgender", "gelijkheid-man-vrouw", "transgender"]])
        p.meetings[1].blocks[0].kind = .terugblik
        #expect(!kinds(p).contains { if case .hotterBeforeCooler = $0 { true } else { false } })
    }

    @Test func aHotThemeInMeetingOne() {
        var p = plan([["opvoeding", "huwelijksdwang"], ["huwelijksdwang"]])
        p.meetings[0].meeting.helpCard = ["lkha"]
        p.meetings[1].meeting.helpCard = ["lkha"]
        let warnings = PlanRules.check(p, library: library)
        #expect(
            warnings.contains(
                PlanWarning(
                    kind: .hotInFirstMeeting(theme: "huwelijksdwang"), meeting: 1, blockId: p.meetings[0].blocks[1].id,
                    principle: "De gevoeligste thema's niet in de eerste bijeenkomst")))
    }

    @Test func aHotThemeTheGroupChoseItselfInMeetingOneIsItsOwnCall() {
        var p = plan([["opvoeding", "huwelijksdwang"], ["huwelijksdwang"]])
        p.meetings[0].blocks[1].chosenByGroup = true
        #expect(!kinds(p).contains(.hotInFirstMeeting(theme: "huwelijksdwang")))
    }

    @Test func aSeriesWhosePeakDoesNotRise() {
        let flat = PlanRules.check(
            plan([["gelijkheid-man-vrouw"], ["opvoeding"], ["zelfbeschikking"]]), library: library)
        #expect(flat.map(\.kind) == [.peakDoesNotRise(first: .lauw, later: .lauw)])
        #expect(flat.first?.meeting == nil, "about the series as a whole")
        #expect(flat.first?.principle == "Stap voor stap, met een lange adem")
        #expect(kinds(plan([["opvoeding"], ["zelfbeschikking"], [nil]])) == [])
    }

    @Test func aMeetingOverItsPlannedLength() {
        let p = plan([["opvoeding", "opvoeding", "opvoeding"], ["zelfbeschikking"]], planned: 50)
        #expect(kinds(p) == [.overLength(minutes: 60, planned: 50)])
        #expect(kinds(plan([["opvoeding", "opvoeding"], ["zelfbeschikking"]], planned: 40)) == [])
    }

    @Test func aPromptRepeatedAcrossTheSeries() throws {
        var p = plan([["opvoeding"], ["zelfbeschikking", "zelfbeschikking"]])
        let prompt = try #require(library.prompts(theme: "opvoeding").first { $0.kind == .vraag }).id
        p.meetings[0].blocks[0].prompts = [prompt]
        p.meetings[1].blocks[1].prompts = [prompt]
        let warnings = PlanRules.check(p, library: library)
        #expect(warnings.map(\.kind) == [.promptRepeated(prompt: prompt, otherMeeting: 1)])
        #expect(warnings.first?.blockId == p.meetings[1].blocks[1].id)
    }

    @Test func statementsWithoutDialogueAroundThem() throws {
        var p = plan([["opvoeding", "opvoeding", "opvoeding"], ["zelfbeschikking"]])
        p.meetings[0].blocks[1].form = "stellingen"
        p.meetings[0].blocks[0].form = "film"
        p.meetings[0].blocks[2].form = "casus"
        #expect(kinds(p) == [.statementsWithoutDialogue])
        #expect(PlanRules.check(p, library: library).first?.principle == "Een debat kan averechts werken")
        // A dialogue after it, with a pause in between, is dialogue around it.
        p.meetings[0].blocks.insert(PlanBlock(title: "Pauze", kind: .pauze, form: "informatie", minutes: 10), at: 2)
        p.meetings[0].blocks[3].form = "dialoog"
        #expect(kinds(p) == [])
        // A statement prompt in a role play makes it a statements block too.
        let statement = try #require(library.prompts(theme: "opvoeding").first { $0.kind == .stelling }).id
        p.meetings[0].blocks[0].prompts = [statement]
        p.meetings[0].blocks[0].form = "rollenspel"
        p.meetings[0].blocks[1].form = "film"
        #expect(kinds(p) == [.statementsWithoutDialogue])
    }

    @Test func aHotThemeWithoutAHelpCardPrepared() throws {
        var p = plan([["opvoeding"], ["zelfbeschikking", "huwelijksdwang"]])
        #expect(kinds(p) == [.hotThemeWithoutHelp(theme: "huwelijksdwang")])
        #expect(PlanRules.check(p, library: library).first?.principle == "Verwijs door, word geen hulpverlener")
        let entry = try #require(library.help.first { $0.themes.contains("huwelijksdwang") && !$0.acute })
        p.meetings[1].meeting.helpCard = [entry.id]
        // No warning left; only the hint that the sources give no 24/7 line for forced marriage.
        #expect(PlanRules.check(p, library: library).filter { !$0.isHint } == [])
    }

    @Test func warningsCiteTheBasesOwnNames() {
        for key: PrincipleKey in [
            .principle("Van koud naar heet"), .principle("Stap voor stap, met een lange adem"),
            .tip("Houd het realistisch"), .caution("gevoeligste-themas-niet-eerst"), .caution("debat-werkt-averechts"),
            .caution("doorverwijzen"),
        ] {
            let name = library.principleName(key)
            let known = (library.base!.principles + library.base!.tips).map(\.name) + library.base!.cautions.map(\.name)
            #expect(known.contains(name), "\(key) is not in basis.yaml")
        }
    }
}
