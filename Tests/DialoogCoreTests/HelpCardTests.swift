import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The help card composed from the shipped content: 112 first, the lines that are always there,
/// then the meeting's themes, earlier signals and local entries, each part by kind.
@Suite struct HelpCardTests {
    let library = Fixtures.shipped.library

    static let methods = [
        "jiheeye", "htib", "yeni-pencere", "gesprek-in-vrijheid", "kezban", "mudawwanah", "changemakers",
    ]

    static func plan(_ method: String, groups: [TargetGroup], municipality: String? = nil) throws -> SeriesPlan {
        try SeriesProposalTests.proposal(method, groups: groups, municipality: municipality)
    }

    @Test(arguments: methods, TargetGroup.allCases)
    func meetingOnesCardStartsWith112AndA247LineForViolenceAndChildAbuse(method: String, group: TargetGroup) throws {
        let plan = try Self.plan(method, groups: [group])
        let card = plan.helpCard(meeting: 0, library: library)
        #expect(card.ids.first == "alarmnummer-112")
        #expect(card.items.first?.part == .acute)
        // Right after 112: Veilig Thuis, open 24/7, for domestic violence and child abuse.
        let second = try #require(card.items.dropFirst().first)
        #expect(second.entry.id == "veilig-thuis")
        #expect(second.part == .always)
        #expect(second.entry.kind == .lijn247)
        #expect(second.entry.phone == "0800-2000")
    }

    @Test(arguments: methods, TargetGroup.allCases)
    func everyCardIsOrderedByKindInsideEachPartWithNoEntryTwice(method: String, group: TargetGroup) throws {
        let plan = try Self.plan(method, groups: [group], municipality: "Utrecht")
        for index in plan.meetings.indices {
            let card = plan.helpCard(meeting: index, library: library)
            #expect(Set(card.ids).count == card.ids.count, "an entry twice on meeting \(index + 1)'s card")
            let partRanks = card.items.map { HelpCard.Part.allCases.firstIndex(of: $0.part)! }
            #expect(partRanks == partRanks.sorted(), "parts out of order")
            for part in HelpCard.Part.allCases {
                let kinds = card.items.filter { $0.part == part }.map(\.entry.kind)
                #expect(kinds == kinds.sorted(), "\(part) is not ordered by kind: \(kinds)")
            }
            // Professionals-only entries come last within their part, and are marked as such.
            for item in card.items where item.entry.kind == .professionals {
                #expect(item.entry.professionalsOnly)
            }
        }
    }

    @Test func aGroupWithYoungPeopleGetsTheYouthLinesOnEveryCard() throws {
        let youth = try Self.plan("htib", groups: [.jongeren])
        let parents = try Self.plan("htib", groups: [.ouders])
        for index in youth.meetings.indices {
            let always = youth.helpCard(meeting: index, library: library).items.filter { $0.part == .always }
            #expect(always.map(\.entry.id).contains("kindertelefoon"))
            #expect(always.map(\.entry.id).contains("alles-oke"))
            let adults = parents.helpCard(meeting: index, library: library).items.filter { $0.part == .always }
            #expect(adults.map(\.entry.id) == ["veilig-thuis"])
        }
    }

    @Test func onTheHuiselijkGeweldCardVeiligThuisComesBeforeHelpForThoseWhoUseViolence() {
        let card = library.composeHelpCard(
            chosen: nil, themes: ["huiselijk-geweld"], groups: [.vrouwen], signals: [], municipality: nil)
        let ids = card.ids
        let veiligThuis = ids.firstIndex(of: "veilig-thuis")!
        #expect(veiligThuis == 1)
        for perpetrators in ["agressie-en-daarna", "stop-it-now"] {
            #expect(ids.firstIndex(of: perpetrators)! > veiligThuis)
        }
        // Inside the themes part: the 24/7 lines first, help for those who use violence last.
        let themed = card.items.filter { $0.part == .themes }.map(\.entry.kind)
        #expect(themed.first == .lijn247)
        #expect(themed.last == .plegers)
    }

    @Test func lkhaIsSpecialisedHelpNotProfessionalsOnlyAndLecEggIsLabelled() throws {
        let lkha = try #require(library.help.first { $0.id == "lkha" })
        #expect(lkha.kind == .specialistisch)
        #expect(!lkha.professionalsOnly)
        let lec = try #require(library.help.first { $0.id == "lec-egg" })
        #expect(lec.professionalsOnly)
        let card = library.composeHelpCard(
            chosen: nil, themes: ["eergerelateerd-geweld"], groups: [], signals: [], municipality: nil)
        #expect(card.items.last?.entry.id == "lec-egg")
    }

    @Test func aSignalBringsItsEntriesOntoEveryLaterCardOfTheSeries() throws {
        let plan = try Self.plan("yeni-pencere", groups: [.ouders])
        let before = (0..<3).map { plan.helpCard(meeting: $0, library: library) }
        let signal = Signal(
            meetingId: plan.meetings[0].id, blockId: nil, at: Fixtures.now, category: .huwelijksdwang,
            response: .hulpkaart)
        let signals = [plan.meetings[0].id: [signal]]
        let after = (0..<3).map { plan.helpCard(meeting: $0, library: library, signals: signals) }
        // Not on the meeting it was logged in; on both later ones, as signal entries.
        #expect(after[0] == before[0])
        for index in [1, 2] {
            let signalled = after[index].items.filter { $0.part == .signals }.map(\.entry.id)
            let onCardBefore = Set(before[index].ids)
            for id in ["lkha", "femmes-for-freedom"] where !onCardBefore.contains(id) {
                #expect(signalled.contains(id), "\(id) not brought onto meeting \(index + 1)")
            }
            #expect(Set(after[index].ids).isSuperset(of: ["lkha", "femmes-for-freedom"]))
        }
    }

    @Test func localEntriesComeLastAndOnlyForTheSeriesMunicipality() {
        var library = self.library
        var local = library.help.first { $0.id == "wijkteam" }!
        local.id = "lokaal-utrecht-buurtteam"
        local.name = "Buurtteam Noordwest"
        local.municipality = "Utrecht"
        local.themes = ["opvoeding"]
        library.help.append(local)
        let utrecht = library.composeHelpCard(
            chosen: nil, themes: ["huiselijk-geweld"], groups: [], signals: [], municipality: " utrecht")
        #expect(utrecht.items.last?.entry.id == "lokaal-utrecht-buurtteam")
        #expect(utrecht.items.last?.part == .local)
        let amsterdam = library.composeHelpCard(
            chosen: nil, themes: ["huiselijk-geweld"], groups: [], signals: [], municipality: "Amsterdam")
        #expect(!amsterdam.ids.contains("lokaal-utrecht-buurtteam"))
    }

    @Test func theTrainersChoiceIsTheThemesPartAndCannotDropTheFixedParts() {
        let card = library.composeHelpCard(
            chosen: ["stop-it-now", "alarmnummer-112", "veilig-thuis", "fier"], themes: [], groups: [], signals: [],
            municipality: nil)
        #expect(card.ids == ["alarmnummer-112", "veilig-thuis", "fier", "stop-it-now"])
        #expect(card.items.map(\.part) == [.acute, .always, .themes, .themes])
    }

    @Test func theLiveMeetingComposesTheSameCardAsThePlan() throws {
        let plan = try Self.plan("kezban", groups: [.jongeren], municipality: "Utrecht")
        let meeting = plan.meetings[1]
        let live = LiveMeeting(
            series: plan.series, meeting: meeting.meeting, blocks: meeting.blocks,
            record: LiveRecord(meetingId: meeting.id, state: .running))
        #expect(live.helpCard(library: library) == plan.helpCard(meeting: 1, library: library))
        let earlier = [Signal.Category.vgv]
        #expect(live.helpCard(library: library, earlierSignals: earlier).ids.contains("fsan"))
    }
}
