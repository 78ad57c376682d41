import DialoogCore
import DialoogTestSupport
import Foundation
import GRDB
import Testing

@testable import DialoogStore

/// A database holding `Fixtures.overviewData`, written through the real store.
func overviewDatabase() throws -> (AppDatabase, OverviewData) {
    let data = Fixtures.overviewData
    let database = try storedPlans(data.plans)
    for record in data.records { try database.saveLive(record) }
    for evaluation in data.evaluations { try database.saveEvaluation(evaluation, raisedThemes: []) }
    // The evaluations were saved without the themes the records hold: put them back.
    for record in data.records where !record.raisedThemes.isEmpty {
        try database.saveEvaluation(
            try #require(try database.evaluationSubject(meetingId: record.meetingId)?.evaluation),
            raisedThemes: record.raisedThemes)
    }
    return (database, data)
}

/// Local midnight of `Fixtures.now`: follow-ups due before it are overdue.
private let today = Fixtures.calendar.startOfDay(Fixtures.now)

extension AppDatabase {
    fileprivate func overview(_ filter: OverviewFilter = OverviewFilter()) throws -> Overview {
        try overview(filter, today: today, calendar: Fixtures.calendar)
    }

    /// The listed series' names, in the overzicht's order.
    fileprivate func listed(_ filter: OverviewFilter) throws -> [String] {
        try overview(filter).series.map(\.series.name)
    }
}

private func figures(of name: String, in overview: Overview) throws -> SeriesFigures {
    try #require(overview.series.first { $0.series.name == name })
}

@Suite("The overzicht's figures")
struct OverviewFigureTests {
    @Test func seriesAreListedNewestFirstWithTheirCounts() throws {
        let (database, data) = try overviewDatabase()
        let overview = try database.overview()
        #expect(
            overview.series.map(\.series.name) == [
                "Jongeren Feijenoord", "Ouders Transvaal", "Demo Moeders", "Vrouwen Schilderswijk", "Nieuwe groep",
            ])
        #expect(
            overview.series.map(\.series)
                == [data.youth, data.parents, data.demo, data.women, data.newGroup].map(\.series))
        #expect(overview.series.map(\.meetingsPlanned) == [4, 3, 3, 3, 0])
        #expect(overview.series.map(\.meetingsHeld) == [3, 3, 1, 3, 0])
        let youth = try figures(of: "Jongeren Feijenoord", in: overview)
        #expect(youth.firstDate == Fixtures.date("2026-12-01T00:15"))
        #expect(youth.lastDate == Fixtures.date("2027-03-02T21:00"), "the extra meeting has no start: its end")
        #expect(overview.series.last?.firstDate == nil && overview.series.last?.lastDate == nil)
        #expect(overview.filter == OverviewFilter())
    }

    @Test func peopleReachedAreDistinctDeelnemersOrTheLargestHeadcount() throws {
        let (database, _) = try overviewDatabase()
        let overview = try database.overview()
        // Named: Ayşe, Fatma K., Hatice and Meryem; the professional and the speaker do not count.
        #expect(try figures(of: "Vrouwen Schilderswijk", in: overview).reached == 4)
        // Counted 20 and 15, then 2 named: the largest count.
        #expect(try figures(of: "Ouders Transvaal", in: overview).reached == 20)
        #expect(try figures(of: "Jongeren Feijenoord", in: overview).reached == 3, "the extra meeting too")
        #expect(try figures(of: "Nieuwe groep", in: overview).reached == 0)
        #expect(overview.totals.reached == 4 + 20 + 3 + 2)
        // Mixed, the other way round: a small count beside more names.
        var parents = try #require(try database.liveMeeting(meetingId: Fixtures.overviewData.parents.meetings[1].id))
        parents.record.headcount.total = 1
        try database.saveLive(parents.record)
        #expect(try figures(of: "Ouders Transvaal", in: try database.overview()).reached == 20)
        var first = try #require(try database.liveMeeting(meetingId: Fixtures.overviewData.parents.meetings[0].id))
        first.record.headcount.total = 1
        try database.saveLive(first.record)
        #expect(try figures(of: "Ouders Transvaal", in: try database.overview()).reached == 2, "Ebru and Selin")
    }

    @Test func retentionIsKnownOnlyWhenTheThreeMeetingsWereHeldWithNames() throws {
        let (database, _) = try overviewDatabase()
        let overview = try database.overview()
        let women = try figures(of: "Vrouwen Schilderswijk", in: overview)
        #expect(women.cameToFirst == 3 && women.cameToAll == 2, "Ayşe and Fatma K. came to all three")
        #expect(women.retention == 2.0 / 3.0)
        let parents = try figures(of: "Ouders Transvaal", in: overview)
        #expect(parents.cameToFirst == nil && parents.cameToAll == nil, "meeting 1 was counted, not named")
        let youth = try figures(of: "Jongeren Feijenoord", in: overview)
        #expect(youth.cameToFirst == nil && youth.cameToAll == nil, "meeting 3 has not been held")
        #expect(overview.totals.cameToFirst == 3 && overview.totals.cameToAll == 2)
        #expect(overview.totals.retention == 2.0 / 3.0)
        #expect(overview.totals.seriesCompleted == 2, "women and parents held meetings 1, 2 and 3")
    }

    @Test func safetyIsTheMeanOverMeetingsNotOfTheSeriesMeans() throws {
        let (database, _) = try overviewDatabase()
        let overview = try database.overview()
        #expect(try figures(of: "Vrouwen Schilderswijk", in: overview).averageSafety == 4.5, "4 and 5; 3 has none")
        #expect(try figures(of: "Ouders Transvaal", in: overview).averageSafety == 2)
        #expect(try figures(of: "Jongeren Feijenoord", in: overview).averageSafety == nil)
        #expect(overview.totals.averageSafety == 11.0 / 3.0, "(4 + 5 + 2) / 3, not (4.5 + 2) / 2")
        #expect(try figures(of: "Vrouwen Schilderswijk", in: overview).evaluated == 3)
        #expect(try figures(of: "Ouders Transvaal", in: overview).evaluated == 1)
        #expect(overview.totals.evaluated == 4)
    }

    @Test func signalsAreCountedByWhatWasDone() throws {
        let (database, _) = try overviewDatabase()
        let overview = try database.overview()
        #expect(
            try figures(of: "Vrouwen Schilderswijk", in: overview).signals
                == SignalCounts(helpCard: 1, warm: 1, acute: 1))
        #expect(try figures(of: "Jongeren Feijenoord", in: overview).signals == SignalCounts(helpCard: 1))
        #expect(overview.totals.signals == SignalCounts(helpCard: 2, warm: 1, acute: 1))
    }

    @Test func followUpsOpenAndOverdue() throws {
        let (database, data) = try overviewDatabase()
        let overview = try database.overview()
        // Women: one signal due 20 November (overdue) and two due 15 December.
        #expect(try figures(of: "Vrouwen Schilderswijk", in: overview).openFollowUps == 3)
        // Parents: aftercare due 25 November (overdue); the intervisie took place.
        #expect(try figures(of: "Ouders Transvaal", in: overview).openFollowUps == 1)
        #expect(overview.totals.openFollowUps == 4 && overview.totals.overdueFollowUps == 2)
        // A day later nothing more is overdue; on 16 December the two signals are too.
        let later = try database.overview(
            OverviewFilter(), today: Fixtures.date("2026-12-16T00:00"), calendar: Fixtures.calendar)
        #expect(later.totals.overdueFollowUps == 4)
        let signal = try #require(try database.followUps().first { $0.seriesId == data.women.id })
        try database.setFollowUp(signal.id, doneAt: Fixtures.now)
        #expect(try database.overview().totals.openFollowUps == 3)
        #expect(try database.overview().totals.overdueFollowUps == 1)
    }

    @Test func heldMeetingsPerOrganisationMostFirst() throws {
        let (database, _) = try overviewDatabase()
        #expect(
            try database.overview().totals.heldPerOrganisation == [
                .init(name: "HTIB", count: 4), .init(name: "IOT", count: 3), .init(name: "SMN", count: 3),
                .init(name: "FSAN", count: 0),
            ])
        let totals = try database.overview().totals
        #expect(totals.series == 5 && totals.meetingsPlanned == 13 && totals.meetingsHeld == 10)
    }

    @Test func meetingsPerLocalMonthWithEmptyMonthsFilled() throws {
        let (database, _) = try overviewDatabase()
        // Youth's meeting 1 starts at 00:15 on 1 December in Amsterdam: 23:15 on 30 November in UTC.
        #expect(
            try database.overview().meetingsPerMonth == [
                .init(year: 2026, month: 10, count: 4), .init(year: 2026, month: 11, count: 3),
                .init(year: 2026, month: 12, count: 1), .init(year: 2027, month: 1, count: 0),
                .init(year: 2027, month: 2, count: 1), .init(year: 2027, month: 3, count: 1),
            ])
        // In UTC the same meeting falls in November.
        let utc = try database.overview(OverviewFilter(), today: today, calendar: .fixedOffset(seconds: 0))
        #expect(utc.meetingsPerMonth.prefix(3).map(\.count) == [4, 4, 0])
        #expect(try database.overview(OverviewFilter(organisation: "FSAN")).meetingsPerMonth.isEmpty)
    }

    @Test func attendancePerMeetingNumberCountsDeelnemersOrTheHeadcount() throws {
        let (database, _) = try overviewDatabase()
        // 1: women 3, parents 20 counted, youth 1, demo 2; 2: women 2, parents 15, youth 2;
        // 3: women 3, parents 2 (the observer aside). Youth's extra meeting is not numbered.
        #expect(
            try database.overview().attendancePerNumber == [
                .init(number: 1, count: 26, meetings: 4), .init(number: 2, count: 19, meetings: 3),
                .init(number: 3, count: 5, meetings: 2),
            ])
        #expect(try database.overview(OverviewFilter(organisation: "FSAN")).attendancePerNumber.isEmpty)
    }

    @Test func promptUsesMostFirst() throws {
        let (database, _) = try overviewDatabase()
        typealias P = OverviewData
        #expect(
            try database.overview().promptUses
                == [
                    .init(promptId: P.p1, count: 3), .init(promptId: P.p2, count: 2), .init(promptId: P.p4, count: 1),
                    .init(promptId: P.p3, count: 1),
                ].sorted { ($1.count, $0.promptId) < ($0.count, $1.promptId) })
        #expect(
            try database.overview(OverviewFilter(organisation: "IOT")).promptUses == [.init(promptId: P.p2, count: 1)])
    }

    @Test func themesGroupsRaisedAreCountedOncePerGroupOnceReleased() throws {
        let (database, _) = try overviewDatabase()
        // Nothing is released yet: every raised theme is counted, none is shown.
        #expect(try database.overview().raisedThemes == [])
        #expect(try database.overview().withheldThemes == 1)
        let release = ThemeRelease(libraryNames: [ThemeRelease.key("werk"): "Werk"])
        for text in ["geld", "schoonfamilie"] {
            try database.reviewTheme(
                ThemeReviewItem(key: ThemeRelease.key(text), text: text, groups: 1), approved: true, at: Fixtures.now)
        }
        func released(_ filter: OverviewFilter = OverviewFilter()) throws -> Overview {
            try database.overview(filter, today: today, calendar: Fixtures.calendar, release: release)
        }
        #expect(
            try released().raisedThemes == [
                .init(name: "geld", count: 1), .init(name: "schoonfamilie", count: 1), .init(name: "Werk", count: 1),
            ])
        #expect(try released().withheldThemes == 0)
        // Another group raises money twice, in other capitals and with a space: one theme, two groups.
        let rows = try database.meetingFigures(OverviewFilter())
        let holder = try #require(rows.first { $0.raisedThemes > 0 && $0.state == .ended })
        let other = try #require(
            rows.first { $0.seriesId != holder.seriesId && $0.state == .ended && $0.raisedThemes == 0 })
        let subject = try #require(try database.evaluationSubject(meetingId: other.meetingId))
        let themes = ["Geld ", "GELD", "ruzie met Ahmed"].map {
            RaisedTheme(meetingId: other.meetingId, blockId: nil, at: Fixtures.now, text: $0)
        }
        try database.saveEvaluation(
            subject.evaluation ?? Evaluation(meetingId: other.meetingId, updatedAt: Fixtures.now), raisedThemes: themes)
        let raised = try released().raisedThemes
        #expect(raised.first == .init(name: "geld", count: 2))
        #expect(raised.count == 3)
        #expect(try released().withheldThemes == 1, "the theme with a name is counted, not shown")
        // The filter applies: the other group's organisation alone has only its own theme.
        let organisation = try #require(rows.first { $0.seriesId == other.seriesId }?.organisation)
        if organisation != rows.first(where: { $0.seriesId == holder.seriesId })?.organisation {
            #expect(try released(OverviewFilter(organisation: organisation)).raisedThemes.map(\.count) == [1])
        }
    }

    @Test func noNameReachesTheChartsHoweverItIsSpelled() throws {
        let (database, _) = try overviewDatabase()
        let rows = try database.meetingFigures(OverviewFilter())
        let held = try #require(rows.first { $0.state == .ended })
        let corpus = [
            "AHMED YILMAZ", "Hamid Rahimi en zijn zoon", "Fatima el Amrani", "mevrouw Yilmaz…", "huwelijk van Khadija",
            "HÜLYA", "Hulya", "K.B.", "opvoeding",
        ]
        let subject = try #require(try database.evaluationSubject(meetingId: held.meetingId))
        try database.saveEvaluation(
            subject.evaluation ?? Evaluation(meetingId: held.meetingId, updatedAt: Fixtures.now),
            raisedThemes: corpus.map {
                RaisedTheme(meetingId: held.meetingId, blockId: nil, at: Fixtures.now, text: $0)
            }
        )
        let release = ThemeRelease(libraryNames: [ThemeRelease.key("Opvoeding"): "Opvoeding"])
        let overview = try database.overview(
            OverviewFilter(), today: today, calendar: Fixtures.calendar, release: release)
        let charts = OverviewCharts(overview, library: nil)
        let labels = charts.chart(.raisedThemes).bars.map(\.label)
        #expect(labels == [.raised("Opvoeding"), .withheldThemes])
        // The corpus' series, and the fixture's group whose own themes are not released either.
        #expect(overview.withheldThemes == 2)
    }

    @Test func progressTowardTheTarget() throws {
        let (database, _) = try overviewDatabase()
        #expect(try database.overview().target == nil)
        #expect(try database.overview().targets.isEmpty)
        // From women's meeting 1 (counted: from is inclusive) to parents' meeting 3 (not: to is exclusive).
        let target = OverviewTarget(
            amount: 10, from: Fixtures.date("2026-10-06T19:30"), to: Fixtures.date("2026-11-17T19:30"))
        try database.setTarget(target)
        let stored = try #require(try database.target())
        #expect(stored.id != nil && stored.amount == 10 && stored.from == target.from && stored.to == target.to)
        let overview = try database.overview()
        #expect(overview.target == stored)
        #expect(overview.formTarget?.reached == 6, "women 3, demo 1, parents 2")
        // A target is a promise over its own scope: the overzicht's filter does not narrow it,
        // except that demo series count only when the filter includes them.
        #expect(try database.overview(OverviewFilter(organisation: "htib")).formTarget?.reached == 6)
        #expect(try database.overview(OverviewFilter(includeDemo: false)).formTarget?.reached == 5)
        let period = OverviewFilter(from: Fixtures.date("2027-01-01T00:00"), to: Fixtures.date("2027-04-01T00:00"))
        #expect(try database.overview(period).formTarget?.reached == 6)
        // The form replaces its own target in place; nil removes it.
        let next = OverviewTarget(
            amount: 2, from: Fixtures.date("2027-01-01T00:00"), to: Fixtures.date("2027-04-01T00:00"))
        try database.setTarget(next)
        #expect(try database.target()?.id == stored.id && database.target()?.amount == 2)
        #expect(try database.overview().formTarget?.reached == 2)
        try database.setTarget(nil)
        #expect(try database.target() == nil)
        let rows = try database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM target") }
        #expect(rows == 0)
        // The schema refuses a period that ends before it starts.
        #expect(throws: StoreError.self) {
            try database.setTarget(OverviewTarget(amount: 1, from: Fixtures.now, to: Fixtures.now))
        }
    }

    @Test func manyTargetsEachCountTheirOwnFigureAndScope() throws {
        let (database, _) = try overviewDatabase()
        let from = Fixtures.date("2026-01-01T00:00")
        let to = Fixtures.date("2028-01-01T00:00")
        let everything = try database.overview(OverviewFilter())
        let htibOnly = try database.overview(OverviewFilter(organisation: "htib"))
        let added = [
            OverviewTarget(amount: 700, from: from, to: to),
            OverviewTarget(amount: 50, from: from, to: to, organisation: "HTIB"),
            OverviewTarget(figure: .seriesCompleted, amount: 3, from: from, to: to),
            OverviewTarget(figure: .peopleReached, amount: 100, from: from, to: to),
            OverviewTarget(figure: .peopleReached, amount: 100, from: from, to: to, organisation: "htib"),
        ].map { try? database.addTarget($0) }
        #expect(added.allSatisfy { $0?.id != nil })
        let targets = try database.overview().targets
        #expect(targets.map(\.target.amount) == [700, 50, 3, 100, 100], "in the order they were set")
        // Each the same figure as the overzicht computes over the same series, whole history.
        #expect(targets[0].reached == everything.totals.meetingsHeld)
        #expect(targets[1].reached == htibOnly.totals.meetingsHeld && targets[1].reached < targets[0].reached)
        #expect(targets[2].reached == everything.totals.seriesCompleted)
        #expect(targets[3].reached == everything.totals.reached)
        #expect(targets[4].reached == htibOnly.totals.reached)
        // A period with nothing in it counts nothing; removing one leaves the others.
        try database.addTarget(
            OverviewTarget(amount: 1, from: Fixtures.date("2030-01-01T00:00"), to: to.addingTimeInterval(86_400 * 3000))
        )
        #expect(try database.overview().targets.last?.reached == 0)
        #expect(try database.removeTarget(id: added[1]?.id ?? -1))
        #expect(try !database.removeTarget(id: added[1]?.id ?? -1))
        #expect(try database.targets().count == 5)
        // The schema refuses what the command line refuses too.
        #expect(throws: StoreError.self) { try database.addTarget(OverviewTarget(amount: 0, from: from, to: to)) }
        #expect(throws: StoreError.self) {
            try database.addTarget(OverviewTarget(amount: 1, from: from, to: to, municipality: "   "))
        }
    }

    @Test func progressAddsUpOverQuarters() throws {
        let (database, _) = try overviewDatabase()
        let calendar = LocalCalendar.system
        let quarters = (0...4).compactMap {
            calendar.date(year: 2026 + $0 / 4, month: 1 + 3 * ($0 % 4), day: 1, hour: 0, minute: 0)
        }
        try #require(quarters.count == 5)
        for figure in TargetFigure.allCases {
            try database.addTarget(OverviewTarget(figure: figure, amount: 1, from: quarters[0], to: quarters[4]))
            for index in 0..<4 {
                try database.addTarget(
                    OverviewTarget(figure: figure, amount: 1, from: quarters[index], to: quarters[index + 1]))
            }
        }
        let targets = try database.overview().targets
        #expect(targets[0].reached > 0 && targets[10].reached > 0, "the fixture's year has meetings and people")
        for (number, figure) in TargetFigure.allCases.enumerated() {
            let year = targets[number * 5].reached
            let sum = targets[(number * 5 + 1)...(number * 5 + 4)].map(\.reached).reduce(0, +)
            if figure == .peopleReached {
                // A person who came in two quarters counts in both: not additive, never less.
                #expect(sum >= year)
            } else {
                #expect(sum == year, "\(figure)")
            }
        }
    }
}

@Suite("The overzicht's filters")
struct OverviewFilterTests {
    @Test func organisationIgnoresCase() throws {
        let (database, _) = try overviewDatabase()
        #expect(try database.listed(OverviewFilter(organisation: "htib")) == ["Demo Moeders", "Vrouwen Schilderswijk"])
        #expect(try database.listed(OverviewFilter(organisation: "HTI")).isEmpty, "a whole value")
        let htib = try database.overview(OverviewFilter(organisation: "Htib"))
        #expect(htib.totals.meetingsHeld == 4 && htib.totals.heldPerOrganisation == [.init(name: "HTIB", count: 4)])
        #expect(htib.filter.organisation == "Htib")
    }

    @Test func organisationsInOtherCapitalsAreOneBarAsTheyAreOneFilter() throws {
        let (database, data) = try overviewDatabase()
        try database.writer.write { db in
            try db.execute(sql: "UPDATE series SET organisation = 'htib' WHERE id = ?", arguments: [data.women.id])
        }
        let bars = try database.overview().totals.heldPerOrganisation.filter { $0.name.lowercased() == "htib" }
        #expect(bars.count == 1)
        #expect(bars.first?.count == 4)
    }

    @Test func methodMatchesExactly() throws {
        let (database, _) = try overviewDatabase()
        #expect(try database.listed(OverviewFilter(methodId: "yeni-pencere")) == ["Ouders Transvaal"])
        #expect(try database.listed(OverviewFilter(methodId: "Yeni-Pencere")).isEmpty)
    }

    @Test func municipalityIgnoresCase() throws {
        let (database, _) = try overviewDatabase()
        #expect(
            try database.listed(OverviewFilter(municipality: "ROTTERDAM")) == [
                "Jongeren Feijenoord", "Ouders Transvaal",
            ])
        #expect(try database.listed(OverviewFilter(municipality: "den haag")) == ["Vrouwen Schilderswijk"])
    }

    @Test func facilitatorMatchesOneOfTheSeriesGespreksleiders() throws {
        let (database, _) = try overviewDatabase()
        #expect(try database.listed(OverviewFilter(facilitator: "fatma")) == ["Demo Moeders", "Vrouwen Schilderswijk"])
        #expect(
            try database.listed(OverviewFilter(facilitator: "ak")) == ["Jongeren Feijenoord", "Vrouwen Schilderswijk"])
        #expect(try database.listed(OverviewFilter(facilitator: "Fat")).isEmpty)
    }

    @Test func demoSeriesAreLeftOutWhenAskedFor() throws {
        let (database, _) = try overviewDatabase()
        let overview = try database.overview(OverviewFilter(includeDemo: false))
        #expect(!overview.series.contains { $0.series.demo })
        #expect(overview.series.count == 4)
        #expect(overview.totals.meetingsHeld == 9 && overview.totals.reached == 27)
        #expect(overview.totals.heldPerOrganisation.first == .init(name: "HTIB", count: 3))
        #expect(overview.attendancePerNumber.first?.count == 24)
        #expect(overview.promptUses.first == .init(promptId: OverviewData.p1, count: 2))
        #expect(overview.meetingsPerMonth.first == .init(year: 2026, month: 10, count: 3))
    }

    @Test func thePeriodCountsMeetingsFromInclusiveToExclusive() throws {
        let (database, _) = try overviewDatabase()
        // November up to youth's meeting 1 at 00:15 on 1 December, which is left out.
        let november = OverviewFilter(from: Fixtures.date("2026-11-03T19:30"), to: Fixtures.date("2026-12-01T00:15"))
        #expect(try database.listed(november) == ["Ouders Transvaal"], "series without a meeting in it are not listed")
        var wider = november
        wider.to = Fixtures.date("2026-12-01T00:16")
        let overview = try database.overview(wider)
        #expect(overview.series.map(\.series.name) == ["Jongeren Feijenoord", "Ouders Transvaal"])
        let youth = try figures(of: "Jongeren Feijenoord", in: overview)
        #expect(youth.meetingsPlanned == 1 && youth.meetingsHeld == 1 && youth.reached == 1)
        #expect(
            overview.meetingsPerMonth == [
                .init(year: 2026, month: 11, count: 3), .init(year: 2026, month: 12, count: 1),
            ])
    }

    @Test func retentionAndFollowUpsStayThoseOfTheWholeSeries() throws {
        let (database, _) = try overviewDatabase()
        // Women's meetings 2 and 3, and demo's meeting 1.
        let october = OverviewFilter(from: Fixtures.date("2026-10-10T00:00"), to: Fixtures.date("2026-11-01T00:00"))
        let overview = try database.overview(october)
        #expect(overview.series.map(\.series.name) == ["Demo Moeders", "Vrouwen Schilderswijk"])
        let women = try figures(of: "Vrouwen Schilderswijk", in: overview)
        #expect(women.meetingsPlanned == 2 && women.meetingsHeld == 2)
        #expect(women.reached == 3, "Ayşe, Fatma K. and Meryem; Hatice came only to meeting 1")
        #expect(women.cameToFirst == 3 && women.cameToAll == 2)
        #expect(women.averageSafety == 5 && women.evaluated == 2)
        #expect(women.signals == SignalCounts(helpCard: 1, acute: 1))
        #expect(women.openFollowUps == 3)
        #expect(overview.attendancePerNumber.map(\.count) == [2, 2, 3])
        #expect(overview.totals.seriesCompleted == 1)
    }

    @Test func filtersCombine() throws {
        let (database, _) = try overviewDatabase()
        let filter = OverviewFilter(
            organisation: "htib", methodId: "htib", municipality: "utrecht", facilitator: "FATMA", includeDemo: true)
        #expect(try database.listed(filter) == ["Demo Moeders"])
        var noDemo = filter
        noDemo.includeDemo = false
        #expect(try database.listed(noDemo).isEmpty)
        #expect(try database.overview(noDemo).totals == Overview.Totals())
    }

    @Test func theChoicesAreTheValuesPresent() throws {
        let (database, _) = try overviewDatabase()
        var choices = try database.filterChoices()
        // Every series was made here: the one laptop is this store's own.
        #expect(choices.laptops.count == 1 && choices.laptops.first?.count == 36)
        choices.laptops = []
        #expect(
            choices
                == FilterChoices(
                    organisations: ["FSAN", "HTIB", "IOT", "SMN"],
                    methodIds: ["gesprek-in-vrijheid", "htib", "jiheeye", "yeni-pencere"],
                    municipalities: ["Den Haag", "Rotterdam", "Utrecht"], facilitators: ["AK", "Fatma", "Mehmet"]))
        #expect(try AppDatabase.inMemory().filterChoices() == FilterChoices())
    }
}

@Suite("Figures per meeting")
struct MeetingFiguresTests {
    @Test func oneRowPerMeetingInSeriesThenPlanOrder() throws {
        let (database, data) = try overviewDatabase()
        let rows = try database.meetingFigures(OverviewFilter())
        let expected = [data.demo, data.youth, data.parents, data.women].flatMap { plan in
            plan.meetings.map(\.meeting.id)
        }
        #expect(rows.map(\.meetingId) == expected)
        #expect(rows.map(\.number) == [1, 2, 3, 1, 2, 3, 4, 1, 2, 3, 1, 2, 3])
        #expect(try database.meetingFigures(OverviewFilter(includeDemo: false)).count == 10)
        let november = OverviewFilter(from: Fixtures.date("2026-11-01T00:00"), to: Fixtures.date("2026-12-01T00:00"))
        #expect(
            try database.meetingFigures(november).map(\.seriesName) == Array(repeating: "Ouders Transvaal", count: 3))
        #expect(try database.meetingFigures(OverviewFilter(organisation: "FSAN")).isEmpty)
    }

    @Test func everyColumnOfANamedMeeting() throws {
        let (database, data) = try overviewDatabase()
        let rows = try database.meetingFigures(OverviewFilter())
        let first = data.women.meetings[0].meeting.id
        #expect(
            rows.first { $0.meetingId == first }
                == MeetingFigures(
                    seriesId: data.women.id, seriesName: "Vrouwen Schilderswijk", organisation: "HTIB",
                    methodId: "htib",
                    municipality: "Den Haag", demo: false, meetingId: first, number: 1, kind: .regular,
                    date: Fixtures.date("2026-10-06T19:30"), state: .ended, expected: 14, participants: 3, speakers: 0,
                    professionals: 1, observers: 0, countOnly: false, headcount: nil, promptsUsed: 3,
                    promptsUnplanned: 1, promptsLanded: 1, raisedThemes: 1, signals: SignalCounts(warm: 1),
                    evaluated: true, atmosphere: 4, safety: 4, openness: 3, resistanceMoments: 2,
                    useful: HandCount(yes: 8, partly: 3, no: 1), heard: HandCount(yes: 10, partly: 2, no: nil),
                    agreements: 2, collaboration: 3, volunteerHours: 7, expenses: 45, recommendations: 1,
                    groups: ["vrouwen"]))
        let second = try #require(rows.first { $0.meetingId == data.women.meetings[1].meeting.id })
        #expect(second.participants == 2 && second.speakers == 1 && second.professionals == 0)
        #expect(second.expected == 12, "no figure in the evaluation: the series' expected group size")
        #expect(second.raisedThemes == 2 && second.promptsUsed == 1 && second.promptsUnplanned == 0)
        #expect(second.signals == SignalCounts(helpCard: 1, acute: 1))
        #expect(second.evaluated && second.safety == 5 && second.atmosphere == nil && second.agreements == 0)
        #expect(second.attendance == 2)
        let third = try #require(rows.first { $0.meetingId == data.parents.meetings[2].meeting.id })
        #expect(third.participants == 2 && third.observers == 1 && third.expected == 20 && !third.evaluated)
    }

    @Test func countedPlannedExtraAndUndatedMeetings() throws {
        let (database, data) = try overviewDatabase()
        // A name still marked in a meeting that was then counted is not counted twice.
        var counted = try #require(try database.liveMeeting(meetingId: data.parents.meetings[0].meeting.id)).record
        counted.participants = Fixtures.people(
            ["Ebru", "Selin", "Deniz!waarnemer"], series: 2, seriesId: data.parents.id)
        counted.present = [counted.participants[0].id]
        try database.saveLive(counted)
        let rows = try database.meetingFigures(OverviewFilter())
        let first = try #require(rows.first { $0.meetingId == counted.meetingId })
        #expect(first.countOnly && first.headcount == 20 && first.participants == 0 && first.attendance == 20)
        #expect(first.expected == 20 && first.evaluated && first.safety == 2)
        #expect(try figures(of: "Ouders Transvaal", in: try database.overview()).reached == 20)

        let planned = try #require(rows.first { $0.meetingId == data.youth.meetings[2].meeting.id })
        #expect(
            planned
                == MeetingFigures(
                    seriesId: data.youth.id, seriesName: "Jongeren Feijenoord", organisation: "SMN",
                    methodId: "gesprek-in-vrijheid", municipality: "Rotterdam", meetingId: planned.meetingId, number: 3,
                    kind: .regular, date: Fixtures.date("2027-02-09T19:30"), state: .planned, expected: 12,
                    groups: ["vrouwen"]))
        let extra = try #require(rows.first { $0.kind == .extra })
        #expect(extra.number == 4 && extra.date == Fixtures.date("2027-03-02T21:00") && extra.participants == 1)
        let undated = try #require(rows.first { $0.meetingId == data.demo.meetings[1].meeting.id })
        #expect(undated.demo && undated.date == nil && undated.state == .planned && undated.municipality == "Utrecht")
    }

    @Test func theSQLForTheShellGivesTheSameRows() throws {
        let (database, _) = try overviewDatabase()
        let filter = OverviewFilter(organisation: "ht'ib", from: Fixtures.date("2026-10-01T00:00"), includeDemo: false)
        let inlined = AppDatabase.inlined(
            AppDatabase.meetingFiguresSQL + AppDatabase.meetingFiguresOrderSQL,
            filter: OverviewFilter(organisation: "htib"))
        #expect(!inlined.contains(":organisation") && inlined.contains("'htib'") && !inlined.contains(":from"))
        let rows = try database.reader.read { db in try Row.fetchAll(db, sql: inlined) }
        let figures = try database.meetingFigures(OverviewFilter(organisation: "htib"))
        #expect(rows.map { $0["meetingId"] as String } == figures.map(\.meetingId))
        #expect(figures.count == 6)
        // Quotes are doubled, dates are written as the database stores them.
        let quoted = AppDatabase.inlined(AppDatabase.meetingFiguresSQL, filter: filter)
        #expect(quoted.contains("'ht''ib'") && quoted.contains("'2026-09-30 23:00:00.000'"))
        #expect(try database.reader.read { db in try Row.fetchAll(db, sql: quoted) }.isEmpty)
        for sql in AppDatabase.overviewSQL {
            let text = AppDatabase.inlined(
                sql, filter: OverviewFilter(), today: today,
                target: OverviewTarget(amount: 1, from: Fixtures.now, to: Fixtures.now.addingTimeInterval(1)))
            #expect(try database.reader.read { db in try Row.fetchAll(db, sql: text) }.count > 0)
        }
    }

    @Test func theBigTablesAreReadThroughTheirIndexes() throws {
        let database = try AppDatabase.inMemory()
        let statements = [AppDatabase.meetingFiguresSQL] + AppDatabase.overviewSQL
        for sql in statements {
            let plan = try database.reader.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN " + sql,
                    arguments: AppDatabase.figureArguments(OverviewFilter(), today: today, target: nil)
                ).map { $0["detail"] as String }
            }
            for table in ["attendance", "promptUse", "signal", "raisedTheme", "evaluation", "headcount", "block"] {
                #expect(
                    !plan.contains("SCAN \(table)"),
                    "\(table) read whole, without an index:\n\(plan.joined(separator: "\n"))")
            }
        }
    }
}
