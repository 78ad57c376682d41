import Foundation

/// A series at a glance, after meeting 3 or from the overzicht: who came to each meeting,
/// who stayed, the temperature path the group actually walked, the prompts used, the
/// group's agreements and what is still to follow up.
package struct SeriesSummary: Equatable, Sendable {
    package var series: Series
    /// Every meeting in plan order, with its figures.
    package var meetings: [MeetingFigures]
    /// Participants present at meeting 1, and of them at 1, 2 and 3; nil without names.
    package var cameToFirst: Int?
    package var cameToAll: Int?
    package var reached: Int
    /// The blocks whose timer ran, in the order they were walked, per meeting: the path the
    /// group took. Themes are content ids; the TUI looks up their temperature.
    package var walked: [WalkedBlock]
    /// Prompts used over the series, in order of use (content ids, with their meeting).
    package var promptsUsed: [UsedPrompt]
    /// The themes the group raised itself, per meeting.
    package var raisedThemes: [MeetingText]
    /// The agreements of each evaluated meeting.
    package var agreements: [MeetingText]
    /// The recommendations to the municipality of each evaluated meeting (shown here, on the
    /// laptop; reports carry only released ones).
    package var recommendations: [MeetingText]
    package var followUps: [FollowUp]

    package init(
        series: Series, meetings: [MeetingFigures] = [], cameToFirst: Int? = nil, cameToAll: Int? = nil,
        reached: Int = 0, walked: [WalkedBlock] = [], promptsUsed: [UsedPrompt] = [], raisedThemes: [MeetingText] = [],
        agreements: [MeetingText] = [], recommendations: [MeetingText] = [], followUps: [FollowUp] = []
    ) {
        self.series = series
        self.meetings = meetings
        self.cameToFirst = cameToFirst
        self.cameToAll = cameToAll
        self.reached = reached
        self.walked = walked
        self.promptsUsed = promptsUsed
        self.raisedThemes = raisedThemes
        self.agreements = agreements
        self.recommendations = recommendations
        self.followUps = followUps
    }

    package struct WalkedBlock: Equatable, Hashable, Sendable {
        package var meetingNumber: Int
        package var title: String
        package var kind: BlockKind
        package var theme: String?
        package var seconds: Int
        package init(meetingNumber: Int, title: String, kind: BlockKind, theme: String?, seconds: Int) {
            self.meetingNumber = meetingNumber
            self.title = title
            self.kind = kind
            self.theme = theme
            self.seconds = seconds
        }
    }

    package struct UsedPrompt: Equatable, Hashable, Sendable {
        package var meetingNumber: Int
        package var promptId: String
        package var planned: Bool
        package var response: PromptUse.Response?
        package var landed: Bool
        package init(
            meetingNumber: Int, promptId: String, planned: Bool, response: PromptUse.Response?, landed: Bool
        ) {
            self.meetingNumber = meetingNumber
            self.promptId = promptId
            self.planned = planned
            self.response = response
            self.landed = landed
        }
    }

    package struct MeetingText: Equatable, Hashable, Sendable {
        package var meetingNumber: Int
        package var text: String
        package init(meetingNumber: Int, text: String) {
            self.meetingNumber = meetingNumber
            self.text = text
        }
    }
}
