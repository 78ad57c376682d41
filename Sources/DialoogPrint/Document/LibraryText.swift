import DialoogCore

/// The words of the bibliotheek's pages and of dates, shared by the screens, `dialoog methods
/// show` and the printed plan, in Dutch and English (exhaustive switches, like `Text`).
package enum LibraryText: Equatable, Sendable {
    case today
    case tomorrow
    case weekday(Int)
    case month(Int)
    case commonBaseTitle
    case libraryHeading(LibraryHeading)
    case meetingHeading(number: Int, minutes: Int)
    /// Where a search hit in a method stands: "Bijeenkomst 2".
    case meetingNumber(Int)
    case groupSize(min: Int, max: Int)
    case aftercareAfter(weeks: Int)
    case groupChooses(Int)
    case origin(file: String, replaces: String?)
    case source(SourceRef)
    case promptKindName(PromptKind)
    /// A prompt's follow-up question, after the prompt.
    case followUp(String)
    case temperatureName(Temperature)
    case checkedOn(String)
    case checkedOutdated(String)
    case minutesShort(Int)
    case minutesRange(Int, Int)
    /// Whose an agenda element is, without its mark.
    case provenance(Provenance, organisation: String, document: String)
    /// The legend's words for the organisation's own mark.
    case provenanceLegendOwn(organisation: String, document: String)
}

/// The section headings of a page in the bibliotheek (and of `dialoog methods show`).
package enum LibraryHeading: Equatable, Sendable {
    case organisation, goal, subgoals, targetGroup, typical, chain, phases, meetings, groupChoice, rules
    case groupSize, aftercare, source, description, leadsTo, cautions, what, forWhom, contact
    case themes, workingForms, principles, socratic, practice, groundRules, tips, mission
}
