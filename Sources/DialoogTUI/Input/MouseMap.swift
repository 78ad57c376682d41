import DialoogCore

/// Turns a mouse event into the actions its keys would give, so a replay of actions is the
/// same with or without a mouse: the wheel is the arrow keys, a click on a list row is as
/// many arrow keys as it is rows from the cursor, a click on a key hint is that key, for the
/// few commands that only open something to read.
package enum MouseMap {
    /// Lines one notch of the wheel scrolls a page (a list moves its cursor one row).
    static let pageLines = 3

    /// The commands a click on their key hint gives: each opens a panel to read (or hides the
    /// screen); the rules log that they were opened, as their key does. Starting, ending or
    /// skipping a block, marking and removing stay on keys: a click can land by mistake.
    package static let clickable: Set<Command> = [.helpCard, .disclosure, .groundRules, .help, .privacyScreen]

    package static func actions(
        for event: MouseEvent, on screen: Screen, mode: InputMode, keymap: Keymap = .standard
    ) -> [Action] {
        // The privacy screen hides the meeting from whoever walks up; a touchpad brushed in
        // passing must not show it again. Only a key does that.
        if mode == .privacy { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            guard let action = keymap.action(for: event.kind == .wheelUp ? .up : .down, in: mode) else { return [] }
            return Array(repeating: action, count: screen.rows.isEmpty ? pageLines : 1)
        case .press:
            if let button = screen.buttonTarget(x: event.x, y: event.y) {
                return clickable.contains(button.command) ? [.command(button.command)] : []
            }
            guard let target = screen.rowTarget(x: event.x, y: event.y), target.steps != 0,
                let action = keymap.action(for: target.steps > 0 ? .down : .up, in: mode)
            else { return [] }
            return Array(repeating: action, count: abs(target.steps))
        }
    }
}
