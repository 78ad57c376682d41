import DialoogCore

/// What a trainer can do about a plan warning, with the planner's key for it: the block panel
/// and the warning read whole say it after the principle. Nil when the warning's own words
/// already say what to do (a card entry without contact, no local entries yet, an agenda for
/// another group).
struct WarningActionText: Words {
    var kind: PlanWarning.Kind

    init?(_ warning: PlanWarning) {
        switch warning.kind {
        case .hotThemeWithoutAllHoursLine(_, noneKnown: true), .noLocalEntries(_, noneKnown: true),
            .entryWithoutContact, .agendaForOtherGroup:
            return nil
        default:
            kind = warning.kind
        }
    }

    /// The warning read whole: what is wrong, the principle it cites and what to do about it.
    static func whole(_ warning: PlanWarning, what: String, language: Language, ascii: Bool) -> String {
        let principle = warning.principle.hasSuffix(".") ? String(warning.principle.dropLast()) : warning.principle
        return what + (ascii ? " - " : " — ") + principle
            + (WarningActionText(warning).map { ". " + $0.localized(language) } ?? "")
    }

    var dutch: String {
        switch kind {
        case .hotterBeforeCooler:
            "Schuif dit blok vóór het hetere (K), of het hetere blok naar achteren (J op dat blok)."
        case .hotInFirstMeeting:
            "Geef dit blok een koeler thema (Enter), en bewaar dit thema voor bijeenkomst 2 of 3."
        case .peakDoesNotRise:
            "Geef een latere bijeenkomst een warmer thema, of bijeenkomst 1 een koeler (Enter op een blok)."
        case .overLength:
            "Kort blokken in (- of typ de minuten na Enter), of maak de bijeenkomst langer (m)."
        case .promptRepeated:
            "Kies voor dit blok een andere prompt (p), of haal hem in de andere bijeenkomst weg."
        case .statementsWithoutDialogue:
            "Zet een dialoogblok vlak voor of na de stellingen (a, of A voor een werkvorm)."
        case .hotThemeWithoutHelp:
            "Zet een hulpadres voor dit thema op de hulpkaart van de bijeenkomst (m)."
        case .hotThemeWithoutAllHoursLine:
            "Zet een lijn die dag en nacht open is op de hulpkaart van de bijeenkomst (m)."
        case .noLocalEntries:
            "Zet een lokaal hulpadres op de hulpkaart van een bijeenkomst (m)."
        case .entryWithoutContact, .agendaForOtherGroup:
            ""
        }
    }

    var english: String {
        switch kind {
        case .hotterBeforeCooler:
            "Move this block before the hotter one (K), or the hotter block back (J on that block)."
        case .hotInFirstMeeting:
            "Give this block a cooler theme (Enter), and keep this theme for meeting 2 or 3."
        case .peakDoesNotRise:
            "Give a later meeting a warmer theme, or meeting 1 a cooler one (Enter on a block)."
        case .overLength:
            "Shorten blocks (- or type the minutes after Enter), or make the meeting longer (m)."
        case .promptRepeated:
            "Choose another prompt for this block (p), or take it out of the other meeting."
        case .statementsWithoutDialogue:
            "Put a dialogue block right before or after the statements (a, or A for a working form)."
        case .hotThemeWithoutHelp:
            "Put a help entry for this theme on the meeting's help card (m)."
        case .hotThemeWithoutAllHoursLine:
            "Put a line open day and night on the meeting's help card (m)."
        case .noLocalEntries:
            "Put a local help entry on a meeting's help card (m)."
        case .entryWithoutContact, .agendaForOtherGroup:
            ""
        }
    }
}
