import Foundation

/// The tabs of the overzicht; `themes` is the review list of the wordings groups raised;
/// `tables` the figures per municipality, method or organisation. The newest tab comes last,
/// so Tab reaches the others as it did before.
package enum OverviewTab: Int, CaseIterable, Equatable, Hashable, Sendable {
    case series, charts, followUps, themes, tables
}

/// What opens over the overzicht: the filters, or the coordinator's target.
package enum OverviewPanel: Equatable, Sendable {
    case filter(row: OverviewFilterRow)
    case target(TargetForm)
    case bundle(BundleForm)
}

/// The rows of the filter panel, each a value chosen with ←/→.
package enum OverviewFilterRow: Int, CaseIterable, Equatable, Hashable, Sendable {
    case organisation, method, municipality, facilitator, period, demo, laptop
}

/// The target form: a number of meetings typed in digits, and a period chosen with ←/→.
package struct TargetForm: Equatable, Sendable {
    /// The number being typed, in digits; empty until something is typed.
    package var field: TextField
    /// The digits typed; setting them puts the cursor at their end.
    package var digits: String {
        get { field.text }
        set { field = TextField(newValue) }
    }
    /// The digits are the stored target's, not typed: the first digit typed replaces them.
    package var replacing: Bool
    package var choices: [TargetPeriod]
    package var choice: Int

    package init(digits: String = "", replacing: Bool = false, choices: [TargetPeriod], choice: Int = 0) {
        self.field = TextField(digits)
        self.replacing = replacing
        self.choices = choices
        self.choice = choice
    }

    package var period: TargetPeriod { choices[choice] }

    /// The most digits the number takes: enough for `OverviewTarget.maximum`.
    package static let maxDigits = String(OverviewTarget.maximum).count
}

/// The period of a target: one of the overzicht's periods as of today, or the dates of a
/// stored target that no longer match one (last year's quarter, say), kept as they are.
package enum TargetPeriod: Equatable, Hashable, Sendable {
    case preset(OverviewPeriod)
    case kept(from: Date, to: Date)

    package func range(now: Date, calendar: LocalCalendar) -> (from: Date, to: Date)? {
        switch self {
        case .preset(let period): period.range(now: now, calendar: calendar)
        case .kept(let from, let to): (from, to)
        }
    }
}
