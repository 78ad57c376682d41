/// One demo series as a recipe: the group, where and when it meets, and what the demo should
/// show in it (counted attendance, a low wellbeing, signals, aftercare). Days count from today,
/// so the demo looks the same whenever it is loaded.
struct DemoScenario: Equatable, Sendable {
    /// What happens after meeting 3.
    enum Aftercare: Equatable, Sendable {
        case none
        /// An aftercare meeting was held, eight weeks after meeting 3.
        case held
        /// An aftercare meeting is planned this many days from today.
        case planned(inDays: Int)
        /// The evaluation asks for aftercare; its day has passed and nothing was planned.
        case overdue
        /// The evaluation asked for aftercare, and it was dealt with.
        case done
    }

    /// When a signal's follow-up falls, as today sees it.
    enum FollowUp: Equatable, Sendable {
        case none, overdue, thisWeek, done
    }

    struct SignalPlan: Equatable, Sendable {
        var meeting: Int
        var category: Signal.Category
        var response: Signal.Response
        var followUp: FollowUp
    }

    var name: String
    var methodId: String
    var municipality: String
    var groups: [TargetGroup]
    /// The group's choice, for methods that let the group choose.
    var choice: [String] = []
    var facilitators: [String]
    var venue: Venue
    var languages: [String]
    var size: Int
    /// Meeting 1, in days from today (moved to the nearest `weekday`), and the days between
    /// meetings. Meetings before today were held; today's and later ones are planned.
    var firstDay: Int
    var interval: Int
    /// 1 (Sunday) to 7, and the time of day.
    var weekday: Int
    var hour: Int
    var minute: Int = 0
    /// Meetings whose attendance was counted, not named.
    var countOnly: Set<Int> = []
    /// Held meetings left without an evaluation.
    var unevaluated: Set<Int> = []
    var aftercare: Aftercare = .none
    /// The meeting after which the gespreksleider felt low (intervisie due this week).
    var lowWellbeing: Int? = nil
    var signals: [SignalPlan] = []
}

extension DemoScenario {
    /// The demo a newcomer sees: every methodology, several municipalities, and series in
    /// every state a coordinator meets.
    static let standard: [DemoScenario] = [
        DemoScenario(
            name: "Moeders Kanaleneiland", methodId: "yeni-pencere", municipality: "Utrecht", groups: [.ouders],
            facilitators: ["A.Y.", "Semra"], venue: .buurthuis, languages: ["tr", "nl"], size: 14, firstDay: -330,
            interval: 14, weekday: 3, hour: 19, minute: 30, aftercare: .held,
            signals: [SignalPlan(meeting: 2, category: .huiselijkGeweld, response: .warmeVerwijzing, followUp: .done)]),
        DemoScenario(
            name: "Vrouwengroep Schilderswijk", methodId: "htib", municipality: "Den Haag", groups: [.vrouwen],
            facilitators: ["Hülya"], venue: .huiskamer, languages: ["tr", "nl"], size: 12, firstDay: -250,
            interval: 7, weekday: 5, hour: 10, aftercare: .done,
            signals: [SignalPlan(meeting: 3, category: .huwelijksdwang, response: .hulpkaart, followUp: .none)]),
        DemoScenario(
            name: "Vaders Delfshaven", methodId: "gesprek-in-vrijheid", municipality: "Rotterdam", groups: [.mannen],
            facilitators: ["Said", "R.B."], venue: .moskee, languages: ["nl", "ar"], size: 15, firstDay: -200,
            interval: 14, weekday: 4, hour: 20, unevaluated: [2]),
        DemoScenario(
            name: "Moeders Zuidoost", methodId: "jiheeye", municipality: "Amsterdam", groups: [.vrouwen, .ouders],
            facilitators: ["Fadumo"], venue: .buurthuis, languages: ["so", "nl"], size: 20, firstDay: -150,
            interval: 7, weekday: 7, hour: 14, countOnly: [1],
            signals: [SignalPlan(meeting: 3, category: .vgv, response: .warmeVerwijzing, followUp: .done)]),
        DemoScenario(
            name: "Nieuwkomers Woensel", methodId: "changemakers", municipality: "Eindhoven", groups: [.nieuwkomers],
            facilitators: ["Nermin", "N.E."], venue: .school, languages: ["nl", "ar", "ti"], size: 24,
            firstDay: -110, interval: 7, weekday: 2, hour: 19, countOnly: [1, 2, 3], unevaluated: [3]),
        DemoScenario(
            name: "Vrouwen Lombok", methodId: "kezban", municipality: "Utrecht", groups: [.vrouwen],
            choice: ["Huiselijk geweld", "Huwelijksdwang", "Achterlating"], facilitators: ["Latifa"],
            venue: .buurthuis, languages: ["nl"], size: 12, firstDay: -75, interval: 7, weekday: 3, hour: 10,
            aftercare: .planned(inDays: 10)),
        DemoScenario(
            name: "Vrouwen Oost", methodId: "kezban", municipality: "Amsterdam", groups: [.vrouwen],
            choice: ["Eergerelateerd geweld", "Huwelijksdwang", "Seksualiteit & seksuele diversiteit"],
            facilitators: ["Mina", "Hibaaq W."], venue: .huiskamer, languages: ["nl", "ar"], size: 10, firstDay: -80,
            interval: 14, weekday: 2, hour: 19, minute: 30, aftercare: .overdue,
            signals: [
                SignalPlan(meeting: 3, category: .eergerelateerdGeweld, response: .warmeVerwijzing, followUp: .overdue)
            ]),
        DemoScenario(
            name: "Ouders Noord", methodId: "mudawwanah", municipality: "Tilburg", groups: [.ouders],
            choice: ["Gendergelijkheid"], facilitators: ["Gökhan"], venue: .buurthuis, languages: ["nl", "ar"],
            size: 14, firstDay: -20, interval: 14, weekday: 4, hour: 19, lowWellbeing: 2,
            signals: [SignalPlan(meeting: 2, category: .huiselijkGeweld, response: .hulpkaart, followUp: .thisWeek)]),
        DemoScenario(
            name: "Mannen Presikhaaf", methodId: "htib", municipality: "Arnhem", groups: [.mannen],
            facilitators: ["Semra", "Said"], venue: .sportclub, languages: ["tr", "nl"], size: 12, firstDay: -9,
            interval: 14, weekday: 5, hour: 20,
            signals: [
                SignalPlan(meeting: 1, category: .achterlating, response: .warmeVerwijzing, followUp: .thisWeek),
                SignalPlan(meeting: 1, category: .anders, response: .hulpkaart, followUp: .overdue),
            ]),
        DemoScenario(
            name: "Jongeren Feijenoord", methodId: "gesprek-in-vrijheid", municipality: "Rotterdam",
            groups: [.jongeren], facilitators: ["R.B."], venue: .school, languages: ["nl"], size: 16, firstDay: -6,
            interval: 7, weekday: 4, hour: 16, unevaluated: [1]),
        DemoScenario(
            name: "Ouders Overvecht", methodId: "jiheeye", municipality: "Utrecht", groups: [.ouders],
            facilitators: ["Fadumo"], venue: .buurthuis, languages: ["so", "nl"], size: 16, firstDay: 12,
            interval: 14, weekday: 3, hour: 19),
        DemoScenario(
            name: "Jongeren Holtenbroek", methodId: "changemakers", municipality: "Zwolle", groups: [.jongeren],
            facilitators: ["Nermin"], venue: .sportclub, languages: ["nl"], size: 18, firstDay: 30, interval: 14,
            weekday: 4, hour: 19, minute: 30),
        DemoScenario(
            name: "Buurtgroep Transvaal", methodId: "mudawwanah", municipality: "Den Haag", groups: [.gemengd],
            choice: ["Sociale veiligheid"], facilitators: ["A.Y."], venue: .buurthuis, languages: ["nl", "tr"],
            size: 14, firstDay: -45, interval: 14, weekday: 2, hour: 10,
            signals: [
                SignalPlan(meeting: 1, category: .uitbuiting, response: .acuut112, followUp: .done),
                SignalPlan(meeting: 3, category: .seksueelGeweld, response: .hulpkaart, followUp: .none),
            ]),
    ]
}
