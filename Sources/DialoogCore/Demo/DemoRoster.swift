/// The people of one demo series: a pool of pseudonyms, who has come so far, and who comes
/// next. Someone who came before mostly comes again; someone new now and then joins later.
struct DemoRoster {
    /// Participants as live mode knows them: everyone who came to a meeting so far.
    private(set) var known: [Participant] = []
    private var pool: [Participant]
    private var guests: [Participant]
    private var came = Set<String>()

    init(scenario: DemoScenario, seriesId: String, rng: inout SplitMix64) {
        let names = rng.shuffled(DemoWords.nicknames(for: scenario.groups)).prefix(scenario.size + 4)
        pool = names.map { Participant(id: rng.uuid(), seriesId: seriesId, nickname: $0) }
        guests = DemoWords.guests.map {
            Participant(id: rng.uuid(), seriesId: seriesId, nickname: $0.nickname, role: $0.role)
        }
    }

    /// Who is present at `meeting`; those who came for the first time join `known`.
    mutating func attend(meeting: Meeting, rng: inout SplitMix64) -> Set<String> {
        var present = Set<String>()
        for person in pool {
            let returning = came.contains(person.id)
            let likely = meeting.number == 1 && meeting.kind == .regular ? 0.85 : (returning ? 0.88 : 0.2)
            if rng.chance(likely) { present.insert(person.id) }
        }
        // A professional visits meeting 2, a guest speaker sometimes meeting 3, a trainee meeting 1.
        let visiting: [Int: Participant.Role] = [1: .waarnemer, 2: .professional, 3: .spreker]
        if meeting.kind == .regular, let role = visiting[meeting.number], rng.chance(role == .professional ? 0.6 : 0.3),
            let guest = guests.first(where: { $0.role == role })
        {
            present.insert(guest.id)
        }
        for person in pool + guests where present.contains(person.id) && !came.contains(person.id) {
            came.insert(person.id)
            known.append(person)
        }
        return present
    }
}
