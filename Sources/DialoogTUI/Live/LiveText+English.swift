import DialoogCore

extension LiveText {
    package var english: String {
        switch self {
        case .help(let command):
            switch command {
            case .runMeeting: "open this series' meeting that is running or comes next"
            case .toggleTimer: "start or pause the block's timer"
            case .nextBlock: "to the next block (the timer goes along)"
            case .previousBlock: "back to the previous block"
            case .attendance: "attendance: nicknames or a headcount"
            case .promptDeck: "the statements and questions of this block"
            case .groundRules: "the methodology's ground rules"
            case .helpCard: "the help card: 112 and help for tonight's themes"
            case .note: "a short note on this block (no names)"
            case .signal: "record a signal: only a category, what you did and a follow-up date"
            case .privacyScreen: "privacy screen: everything hidden until a key is pressed"
            case .undo: "undo the last action"
            case .endMeeting: "close the meeting"
            case .leaveLive: "back to the start screen; the meeting stays open"
            case .addParticipant: "add a participant (nickname or initials); when counting: one more"
            case .countMode: "switch between nicknames and a headcount"
            case .responseOpen: "the group's response: open"
            case .responseMixed: "the group's response: mixed"
            case .responseResistance: "the group's response: resistance"
            case .responseSilence: "the group's response: silence"
            case .raiseTheme: "note a theme the group raised itself"
            default: ""
            }
        case .hint(let command):
            switch command {
            case .runMeeting: "meeting"
            case .toggleTimer: "timer"
            case .nextBlock: "next"
            case .previousBlock: "previous"
            case .attendance: "attendance"
            case .promptDeck: "prompts"
            case .groundRules: "rules"
            case .helpCard: "help card"
            case .note: "note"
            case .signal: "signal"
            case .privacyScreen: "hide"
            case .undo: "undo"
            case .endMeeting: "close"
            case .leaveLive: "back"
            case .addParticipant: "add"
            case .countMode: "count/names"
            case .responseOpen, .responseMixed, .responseResistance, .responseSilence: "response"
            case .raiseTheme: "own theme"
            default: ""
            }
        case .modeName(let mode):
            switch mode {
            case .live: "meeting"
            case .liveAttendance: "attendance"
            case .liveAttendanceText: "attendance, typing"
            case .liveDeck: "prompts"
            case .liveDeckLibrary: "prompt from the library"
            case .liveDeckSearch: "searching the library"
            case .liveDeckText: "typing the group's theme"
            case .liveRules: "ground rules"
            case .liveHelpCard: "help card"
            case .liveNote: "note"
            case .liveSignal: "signal"
            case .privacy: "privacy screen"
            case .liveConfirmEnd: "closing"
            default: ""
            }
        case .notice(let notice):
            switch notice {
            case .undone(let change): "Undone: \(LiveText.change(change).english)."
            case .nothingToUndo: "There is nothing to undo."
            case .saveFailed(let failure):
                "NOT saved: \(failure.english). The screen shows what is stored again."
            case .openFailed(let failure): "The meeting could not be opened: \(failure.english)"
            case .lastBlock: "This is the last block. Press e to close the meeting."
            case .firstBlock: "This is the first block."
            case .looksLikeFullName(let name):
                "'\(name)' looks like a full name. A nickname or initials is better; Enter again keeps it."
            case .alreadyListed(let name): "\(name) is already listed and is now present."
            case .badCount(let text): "'\(text)' is not a number from 0 to \(Headcount.maximum)."
            case .meetingEnded(let number): "Meeting \(number) is closed. Everything you recorded is stored."
            case .stillRunning(let number): "Meeting \(number) is still open. Press r to go back."
            case .noteSaved: "Note saved."
            case .signalSaved: "Signal saved (only the category, what you did and the follow-up date)."
            case .themeSaved(let text): "The group's theme saved: \(text)."
            }
        case .words(let words): words.english
        case .change(let change):
            switch change {
            case .timerStarted: "timer started"
            case .timerPaused: "timer paused"
            case .movedToBlock(let title): "to block '\(title)'"
            case .minutesChanged(let minutes): minutes > 0 ? "one minute more" : "one minute less"
            case .participantAdded(let name): "\(name) added"
            case .presenceChanged(let name, let present): present ? "\(name) present" : "\(name) not present"
            case .roleChanged(let name, let role): "\(name) as \(role.rawValue)"
            case .countModeChanged(let countOnly): countOnly ? "headcount" : "nicknames"
            case .headcountChanged: "count changed"
            case .promptUsed: "prompt used"
            case .promptUnmarked: "prompt no longer used"
            case .responseNoted(let response): "response '\(response.rawValue)'"
            case .unplannedPromptTaken: "prompt from the library"
            case .themeRaised(let text): "the group's theme '\(text)'"
            case .noteAdded: "note"
            case .signalAdded: "signal"
            }
        }
    }
}
