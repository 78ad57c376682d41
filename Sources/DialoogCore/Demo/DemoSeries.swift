/// One series of the demo, whole: its plan (with `series.demo` set), what live mode recorded in
/// each meeting that was held, and the evaluations of those meetings.
package struct DemoSeries: Equatable, Sendable {
    package var plan: SeriesPlan
    /// One record per held meeting, in plan order; every one has ended.
    package var records: [LiveRecord]
    package var evaluations: [Evaluation]

    package init(plan: SeriesPlan, records: [LiveRecord] = [], evaluations: [Evaluation] = []) {
        self.plan = plan
        self.records = records
        self.evaluations = evaluations
    }

    /// The distinct participants (role deelnemer) present at any meeting.
    package var participants: Int {
        var seen = Set<String>()
        for record in records {
            let present = record.participants.filter { $0.role == .deelnemer && record.present.contains($0.id) }
            seen.formUnion(present.map(\.id))
        }
        return seen.count
    }
}
