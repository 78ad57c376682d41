import DialoogCore
import DialoogTestSupport
import Testing

@Suite("Start-screen order")
struct StartOrderTests {
    @Test func upcomingFirstSoonestFirstThenUndatedThenFinished() {
        let finished = Fixtures.overview("Afgerond", next: nil, held: 3)
        let undated = Fixtures.overview("Zonder datum", next: "")
        let later = Fixtures.overview("Later", next: "2026-12-10T19:00")
        let soon = Fixtures.overview("Zo meteen", next: "2026-12-01T20:00")
        let order = SeriesOverview.startOrder([finished, undated, later, soon]).map(\.series.name)
        #expect(order == ["Zo meteen", "Later", "Zonder datum", "Afgerond"])
    }

    @Test func sameGroupGoesByNameNaturally() {
        let names = ["Groep 10", "groep 2", "Groep 1"].map { Fixtures.overview($0, next: nil) }
        #expect(SeriesOverview.startOrder(names).map(\.series.name) == ["Groep 1", "groep 2", "Groep 10"])
    }
}

@Suite("Language from the environment")
struct LanguageTests {
    @Test func englishLocalesGiveEnglishEverythingElseDutch() {
        #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LANG": "tr_TR.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment([:]) == .nl)
        #expect(Language.fromEnvironment(["LC_ALL": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"]) == .nl)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL"]) == .en)
    }
}

@Suite("Series progress")
struct SeriesProgressTests {
    @Test func aSeriesCountsToThreeEvenBeforeAllMeetingsArePlanned() {
        let two = Fixtures.overview("A", next: nil, held: 2, planned: 2)
        #expect(two.meetingsInSeries == 3)
        #expect(!two.isCompleted)
    }

    @Test func threeHeldAndNothingToComeIsCompleted() {
        #expect(Fixtures.overview("A", next: nil, held: 3, planned: 3).isCompleted)
        #expect(!Fixtures.overview("A", next: "2027-02-01T19:00", held: 3, planned: 3).isCompleted)
    }

    @Test func anExtraRegularMeetingRaisesTheCount() {
        #expect(Fixtures.overview("A", next: nil, held: 4, planned: 4).meetingsInSeries == 4)
    }
}
