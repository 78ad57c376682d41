import DialoogCore

/// Turns a mouse event into the actions its keys would give, so a replay of actions is the
/// same with or without a mouse: the wheel is the arrow keys, a click on a list row is as
/// many arrow keys as it is rows from the cursor.
package enum MouseMap {
    /// Lines one notch of the wheel scrolls a page (a list moves its cursor one row).
    static let pageLines = 3

    package static func actions(
        for event: MouseEvent, on screen: Screen, mode: InputMode, keymap: Keymap = .standard
    ) -> [Action] {
        switch event.kind {
        case .wheelUp, .wheelDown:
            guard let action = keymap.action(for: event.kind == .wheelUp ? .up : .down, in: mode) else { return [] }
            return Array(repeating: action, count: screen.rows.isEmpty ? pageLines : 1)
        case .press:
            guard let target = screen.rowTarget(x: event.x, y: event.y), target.steps != 0,
                let action = keymap.action(for: target.steps > 0 ? .down : .up, in: mode)
            else { return [] }
            return Array(repeating: action, count: abs(target.steps))
        }
    }
}
