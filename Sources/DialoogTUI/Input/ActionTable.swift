import DialoogCore

/// The one table of commands: each with its group and help text. The keymap binds keys to
/// these names; the `?` help and the README's key table are generated from here.
package enum ActionTable {
    package struct Entry: Equatable, Sendable {
        package var command: Command
        package var group: ActionGroup
        package var help: Text
    }

    package static func entry(_ command: Command) -> Entry {
        switch command {
        case .moveUp: Entry(command: command, group: .moving, help: .helpMoveUp)
        case .moveDown: Entry(command: command, group: .moving, help: .helpMoveDown)
        case .pageUp: Entry(command: command, group: .moving, help: .helpPageUp)
        case .pageDown: Entry(command: command, group: .moving, help: .helpPageDown)
        case .moveFirst: Entry(command: command, group: .moving, help: .helpMoveFirst)
        case .moveLast: Entry(command: command, group: .moving, help: .helpMoveLast)
        case .help: Entry(command: command, group: .general, help: .helpHelp)
        case .openCommandLine: Entry(command: command, group: .general, help: .helpCommandLine)
        case .redraw: Entry(command: command, group: .general, help: .helpRedraw)
        case .quit: Entry(command: command, group: .general, help: .helpQuit)
        case .closeOverlay: Entry(command: command, group: .general, help: .helpClose)
        case .submit: Entry(command: command, group: .commandLine, help: .helpSubmit)
        case .deleteBackward: Entry(command: command, group: .commandLine, help: .helpDeleteBackward)
        case .openLibrary: Entry(command: command, group: .general, help: .helpOpenLibrary)
        case .nextTab: Entry(command: command, group: .moving, help: .helpNextTab)
        case .previousTab: Entry(command: command, group: .moving, help: .helpPreviousTab)
        case .open: Entry(command: command, group: .general, help: .helpOpen)
        case .search: Entry(command: command, group: .general, help: .helpSearch)
        case .previousMeeting: Entry(command: command, group: .moving, help: .planner(.helpPreviousMeeting))
        case .nextMeeting: Entry(command: command, group: .moving, help: .planner(.helpNextMeeting))
        case .addBlock: Entry(command: command, group: .planning, help: .planner(.helpAddBlock))
        case .removeBlock: Entry(command: command, group: .planning, help: .planner(.helpRemoveBlock))
        case .moveBlockUp: Entry(command: command, group: .planning, help: .planner(.helpMoveBlockUp))
        case .moveBlockDown: Entry(command: command, group: .planning, help: .planner(.helpMoveBlockDown))
        case .duplicateBlock: Entry(command: command, group: .planning, help: .planner(.helpDuplicateBlock))
        case .moreMinutes: Entry(command: command, group: .planning, help: .planner(.helpMoreMinutes))
        case .fewerMinutes: Entry(command: command, group: .planning, help: .planner(.helpFewerMinutes))
        case .pickPrompts: Entry(command: command, group: .planning, help: .planner(.helpPickPrompts))
        case .checklist: Entry(command: command, group: .general, help: .planner(.helpChecklist))
        case .warnings: Entry(command: command, group: .general, help: .planner(.helpWarnings))
        case .addMeeting: Entry(command: command, group: .planning, help: .planner(.helpAddMeeting))
        case .addAftercare: Entry(command: command, group: .planning, help: .planner(.helpAddAftercare))
        case .removeMeeting: Entry(command: command, group: .planning, help: .planner(.helpRemoveMeeting))
        case .edit: Entry(command: command, group: .planning, help: .planner(.helpEdit))
        case .removePrompt: Entry(command: command, group: .planning, help: .planner(.helpRemovePrompt))
        case .toggle: Entry(command: command, group: .planning, help: .planner(.helpToggle))
        case .allThemes: Entry(command: command, group: .moving, help: .planner(.helpAllThemes))
        case .editMeeting: Entry(command: command, group: .planning, help: .planner(.helpEditMeeting))
        case .refillHelpCard: Entry(command: command, group: .planning, help: .planner(.helpRefillHelpCard))
        case .newSeries: Entry(command: command, group: .general, help: .planner(.helpNewSeries))
        case .nextField: Entry(command: command, group: .moving, help: .planner(.helpNextField))
        case .previousField: Entry(command: command, group: .moving, help: .planner(.helpPreviousField))
        case .previousChoice: Entry(command: command, group: .moving, help: .planner(.helpPreviousChoice))
        case .nextChoice: Entry(command: command, group: .moving, help: .planner(.helpNextChoice))
        case .confirm: Entry(command: command, group: .general, help: .planner(.helpConfirm))
        case .runMeeting: Entry(command: command, group: .general, help: .live(.help(command)))
        case .toggleTimer: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .nextBlock: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .previousBlock: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .attendance: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .promptDeck: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .groundRules: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .helpCard: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .note: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .signal: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .privacyScreen: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .undo: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .endMeeting: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .leaveLive: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .addParticipant: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .countMode: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .responseOpen: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .responseMixed: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .responseResistance: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .responseSilence: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .raiseTheme: Entry(command: command, group: .meeting, help: .live(.help(command)))
        case .evaluate: Entry(command: command, group: .general, help: .evaluation(.help(command)))
        case .stepBack, .stepForward, .toggleField, .editField, .increase, .decrease, .score1, .score2, .score3,
            .score4, .score5, .clearValue, .removeLine,
            .planIntervisie, .closeEvaluation:
            Entry(command: command, group: .evaluation, help: .evaluation(.help(command)))
        // MARK: Overzicht
        case .openOverview, .showFollowUps, .filter, .clearFilters, .sort, .setTarget, .removeTarget, .markDone,
            .markOpen:
            Entry(command: command, group: .general, help: .overview(.help(command)))
        }
    }
}
