/// The words the demo data is made of, in Dutch like the shipped content: pseudonyms (first
/// names, initials and nicknames, never a first and last name), the themes groups raised, their
/// agreements, short notes, and the places the series meet. Invented for the demo; none of it
/// is a fact anyone could act on. No pseudonym shares a name with a person in the shipped
/// content (its cases name people), so a report that quotes a prompt never seems to name one.
enum DemoWords {
    /// Pseudonyms for groups of women; at least 24, so a roster never runs out.
    static let women = [
        "Ayşe K.", "Hatice", "Meryem", "Z.Y.", "Fatma D.", "Nisa", "tante Sevim", "Yasmina", "Selma B.", "Leyla",
        "Hawa", "Asha A.", "Hibo", "Ifrah", "Sahra M.", "mama Farhiya", "Khadija", "Naima", "Saïda", "Emine", "Gül",
        "Songül T.", "Esra", "Amal", "Salma", "Hanan", "Zehra", "F.B.", "H.A.", "Noor", "Dilan", "Berfin",
    ]

    /// Pseudonyms for groups of men.
    static let men = [
        "oom Ali", "Bayram", "Yakup K.", "Metin A.", "Hasan", "Abdi", "Orhan F.", "Mustafa", "Kadir", "Rachid B.",
        "baba Ibrahim", "Yunus", "Cem", "Dursun", "K.O.", "M.E.", "R.T.", "S.K.", "Ahmed", "Mahad", "Farah", "Said B.",
        "Emre", "Burak", "Hamza", "Idris", "Tarik", "Youssef", "Osman", "Jamal",
    ]

    /// Pseudonyms for mixed groups: both lists.
    static let everyone = women + men

    /// Nicknames of the people who are not participants, by role.
    static let guests: [(nickname: String, role: Participant.Role)] = [
        ("wijkcoach", .professional), ("jongerenwerker", .professional), ("gastspreker", .spreker),
        ("stagiair", .waarnemer),
    ]

    /// Themes a group brought up itself: a few words about the group, not about a person.
    static let raisedThemes = [
        "zakgeld en de telefoon van je kind", "schoonfamilie die meebeslist", "eenzaamheid na de verhuizing",
        "wat de buren zeggen", "huiswerk en school", "geloof en twijfel", "mantelzorg voor ouders",
        "de rol van de vader in de opvoeding", "uitgaan en vertrouwen", "trouwen buiten de gemeenschap",
        "discriminatie bij het zoeken naar werk", "welke taal we thuis spreken", "sociale media en roddels",
        "geld en wie erover beslist", "opvoeden zonder slaan", "meiden en sport", "heimwee",
        "respect tussen generaties",
    ]

    /// Agreements a group made together, one short line each.
    static let agreements = [
        "Wat hier gezegd wordt, blijft hier", "We laten elkaar uitpraten",
        "Iedereen neemt volgende keer een vraag van thuis mee", "We praten deze week thuis over vriendschap",
        "We beginnen volgende keer met de stelling van vandaag", "Ieder voert één gesprek zonder oordeel met een kind",
        "We nodigen onze partners uit voor de nazorgbijeenkomst",
        "We houden contact via de groepsapp van het buurthuis",
    ]

    /// Short notes of a gespreksleider, without names.
    static let notes = [
        "Groep wilde langer doorpraten over dit thema", "Veel herkenning bij de casus", "Zaal was te warm",
        "Twee deelnemers kwamen later binnen", "Stil begin, daarna levendig",
    ]

    /// Gespreksleiders, by first name or initials as they choose.
    static let facilitators = [
        "Hülya", "Said", "N.E.", "Fadumo", "Semra", "Latifa", "R.B.", "Gökhan", "Hibaaq W.", "Nermin", "Mina", "A.Y.",
    ]

    /// Municipalities with neighbourhoods where groups meet.
    static let places: [(municipality: String, neighbourhoods: [String])] = [
        ("Utrecht", ["Kanaleneiland", "Overvecht", "Lombok"]), ("Den Haag", ["Schilderswijk", "Transvaal", "Escamp"]),
        ("Rotterdam", ["Feijenoord", "Delfshaven", "Charlois"]), ("Amsterdam", ["Zuidoost", "Nieuw-West", "Oost"]),
        ("Eindhoven", ["Woensel", "Tongelre"]), ("Arnhem", ["Presikhaaf", "Malburgen"]),
        ("Tilburg", ["Noord", "Groenewoud"]), ("Zwolle", ["Holtenbroek", "Stadshagen"]),
    ]

    /// What a group is called after, by who it is.
    static func groupName(_ group: TargetGroup) -> String {
        switch group {
        case .ouders: "Ouders"
        case .jongeren: "Jongeren"
        case .vrouwen: "Vrouwen"
        case .mannen: "Mannen"
        case .nieuwkomers: "Nieuwkomers"
        case .gemengd: "Buurtgroep"
        case .moeders: "Moeders"
        case .vaders: "Vaders"
        case .ouderen: "Ouderen"
        case .lhbt: "Regenbooggroep"
        }
    }

    /// The pseudonyms that suit a group.
    static func nicknames(for groups: [TargetGroup]) -> [String] {
        if groups.contains(.vrouwen) { return women }
        if groups.contains(.mannen) { return men }
        return everyone
    }
}
