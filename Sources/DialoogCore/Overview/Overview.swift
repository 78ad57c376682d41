import Foundation

/// Everything the overzicht shows for one filter: the series with their figures, the totals
/// and the figures behind its bar charts. Computed in SQL by the store.
package struct Overview: Equatable, Sendable {
    package var filter: OverviewFilter
    package var series: [SeriesFigures]
    package var totals: Totals
    /// Meetings held per calendar month (local time), oldest first, months without meetings
    /// between the first and last included with 0.
    package var meetingsPerMonth: [MonthCount]
    /// The people at held regular meetings 1, 2 and 3, summed per number: the deelnemers
    /// present (speakers, professionals and observers aside), or the headcount of a meeting
    /// whose attendance was counted; with how many of those meetings were held. Empty when no
    /// counted meeting was held.
    package var attendancePerNumber: [NumberCount]
    /// Prompt uses per prompt content id, most used first; the TUI and reports add them up
    /// per theme with the library, which lives in files, not in the database.
    package var promptUses: [PromptCount]
    /// The themes groups raised themselves over the counted meetings that may leave the
    /// laptop (`ThemeRelease`): as the library theme they match or as the wording the
    /// coordinator approved, with the number of series that raised them, most first; at most
    /// `raisedThemeLimit`.
    package var raisedThemes: [NameCount]
    /// The series that raised a theme that is not released: counted as "eigen thema (niet
    /// vrijgegeven)", never shown.
    package var withheldThemes: Int = 0
    /// The recommendations to the municipality over the counted meetings that may leave the
    /// laptop: only wordings the coordinator released in the review list, with the number of
    /// series that wrote them, most first; and how many series wrote one that is withheld.
    package var recommendations: [NameCount] = []
    package var withheldRecommendations: Int = 0
    /// Every target with its progress, in the order they were set. Each counts its own scope
    /// and period (the filter's organisation, method, municipality and period aside); demo
    /// series count only when the filter includes them.
    package var targets: [TargetProgress]

    package init(
        filter: OverviewFilter, series: [SeriesFigures] = [], totals: Totals = Totals(),
        meetingsPerMonth: [MonthCount] = [], attendancePerNumber: [NumberCount] = [],
        promptUses: [PromptCount] = [], raisedThemes: [NameCount] = [], targets: [TargetProgress] = []
    ) {
        self.filter = filter
        self.series = series
        self.totals = totals
        self.meetingsPerMonth = meetingsPerMonth
        self.attendancePerNumber = attendancePerNumber
        self.promptUses = promptUses
        self.raisedThemes = raisedThemes
        self.targets = targets
    }

    /// The target the overzicht's form sets and removes: the first one for meetings held over
    /// the whole programme. The others are set with `dialoog target`.
    package var target: OverviewTarget? { formTarget?.target }

    /// `target` with its progress.
    package var formTarget: TargetProgress? {
        targets.first { $0.target.figure == .meetingsHeld && $0.target.isProgrammeWide }
    }

    /// The most raised themes the overzicht keeps.
    package static let raisedThemeLimit = 20

    /// The figures over every listed series.
    package struct Totals: Equatable, Sendable {
        package var series: Int
        package var meetingsPlanned: Int
        package var meetingsHeld: Int
        package var reached: Int
        /// Over the listed series whose three meetings were held with names recorded.
        package var cameToFirst: Int
        package var cameToAll: Int
        /// Series with all three regular meetings held.
        package var seriesCompleted: Int
        package var averageSafety: Double?
        package var evaluated: Int
        package var signals: SignalCounts
        package var openFollowUps: Int
        package var overdueFollowUps: Int
        /// Held meetings per organisation, most first.
        package var heldPerOrganisation: [NameCount]

        package init(
            series: Int = 0, meetingsPlanned: Int = 0, meetingsHeld: Int = 0, reached: Int = 0, cameToFirst: Int = 0,
            cameToAll: Int = 0, seriesCompleted: Int = 0, averageSafety: Double? = nil, evaluated: Int = 0,
            signals: SignalCounts = SignalCounts(), openFollowUps: Int = 0, overdueFollowUps: Int = 0,
            heldPerOrganisation: [NameCount] = []
        ) {
            self.series = series
            self.meetingsPlanned = meetingsPlanned
            self.meetingsHeld = meetingsHeld
            self.reached = reached
            self.cameToFirst = cameToFirst
            self.cameToAll = cameToAll
            self.seriesCompleted = seriesCompleted
            self.averageSafety = averageSafety
            self.evaluated = evaluated
            self.signals = signals
            self.openFollowUps = openFollowUps
            self.overdueFollowUps = overdueFollowUps
            self.heldPerOrganisation = heldPerOrganisation
        }

        /// Came to all three as a share of those who came to meeting 1 (0–1).
        package var retention: Double? { cameToFirst > 0 ? Double(cameToAll) / Double(cameToFirst) : nil }
    }

    package struct MonthCount: Codable, Equatable, Hashable, Sendable {
        package var year: Int
        package var month: Int
        package var count: Int
        package init(year: Int, month: Int, count: Int) {
            self.year = year
            self.month = month
            self.count = count
        }
    }

    package struct NumberCount: Codable, Equatable, Hashable, Sendable {
        package var number: Int
        package var count: Int
        /// How many meetings with this number were held: meeting 3 not yet held in a series is
        /// no drop-out, and the chart says over how many meetings each bar counts.
        package var meetings: Int
        package init(number: Int, count: Int, meetings: Int = 0) {
            self.number = number
            self.count = count
            self.meetings = meetings
        }
    }

    package struct PromptCount: Codable, Equatable, Hashable, Sendable {
        package var promptId: String
        package var count: Int
        package init(promptId: String, count: Int) {
            self.promptId = promptId
            self.count = count
        }
    }

    package struct NameCount: Codable, Equatable, Hashable, Sendable {
        package var name: String
        package var count: Int
        package init(name: String, count: Int) {
            self.name = name
            self.count = count
        }
    }
}
