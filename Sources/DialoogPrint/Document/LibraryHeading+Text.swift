import DialoogCore

extension LibraryHeading: Words {
    package var dutch: String {
        switch self {
        case .organisation: "Organisatie"
        case .goal: "Doel"
        case .subgoals: "Subdoelen"
        case .targetGroup: "Doelgroep"
        case .typical: "Typerend"
        case .chain: "Veranderketen"
        case .phases: "Fasen"
        case .meetings: "De drie bijeenkomsten"
        case .groupChoice: "Keuze van de groep"
        case .rules: "Regels voor de gespreksleider"
        case .groupSize: "Groepsgrootte"
        case .aftercare: "Nazorg"
        case .source: "Bron"
        case .description: "Over dit thema"
        case .leadsTo: "Leidt naar"
        case .cautions: "Let op"
        case .what: "Wat doet het"
        case .forWhom: "Voor wie"
        case .contact: "Contact"
        case .themes: "Thema's"
        case .workingForms: "Werkvormen"
        case .principles: "Uitgangspunten"
        case .socratic: "Socratische principes"
        case .practice: "Praktijkregels"
        case .groundRules: "Spelregels"
        case .tips: "Tips uit de praktijk"
        case .mission: "Dubbele missie"
        }
    }

    package var english: String {
        switch self {
        case .organisation: "Organisation"
        case .goal: "Goal"
        case .subgoals: "Sub-goals"
        case .targetGroup: "Target group"
        case .typical: "Typical"
        case .chain: "Chain of change"
        case .phases: "Phases"
        case .meetings: "The three meetings"
        case .groupChoice: "The group's choice"
        case .rules: "Rules for the facilitator"
        case .groupSize: "Group size"
        case .aftercare: "Aftercare"
        case .source: "Source"
        case .description: "About this theme"
        case .leadsTo: "Leads to"
        case .cautions: "Take care"
        case .what: "What it does"
        case .forWhom: "For whom"
        case .contact: "Contact"
        case .themes: "Themes"
        case .workingForms: "Working forms"
        case .principles: "Principles"
        case .socratic: "Socratic principles"
        case .practice: "Practice rules"
        case .groundRules: "Ground rules"
        case .tips: "Tips from practice"
        case .mission: "Double mission"
        }
    }
}
