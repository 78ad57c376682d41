import DialoogCore

extension PrintText {
    package var english: String {
        switch self {
        case .legend(let marks): "Temperature of a theme: \(marks)."
        case .notes: "Notes"
        case .attendanceHeading(let meeting): "Attendance sheet · \(meeting)"
        case .attendanceNote:
            "Nicknames only, never real names. Tick who is there. A newcomer chooses a nickname and "
                + "writes it on an empty row."
        case .nicknameColumn: "Nickname"
        case .presentColumn: "Present"
        case .backMatter: "For the bag"
        case .madeWith(let date, let version): "Made on \(date) with dialoog \(version)."
        case .filtersHeading: "What this report covers"
        case .periodLabel: "Period"
        case .filtersLabel: "Filters"
        case .noFilters: "none: every organisation, methodology and municipality"
        case .chartHeldPerOrganisation: "Meetings held per organisation"
        case .chartRaisedThemes: "Themes groups raised themselves"
        case .chartPromptsPerTheme: "Prompts used per theme"
        case .chartDescription(let title): "Bar chart: \(title)"
        case .periodRule:
            "The figures cover the meetings within the period above, with the filters listed with it. "
                + "'How it was counted' says what each figure includes."
        case .excelMadeWith: "Made with dialoog"
        case .excelPeriod: "Period"
        case .excelFilters: "Filters"
        case .excelDemo: "Demo series"
        }
    }
}
