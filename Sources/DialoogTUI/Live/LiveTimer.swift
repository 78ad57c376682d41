import DialoogCore
import Foundation

/// How the block timer reads: "12:40 / 20:00", or "+02:13 over" in overtime, with the style of
/// its phase (amber at 20% left, red at 5%), and what it says when it does not run.
package struct LiveTimer: Equatable, Sendable {
    package var text: String
    package var style: Style
    /// "gepauzeerd" or "spatie start de timer"; nil while the timer runs.
    package var state: String?
    package var stateStyle: Style

    package init(_ meeting: LiveMeeting, block: PlanBlock, now: Date, language: Language) {
        let elapsed = meeting.elapsed(block, at: now)
        let phase = meeting.phase(block, at: now)
        if phase == .overtime {
            text = LiveWords.overtime(Self.minutesSeconds(-meeting.remaining(block, at: now))).localized(language)
        } else {
            text =
                Self.minutesSeconds(elapsed) + " / " + Self.minutesSeconds(TimeInterval(meeting.allotted(block)) * 60)
        }
        let started = meeting.record.startedAt != nil
        style = started ? Self.style(phase) : .dim
        if meeting.record.isRunning {
            state = nil
        } else {
            state = (started ? LiveWords.timerPaused : .timerNotStarted).localized(language)
        }
        stateStyle = started ? .warning : .dim
    }

    /// The style of each phase: the colour says how much time is left before the numbers do.
    package static func style(_ phase: TimerPhase) -> Style {
        switch phase {
        case .plenty: .normal
        case .amber: .warning
        case .red, .overtime: .error
        }
    }

    /// "12:40": whole minutes and seconds, rounded down; minutes may pass 59 ("75:00").
    package static func minutesSeconds(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let minutes = total / 60
        let rest = total % 60
        return (minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// Whole minutes behind the plan (negative: ahead), 0 within a minute either way; nil
    /// before the timer first ran.
    /// Whole minutes the meeting began after its planned start (negative: before); nil when it
    /// began within a minute of it, has not begun, or was rescheduled.
    package static func minutesLate(_ meeting: LiveMeeting) -> Int? {
        guard let late = meeting.lateStart, abs(late) >= 60 else { return nil }
        return Int((late / 60).rounded())
    }

    package static func minutesBehind(_ meeting: LiveMeeting, now: Date) -> Int? {
        guard let behind = meeting.behind(at: now) else { return nil }
        guard abs(behind) >= 60 else { return 0 }
        return Int((behind / 60).rounded())
    }
}
