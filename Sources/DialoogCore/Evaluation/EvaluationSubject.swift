import Foundation

/// A meeting as its evaluation form needs it: what live mode recorded (read only in the form,
/// except the raised themes, which the form can add to) and the evaluation as stored.
package struct EvaluationSubject: Equatable, Sendable {
    package var series: Series
    package var meeting: Meeting
    /// How many people came: the headcount, or the participants (role deelnemer) present.
    package var attendance: Int
    /// The prompts used, in the order of use.
    package var promptUses: [PromptUse]
    package var raisedThemes: [RaisedTheme]
    package var signals: [Signal]
    /// The evaluation as stored; nil when the meeting has none yet.
    package var evaluation: Evaluation?
    /// The meeting the group's agreements are carried into: the next meeting of the series
    /// that has not been held. Nil after the last one.
    package var nextMeeting: Meeting?
    /// This is the last regular meeting of the series (meeting 3): the series summary follows.
    package var isLastRegular: Bool
    /// When the meeting was really held: the first start of its timer (nil if it never ran).
    package var heldAt: Date?
    /// Of `attendance`, those present without a nickname.
    package var unnamed: Int
    /// Present with another role than deelnemer (not in `attendance`).
    package var othersPresent: Int
    /// The agreements the group made during the meeting, typed in over the ground rules: the
    /// form's agreements start from them while the meeting has no evaluation.
    package var liveAgreements: [String]

    package init(
        series: Series, meeting: Meeting, attendance: Int = 0, promptUses: [PromptUse] = [],
        raisedThemes: [RaisedTheme] = [], signals: [Signal] = [], evaluation: Evaluation? = nil,
        nextMeeting: Meeting? = nil, isLastRegular: Bool = false, heldAt: Date? = nil, unnamed: Int = 0,
        othersPresent: Int = 0, liveAgreements: [String] = []
    ) {
        self.series = series
        self.meeting = meeting
        self.attendance = attendance
        self.promptUses = promptUses
        self.raisedThemes = raisedThemes
        self.signals = signals
        self.evaluation = evaluation
        self.nextMeeting = nextMeeting
        self.isLastRegular = isLastRegular
        self.heldAt = heldAt
        self.unnamed = unnamed
        self.othersPresent = othersPresent
        self.liveAgreements = liveAgreements
    }

    /// The meeting's date (`Meeting.date(heldAt:)`): a rescheduled meeting shows the day it
    /// really took place.
    package var meetingDate: Date? { meeting.date(heldAt: heldAt) }

    /// The expected number of people: the evaluation's, else the series'.
    package var expected: Int? { evaluation?.expected ?? series.expectedGroupSize }

    /// The signals counted by what was done.
    package var signalCounts: SignalCounts {
        var counts = SignalCounts()
        for signal in signals { counts[signal.response] += 1 }
        return counts
    }
}
