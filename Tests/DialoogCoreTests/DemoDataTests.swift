import DialoogCore
import DialoogTestSupport
import Foundation
import Testing

/// The demo dataset as values: the same for the same clock, every state a newcomer should
/// see, pseudonyms that are pseudonyms, nothing left running, dates around today.
@Suite struct DemoDataTests {
    let library = Fixtures.shipped.library
    let calendar = Fixtures.calendar
    var today: Date { calendar.startOfDay(Fixtures.now) }

    func demo(now: Date = Fixtures.now, scale: Int? = nil) -> DemoData {
        DemoData.make(now: now, calendar: calendar, library: library, scale: scale)
    }

    /// The held regular meetings of a series.
    func held(_ series: DemoSeries) -> [Meeting] {
        let ids = Set(series.records.map(\.meetingId))
        return series.plan.meetings.map(\.meeting).filter { ids.contains($0.id) && $0.kind == .regular }
    }

    @Test func theSameClockGivesTheSameDataIdsIncluded() {
        let first = demo().allSeries
        #expect(first == demo().allSeries)
        let later = demo(now: Fixtures.now.addingTimeInterval(86_400 * 14)).allSeries
        #expect(later.map(\.plan.series.name) == first.map(\.plan.series.name))
        #expect(later.map(\.plan.series.id) == first.map(\.plan.series.id))
        #expect(later[0].plan.meetings[0].meeting.startsAt != first[0].plan.meetings[0].meeting.startsAt)
    }

    @Test func everySeriesIsMarkedDemoAndEveryMethodologyIsThere() {
        let all = demo().allSeries
        #expect(all.count >= 12)
        #expect(all.allSatisfy { $0.plan.series.demo })
        #expect(Set(all.map(\.plan.series.methodId)) == Set(library.methods.map(\.id)))
        #expect(Set(all.map(\.plan.series.organisation)).count == 7)
        #expect(Set(all.compactMap(\.plan.series.municipality)).count >= 6)
        // Plans come from the library: blocks with prompts and help cards.
        for series in all {
            #expect(series.plan.meetings.allSatisfy { !$0.blocks.isEmpty })
            #expect(series.plan.meetings.contains { $0.blocks.contains { !$0.prompts.isEmpty } })
            #expect(series.plan.meetings.contains { !$0.meeting.helpCard.isEmpty })
        }
    }

    /// Every day of a week, so moving meetings to their weekday never changes a state.
    static let weekOfClocks = (0..<7).map { Fixtures.now.addingTimeInterval(Double($0) * 86_400) }

    @Test(arguments: weekOfClocks) func seriesComeInEveryState(now: Date) {
        let today = calendar.startOfDay(now)
        let all = demo(now: now).allSeries
        let heldCounts = all.map { held($0).count }
        #expect(heldCounts.contains(3), "completed")
        #expect(heldCounts.contains(2), "two held")
        #expect(heldCounts.contains(1), "one held")
        #expect(heldCounts.contains(0), "only planned")
        let onlyPlanned = all.filter { held($0).isEmpty }
        #expect(
            onlyPlanned.allSatisfy { $0.plan.meetings.allSatisfy { ($0.meeting.startsAt ?? .distantPast) > today } })
        let aftercare = all.flatMap(\.plan.meetings).filter { $0.meeting.kind == .aftercare }
        let aftercareHeld = Set(all.flatMap(\.records).map(\.meetingId))
        #expect(aftercare.contains { aftercareHeld.contains($0.meeting.id) }, "an aftercare meeting held")
        #expect(aftercare.contains { !aftercareHeld.contains($0.meeting.id) }, "an aftercare meeting planned")
        // A completed series whose meetings were all evaluated.
        #expect(all.contains { held($0).count == 3 && $0.evaluations.count >= 3 })
        // And a held meeting still to evaluate.
        #expect(all.contains { $0.records.count > $0.evaluations.count })
    }

    @Test func nothingIsLeftRunningAndHeldMeetingsLieBeforeToday() {
        for series in demo().allSeries {
            #expect(series.plan.meetings.allSatisfy { $0.meeting.state == .planned })
            let starts = Dictionary(uniqueKeysWithValues: series.plan.meetings.map { ($0.id, $0.meeting.startsAt) })
            for record in series.records {
                #expect(record.state == .ended)
                #expect(!record.isRunning)
                #expect((starts[record.meetingId] ?? nil).map { $0 < today } == true)
                #expect(record.endedAt.map { $0 < today } == true)
                #expect(record.segments.allSatisfy { ($0.end ?? .distantFuture) >= $0.start })
                #expect(zip(record.segments, record.segments.dropFirst()).allSatisfy { $0.end! <= $1.start })
            }
            let heldIds = Set(series.records.map(\.meetingId))
            for meeting in series.plan.meetings where !heldIds.contains(meeting.id) {
                #expect((meeting.meeting.startsAt ?? .distantFuture) >= today)
            }
        }
    }

    @Test func datesFallInThePastYearAndTheNextTwoMonthsOnWeekdaysOrSaturday() {
        let earliest = today.addingTimeInterval(-380 * 86_400)
        let latest = today.addingTimeInterval(70 * 86_400)
        for series in demo().allSeries {
            #expect(series.plan.series.createdAt < Fixtures.now)
            for meeting in series.plan.meetings {
                guard let start = meeting.meeting.startsAt else {
                    Issue.record("\(series.plan.series.name) \(meeting.meeting.number) has no date")
                    continue
                }
                #expect(start > earliest && start < latest, "\(series.plan.series.name) \(meeting.meeting.number)")
                let parts = calendar.parts(of: start)
                #expect(parts.weekday != 1, "no meetings on Sunday")
                #expect((9...20).contains(parts.hour))
            }
        }
    }

    @Test func pseudonymsThemesAndFacilitatorsAreNoFullNames() {
        let all = demo().allSeries
        let nicknames = all.flatMap { $0.records.flatMap(\.participants) }.map(\.nickname)
        #expect(nicknames.count > 50)
        #expect(nicknames.allSatisfy { !Participant.looksLikeFullName($0) && $0.count <= Participant.nicknameLength })
        #expect(all.flatMap(\.plan.series.facilitators).allSatisfy { !Participant.looksLikeFullName($0) })
        let themes = all.flatMap { $0.records.flatMap(\.raisedThemes) }.map(\.text)
        #expect(themes.count >= 5)
        #expect(themes.allSatisfy { !Participant.looksLikeFullName($0) && $0.count <= RaisedTheme.maxLength })
    }

    @Test func noPseudonymOrFacilitatorSharesANameWithSomeoneInTheContent() {
        let words = Set(library.prompts.flatMap { $0.text.split(whereSeparator: { !$0.isLetter }).map(String.init) })
        let all = demo(scale: 90).allSeries + demo().allSeries
        let names = all.flatMap { $0.plan.series.facilitators + $0.records.flatMap(\.participants).map(\.nickname) }
        for name in Set(names) {
            for word in name.split(separator: " ") where word.first?.isUppercase == true && word.count > 2 {
                #expect(!words.contains(String(word)), "\(name)")
            }
        }
    }

    @Test func attendanceIsNamedOrCountedAndPeopleComeBack() {
        let all = demo().allSeries
        let records = all.flatMap(\.records)
        #expect(records.contains { $0.countOnly && $0.headcount.total > 0 && $0.present.isEmpty })
        #expect(records.contains { !$0.countOnly && $0.present.count >= 8 })
        // Someone present at meeting 1 of a completed series is present at 3 too.
        let completed = all.filter { held($0).count == 3 && !$0.records.prefix(3).contains(where: \.countOnly) }
        #expect(!completed.isEmpty)
        for series in completed {
            let present = series.records.prefix(3).map(\.present)
            #expect(!present[0].intersection(present[1]).intersection(present[2]).isEmpty)
        }
        // Roles besides deelnemer come by now and then.
        #expect(records.flatMap(\.participants).contains { $0.role == .professional })
    }

    @Test(arguments: weekOfClocks) func promptsThemesSignalsAndEvaluationsFillEveryScreen(now: Date) {
        let today = calendar.startOfDay(now)
        let all = demo(now: now).allSeries
        let records = all.flatMap(\.records)
        let uses = records.flatMap(\.promptUses)
        #expect(uses.contains { !$0.planned }, "a prompt from the library")
        #expect(Set(uses.compactMap(\.response)) == Set(PromptUse.Response.allCases))
        #expect(uses.allSatisfy { library.prompt($0.promptId) != nil })
        for record in records {
            let keys = record.promptUses.map { "\($0.blockId) \($0.promptId)" }
            #expect(Set(keys).count == keys.count, "a prompt once per block")
        }
        let signals = records.flatMap(\.signals)
        #expect(signals.contains { $0.followUp.map { $0 < today } == true && $0.followedUpAt == nil }, "overdue")
        #expect(
            signals.contains { $0.followUp.map { $0 >= today && $0 < today.addingTimeInterval(7 * 86_400) } == true },
            "due this week")
        #expect(signals.contains { $0.followedUpAt != nil }, "done")
        // The demo shows the help card, the warm referral and 112; the three actions added from
        // the sources in v11 (vier ogen, coördinator, Veilig Thuis advies) are not in it yet.
        #expect(Set(signals.map(\.response)) == [.hulpkaart, .warmeVerwijzing, .acuut112])

        let evaluations = all.flatMap(\.evaluations)
        #expect(evaluations.contains { $0.suggestsIntervisie && $0.intervisieDue.map { $0 >= today } == true })
        #expect(evaluations.filter(\.suggestsIntervisie).count == 1)
        #expect(evaluations.contains { !$0.agreements.isEmpty })
        #expect(evaluations.contains { ($0.resistanceMoments ?? 0) > 0 && !$0.resistanceMet.isEmpty })
        #expect(evaluations.contains { !$0.landed.isEmpty })
        #expect(evaluations.contains { $0.aftercareDue.map { $0 < today } == true && $0.aftercareDoneAt == nil })
        #expect(evaluations.contains { $0.aftercareDoneAt != nil })
        let attendance = Dictionary(uniqueKeysWithValues: records.map { ($0.meetingId, $0.attendanceCount) })
        for evaluation in evaluations {
            let came = attendance[evaluation.meetingId] ?? 0
            #expect((evaluation.useful.total ?? 0) <= max(came, 1))
            #expect(
                [evaluation.atmosphere, evaluation.safety, evaluation.openness, evaluation.wellbeing].allSatisfy {
                    $0.map(Evaluation.scale.contains) ?? true
                })
        }
    }

    @Test func theTargetIsMeetingsThisYear() {
        let target = demo().target
        #expect(target.from == calendar.date(year: 2026, month: 1, day: 1, hour: 0, minute: 0))
        #expect(target.to == calendar.date(year: 2027, month: 1, day: 1, hour: 0, minute: 0))
        #expect(target.amount > 0 && target.figure == .meetingsHeld && target.isProgrammeWide)
    }

    @Test func everyIdIsUnique() {
        let all = demo().allSeries
        var ids = all.map(\.plan.series.id)
        ids += all.flatMap { $0.plan.meetings.map(\.meeting.id) + $0.plan.meetings.flatMap { $0.blocks.map(\.id) } }
        ids += all.flatMap { $0.records.flatMap { $0.promptUses.map(\.id) + $0.signals.map(\.id) } }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 36 && $0 == $0.lowercased() })
    }

    @Test func aScaleGivesAboutThatManyMeetingsWithFifteenPresentAndTenPrompts() {
        let data = demo(scale: 900)
        #expect(data.seriesCount == 300)
        var meetings = 0
        var held = 0
        var present = 0
        var uses = 0
        var evaluations = 0
        var signals = 0
        for index in 0..<data.seriesCount {
            let series = data.series(at: index)
            #expect(series.plan.series.demo)
            meetings += series.plan.meetings.count
            held += series.records.count
            present += series.records.reduce(0) { $0 + $1.present.count }
            uses += series.records.reduce(0) { $0 + $1.promptUses.count }
            evaluations += series.evaluations.count
            signals += series.records.reduce(0) { $0 + $1.signals.count }
        }
        #expect(meetings == 900)
        #expect(Double(held) > 0.85 * 900)
        #expect((13.0...17.0).contains(Double(present) / Double(held)), "\(Double(present) / Double(held))")
        #expect((9.0...12.0).contains(Double(uses) / Double(meetings)), "\(Double(uses) / Double(meetings))")
        #expect(evaluations > held * 8 / 10)
        #expect(signals > 10)
        #expect(data.series(at: 7) == data.series(at: 7))
    }
}
