import DialoogCore

/// The one wording of a plan warning, for the planner's panel, the printed plan and
/// `dialoog plan check`.
extension PlanWarning {
    /// What is wrong and where, in one line, without the principle. `block` (1-based) is added
    /// when two warnings would otherwise read the same.
    package func what(in library: Library?, language: Language, block: Int? = nil) -> String {
        PlanWarningWords(warning: self, library: library, block: block).localized(language)
    }

    /// The line with the principle it cites: "Huwelijksdwang in bijeenkomst 1 — De gevoeligste ...".
    package func sentence(in library: Library?, language: Language) -> String {
        what(in: library, language: language) + " — " + principle
    }

    /// The mark before a warning: the temperature of the theme it is about, or `!`.
    package func marker(in library: Library?, ascii: Bool) -> (mark: String, style: Emphasis) {
        let temperature: Temperature?
        switch kind {
        case .hotterBeforeCooler(let theme, _), .hotInFirstMeeting(let theme), .hotThemeWithoutHelp(let theme),
            .hotThemeWithoutAllHoursLine(let theme, _):
            temperature = library?.theme(theme)?.temperature
        case .peakDoesNotRise(_, let later):
            temperature = later
        case .overLength, .promptRepeated, .statementsWithoutDialogue, .entryWithoutContact, .noLocalEntries,
            .agendaForOtherGroup:
            temperature = nil
        }
        if isHint { return ("i", .dim) }
        guard let temperature else { return ("!", .warning) }
        return (TemperatureMark.symbol(temperature, ascii: ascii), TemperatureMark.emphasis(temperature))
    }
}
