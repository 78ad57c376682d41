import Foundation

extension SeriesPlan {
    /// A copy of the plan to run again (issue 17): the same method, agenda, blocks and own
    /// checklist items under `name`, with new ids everywhere, so no attendance, live record or
    /// evaluation of the old series can belong to it; no dates, every meeting planned, nothing
    /// on the checklist done, and a fresh revision.
    package func duplicate(name: String, now: Date) -> SeriesPlan {
        var series = self.series
        series.id = UUID().uuidString.lowercased()
        series.name = name
        series.createdAt = now
        series.demo = false
        let meetings = self.meetings.map { plan in
            var meeting = plan.meeting
            meeting.id = UUID().uuidString.lowercased()
            meeting.seriesId = series.id
            meeting.startsAt = nil
            meeting.state = .planned
            let blocks = plan.blocks.map { block in
                var copy = block
                copy.id = UUID().uuidString.lowercased()
                return copy
            }
            return MeetingPlan(meeting: meeting, blocks: blocks)
        }
        var copy = SeriesPlan(series: series, meetings: meetings, checklist: [])
        copy.ownChecklist = ownChecklist.map {
            OwnPreparation(id: UUID().uuidString.lowercased(), text: $0.text, done: false)
        }
        return copy
    }

    /// What a template keeps of the plan: a duplicate without the people (gespreksleiders),
    /// the group's own choices and the municipality, which belong to one series, not to a way of
    /// working. Its name is the template's name.
    package func template(name: String, now: Date) -> SeriesPlan {
        var copy = duplicate(name: name, now: now)
        copy.series.facilitators = []
        copy.series.municipality = nil
        copy.series.groupChoice = []
        return copy
    }
}

extension SeriesPlan {
    /// A new series made from a template read back (`TemplateFolder`): the template's agenda,
    /// blocks and own checklist under `series` (the new-series form's name, group, venue and
    /// id), meetings 1 to 3 starting at `starts` where given. The template is a duplicate
    /// already, so its meeting and block ids are new; only the series' id changes here.
    package func started(as series: Series, starts: [Date?]) -> SeriesPlan {
        var plan = self
        plan.series = series
        plan.revision = 0
        for index in plan.meetings.indices {
            plan.meetings[index].meeting.seriesId = series.id
            let number = plan.meetings[index].meeting.number
            if plan.meetings[index].meeting.kind == .regular, starts.indices.contains(number - 1) {
                plan.meetings[index].meeting.startsAt = starts[number - 1]
            }
        }
        return plan
    }
}
