import DialoogCore

extension PrintText: Words {
    package var dutch: String {
        switch self {
        case .legend(let marks): "Temperatuur van een thema: \(marks)."
        case .notes: "Aantekeningen"
        case .attendanceHeading(let meeting): "Presentielijst · \(meeting)"
        case .attendanceNote:
            "Alleen bijnamen, nooit echte namen. Zet een kruisje bij wie er is. Wie nieuw is, kiest zelf "
                + "een bijnaam en schrijft die op een lege regel."
        case .nicknameColumn: "Bijnaam"
        case .presentColumn: "Aanwezig"
        case .backMatter: "Voor in de tas"
        case .madeWith(let date, let version): "Gemaakt op \(date) met dialoog \(version)."
        case .filtersHeading: "Waarover dit rapport gaat"
        case .periodLabel: "Periode"
        case .filtersLabel: "Filters"
        case .noFilters: "geen: alle organisaties, methodieken en gemeenten"
        case .chartHeldPerOrganisation: "Gehouden bijeenkomsten per organisatie"
        case .chartRaisedThemes: "Thema's die groepen zelf inbrachten"
        case .chartPromptsPerTheme: "Gebruikte werkvormen en vragen per thema"
        case .chartDescription(let title): "Staafdiagram: \(title)"
        case .periodRule:
            "De cijfers gaan over de bijeenkomsten binnen de periode hierboven, met de filters die erbij "
                + "staan. Onder 'Zo is geteld' staat wat elk cijfer meetelt."
        case .excelMadeWith: "Gemaakt met dialoog"
        case .excelPeriod: "Periode"
        case .excelFilters: "Filters"
        case .excelDemo: "Demoseries"
        }
    }
}
