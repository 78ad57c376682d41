import DialoogCore

extension LiveText {
    package var english: String {
        switch self {
        case .notice(let notice):
            switch notice {
            case .undone(let change): "Undone: \(LiveText.change(change).english)."
            case .nothingToUndo: "There is nothing to undo."
            case .saveFailed(let failure):
                "NOT saved: \(failure.english)"
            case .openFailed(let failure): "The meeting could not be opened: \(failure.english)"
            case .lastBlock: "This is the last block. Press e to close the meeting."
            case .firstBlock: "This is the first block."
            case .looksLikeFullName(let name):
                "'\(name)' looks like a full name. A nickname or initials is better; Enter again keeps it."
            case .alreadyListed(let name): "\(name) is already listed and is now present."
            case .nicknameTaken(let name): "'\(name)' is already another participant's nickname. Choose another."
            case .participantRemoved(let name, let erased):
                erased
                    ? "\(name) is erased from this meeting. Press u to bring \(name) back."
                    : "\(name) is taken out of this meeting; earlier meetings keep \(name). Press u to undo."
            case .badCount(let text): "'\(text)' is not a number from 0 to \(Headcount.maximum)."
            case .meetingEnded(let number): "Meeting \(number) is closed. Everything you recorded is stored."
            case .stillRunning(let number): "Meeting \(number) is still open. Press r to go back."
            case .noteSaved: "Note saved."
            case .signalSaved: "Signal saved (only the category, what you did and the follow-up date)."
            case .themeSaved(let text): "The group's theme saved: \(text)."
            case .agreementSaved(let text): "Agreement saved with the ground rules: \(text)."
            case .statementNotMarked(let meeting):
                "The group's own statement counts as used in meeting \(meeting), where it was phrased; it is not ticked."
            case .statementSaved(let text): "The group's own statement saved with the series: \(text)."
            }
        case .change(let change):
            switch change {
            case .timerStarted: "timer started"
            case .timerPaused: "timer paused"
            case .movedToBlock(let title): "to block '\(title)'"
            case .minutesChanged(let minutes):
                abs(minutes) == 1
                    ? (minutes > 0 ? "one minute more" : "one minute less")
                    : (minutes > 0 ? "\(minutes) minutes more" : "\(-minutes) minutes less")
            case .participantAdded(let name): "\(name) added"
            case .participantRenamed(let old, let new): "\(old) is now called \(new)"
            case .participantRemoved(let name, _): "\(name) removed"
            case .presenceChanged(let name, let present): present ? "\(name) present" : "\(name) not present"
            case .roleChanged(let name, let role): "\(name) as \(role.rawValue)"
            case .countModeChanged(let countOnly): countOnly ? "headcount" : "nicknames"
            case .headcountChanged: "count changed"
            case .unnamedChanged(let count): "without a nickname: \(count)"
            case .promptUsed: "prompt used"
            case .promptUnmarked: "prompt no longer used"
            case .responseNoted(let response): "response '\(response.rawValue)'"
            case .unplannedPromptTaken: "prompt from the library"
            case .themeRaised(let text): "the group's theme '\(text)'"
            case .noteAdded: "note"
            case .signalAdded: "signal"
            case .agreementAdded(let text): "agreement '\(text)'"
            case .statementAdded(let text): "own statement '\(text)'"
            case .questionUsed: "question asked"
            case .questionUnmarked: "question no longer asked"
            }
        }
    }
}
