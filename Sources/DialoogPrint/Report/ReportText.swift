import DialoogCore

/// The words of `dialoog report`'s text and Markdown formats. `ReportText+Dutch.swift` and
/// `ReportText+English.swift` are exhaustive switches like the main catalog. CSV and JSON
/// have fixed English keys and no words.
package enum ReportText: Equatable, Sendable {
    // MARK: Period and filter
    case year(Int)
    case quarter(Int, Int)
    case month(Int, Int)
    /// A day, "1 okt 2026".
    case day(Int, Int, Int)
    case between(String, String)
    case since(String)
    case until(String)
    case allTime
    case filterOrganisation(String)
    case filterMethod(String)
    case filterMunicipality(String)
    /// The series made on one laptop, by the start of its id as the overzicht shows it.
    case filterLaptop(String)
    /// Filtered on one gespreksleider, who is not named.
    case filterFacilitator
    case demoIncluded
    case demoExcluded
    /// "Gemaakt op 1 dec 2026 om 19:30".
    case generated(day: String, time: String)

    // MARK: Numbers
    /// A mean with one decimal, in the language's way ("4,1").
    case decimal(Double)
    case percent(Int)

    // MARK: Headings
    case title
    case keyFigures
    case perOrganisation
    case perMunicipality
    case perMethod
    /// The row of series without a municipality.
    case noMunicipality
    case seriesHeading
    case wentWell
    case raisedThemes
    case promptsPerTheme
    /// Advice to the municipality, as released by the coordinator.
    case recommendationsHeading
    case howCounted
    /// `--compare previous`: the key figures beside those of the period before.
    case compareHeading(previous: String)

    // MARK: Key figures
    case label(Figure)
    case heldValue(held: Int, planned: Int)
    case seriesValue(series: Int, completed: Int)
    case cameToAllValue(all: Int, first: Int, percent: Int)
    case safetyValue(average: String, evaluated: Int)
    case signalsValue(SignalCounts)
    case followUpsValue(open: Int, overdue: Int)
    /// The mean collaboration with local professionals over the meetings with a score.
    case collaborationValue(average: String, evaluated: Int)
    /// The volunteers' hours and the expenses in euros, summed over the meetings that have them.
    case hoursValue(hours: Int, meetings: Int)
    case expensesValue(euros: Int, meetings: Int)
    /// The women, men and young people of the counted meetings' headcounts, summed over the
    /// meetings where that part was counted.
    case headcountPartsValue(women: Int, men: Int, young: Int, meetings: Int)
    /// Professionals present at the meetings with named attendance, summed.
    case professionalsValue(present: Int, meetings: Int)
    /// The hands or cards of "was it useful" / "were you heard", summed over the evaluations.
    case handsValue(yes: Int, partly: Int, no: Int, meetings: Int)
    /// Series per value ("buurthuis 3 · moskee 1"), the values already in words.
    case perSeriesValue([Overview.NameCount])
    /// A row of the comparison with the previous period.
    case comparedLabel(Report.Compared)
    /// A target's progress: `pace` is what is still needed per month, nil once reached or over.
    case targetValue(reached: Int, amount: Int, figure: TargetFigure, percent: Int, period: String, pace: Int?)
    /// "Doel" with the target's scope (organisation, method, municipality), if any.
    case targetLabel(scope: [String])
    case notKnownYet
    case noTarget

    // MARK: Tables
    case column(Column)
    case withoutTheme
    case demoMark
    case noMeetings

    // MARK: What went well (derived from the figures only)
    case safeMeetings(high: Int, evaluated: Int)
    case retention(all: Int, first: Int, percent: Int)
    case completedSeries(completed: Int, series: Int)
    case landedIntro
    case landedPrompt(text: String, count: Int)
    case targetProgress(reached: Int, amount: Int, figure: TargetFigure, percent: Int)
    case nothingToDeriveYet
    case noRaisedThemes
    /// The groups that raised a theme that is not released, counted without it.
    case withheldThemes(groups: Int)
    case noPromptUses
    case noRecommendations
    /// The groups that wrote a recommendation that is not released, counted without it.
    case withheldRecommendations(groups: Int)

    // MARK: How it was counted, and privacy
    case countedReached
    case countedCameToAll
    case countedSafety
    case countedSignals
    case countedVolunteers
    /// Which period each figure belongs to, so that quarters add up to the year.
    case periodRule
    /// Demo series count here only when asked for, as in the overzicht: one default.
    case demoRule
    case privacy
    /// The privacy line of a report made with `--with-series-names`.
    case privacyWithSeriesNames

    /// The key figures, in the order reports list them.
    package enum Figure: CaseIterable, Equatable, Sendable {
        case meetingsHeld, series, reached, headcountParts, professionals, cameToAll, averageSafety, useful, heard
        case collaboration, volunteerHours, expenses, signals, followUps, venues, languages, targetGroups, target
    }

    /// The columns of the text report's tables.
    package enum Column: Equatable, Sendable {
        case organisation, held, name, method, municipality, reached, cameToAll, safety, signals, theme, groups, times
        case recommendation
        /// The comparison's columns: the figure and the difference with the period before.
        case figure, difference
        /// How many series, in a table per organisation, municipality or method.
        case seriesCount
    }

    /// `2026-11-30`: the same in every language.
    static func isoDay(year: Int, month: Int, day: Int) -> String {
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// A number with one decimal and the given separator, without Foundation's locales.
    static func oneDecimal(_ value: Double, separator: String) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)\(separator)\(abs(tenths % 10))"
    }
}
