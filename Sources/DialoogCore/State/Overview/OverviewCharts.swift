/// The overzicht's bar charts as figures: what each bar counts, in the order drawn. The
/// screen words the labels; the reducer uses the line count to stop scrolling at the end.
package struct OverviewCharts: Equatable, Sendable {
    package enum Kind: CaseIterable, Equatable, Sendable {
        /// Held meetings per organisation: the first question a funder asks.
        case perOrganisation
        /// Everyone present at meeting 1, 2 and 3: how the group held together.
        case perNumber
        case perMonth
        /// Prompt uses per theme of the library.
        case perTheme
        /// The themes groups raised themselves, by the number of groups that raised them.
        case raisedThemes
    }

    package enum Label: Equatable, Hashable, Sendable {
        case organisation(String)
        /// Meeting `number`, held `held` times over the series counted.
        case number(Int, held: Int)
        case month(year: Int, month: Int)
        /// A theme id of the library; nil for prompts without a theme (opening and closing
        /// questions) or no longer in the library.
        case theme(String?)
        /// A theme a group raised, as released: a library theme's name or approved wording.
        case raised(String)
        /// Themes groups raised that were not released: counted, never shown.
        case withheldThemes
    }

    package struct Bar: Equatable, Hashable, Sendable {
        package var label: Label
        package var value: Int
        package init(label: Label, value: Int) {
            self.label = label
            self.value = value
        }
    }

    package struct Chart: Equatable, Sendable {
        package var kind: Kind
        package var bars: [Bar]
        /// The chart needs the library, which is still being read.
        package var waiting: Bool

        package init(kind: Kind, bars: [Bar], waiting: Bool = false) {
            self.kind = kind
            self.bars = bars
            self.waiting = waiting
        }

        /// Its heading and a line per bar; one line saying there is nothing yet when empty.
        package var lineCount: Int { 1 + max(1, bars.count) }
    }

    package var charts: [Chart]

    package init(_ overview: Overview, library: Library?) {
        let perNumber = (1...SeriesOverview.regularMeetings).map { number in
            let counted = overview.attendancePerNumber.first { $0.number == number }
            return Bar(label: .number(number, held: counted?.meetings ?? 0), value: counted?.count ?? 0)
        }
        let perTheme = library?.usesPerTheme(overview.promptUses).map { Bar(label: .theme($0.theme), value: $0.count) }
        charts = [
            Chart(
                kind: .perOrganisation,
                bars: overview.totals.heldPerOrganisation.map { Bar(label: .organisation($0.name), value: $0.count) }),
            // Three zero bars say nothing: an overzicht without held meetings shows "nothing yet".
            Chart(kind: .perNumber, bars: perNumber.allSatisfy { $0.value == 0 } ? [] : perNumber),
            Chart(
                kind: .perMonth,
                bars: overview.meetingsPerMonth.map {
                    Bar(label: .month(year: $0.year, month: $0.month), value: $0.count)
                }
            ),
            Chart(kind: .perTheme, bars: perTheme ?? [], waiting: library == nil && !overview.promptUses.isEmpty),
            Chart(
                kind: .raisedThemes,
                bars: overview.raisedThemes.map { Bar(label: .raised($0.name), value: $0.count) }
                    + (overview.withheldThemes > 0 ? [Bar(label: .withheldThemes, value: overview.withheldThemes)] : [])
            ),
        ]
    }

    package func chart(_ kind: Kind) -> Chart { charts.first { $0.kind == kind }! }

    /// From 80 columns the charts stand in two columns.
    package static func twoColumns(width: Int) -> Bool { width >= 76 }

    /// The columns of charts: per organisation, per meeting number and the raised themes on
    /// the left, per month and per theme on the right; one column of all five on a narrower
    /// screen.
    package static func columns(twoColumns: Bool) -> [[Kind]] {
        twoColumns ? [[.perOrganisation, .perNumber, .raisedThemes], [.perMonth, .perTheme]] : [Kind.allCases]
    }

    /// Lines the charts take, with a blank line between two charts.
    package func lineCount(twoColumns: Bool) -> Int {
        Self.columns(twoColumns: twoColumns).map { column in
            column.map { chart($0).lineCount }.reduce(0, +) + column.count - 1
        }.max() ?? 0
    }
}
