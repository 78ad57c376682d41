extension DemoScenario {
    /// Who a methodology's groups are in a scaled demo, with the group's choice where the
    /// method asks for one.
    struct Profile: Sendable {
        var methodId: String
        var groups: [TargetGroup]
        var languages: [String]
        var choice: [String] = []
    }

    static let profiles: [Profile] = [
        Profile(methodId: "htib", groups: [.vrouwen], languages: ["tr", "nl"]),
        Profile(methodId: "yeni-pencere", groups: [.ouders], languages: ["tr", "nl"]),
        Profile(methodId: "gesprek-in-vrijheid", groups: [.mannen], languages: ["nl", "ar"]),
        Profile(methodId: "jiheeye", groups: [.vrouwen], languages: ["so", "nl"]),
        Profile(
            methodId: "kezban", groups: [.vrouwen], languages: ["nl"],
            choice: ["Huiselijk geweld", "Huwelijksdwang", "Achterlating"]),
        Profile(methodId: "mudawwanah", groups: [.gemengd], languages: ["nl", "ar"], choice: ["Gendergelijkheid"]),
        Profile(methodId: "changemakers", groups: [.nieuwkomers], languages: ["nl"]),
    ]

    /// The days and times groups meet: weekday evenings, weekday mornings, Saturday afternoons.
    private static let slots: [(weekday: Int, hour: Int, minute: Int)] = [
        (3, 19, 30), (4, 19, 0), (2, 10, 0), (5, 10, 0), (7, 14, 0), (5, 20, 0), (6, 10, 0),
    ]

    /// The `index`-th series of a demo at scale: a group of `profile`, its first meeting in the
    /// past year or the coming weeks, mostly held and evaluated, now and then a signal.
    static func scaled(_ index: Int, profile: Profile, rng: inout SplitMix64) -> DemoScenario {
        let place = rng.pick(DemoWords.places)
        let neighbourhood = rng.pick(place.neighbourhoods)
        let slot = rng.pick(slots)
        var facilitators = [rng.pick(DemoWords.facilitators)]
        if rng.chance(0.4) {
            let second = rng.pick(DemoWords.facilitators)
            if second != facilitators[0] { facilitators.append(second) }
        }
        var scenario = DemoScenario(
            name: "\(DemoWords.groupName(profile.groups[0])) \(neighbourhood) \(index + 1)",
            methodId: profile.methodId, municipality: place.municipality, groups: profile.groups,
            choice: profile.choice, facilitators: facilitators, venue: rng.pick(Venue.allCases),
            languages: profile.languages, size: rng.int(12...20), firstDay: rng.int(-365...10),
            interval: rng.chance(0.5) ? 7 : 14, weekday: slot.weekday, hour: slot.hour, minute: slot.minute)
        if rng.chance(0.08) { scenario.countOnly = [1] }
        for number in 1...3 where rng.chance(0.1) { scenario.unevaluated.insert(number) }
        if rng.chance(0.03) { scenario.lowWellbeing = rng.int(1...3) }
        for number in 1...3 where rng.chance(0.06) {
            scenario.signals.append(
                SignalPlan(
                    meeting: number, category: rng.pick(Signal.Category.allCases),
                    response: rng.chance(0.05) ? .acuut112 : (rng.chance(0.5) ? .warmeVerwijzing : .hulpkaart),
                    followUp: rng.chance(0.7) ? .done : .none))
        }
        return scenario
    }
}
