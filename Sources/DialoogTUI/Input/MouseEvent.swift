/// What the mouse did, where (0-based cells). Only what dialoog uses: a press of the first
/// button and the wheel.
package struct MouseEvent: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        case press
        case wheelUp
        case wheelDown
    }

    package var kind: Kind
    package var x: Int
    package var y: Int

    package init(_ kind: Kind, x: Int, y: Int) {
        (self.kind, self.x, self.y) = (kind, x, y)
    }

    /// The button number of an xterm report (SGR 1006 `ESC[<b;x;yM`, or X10 `ESC[M` with
    /// `b + 32`), with 1-based cells; nil for what dialoog ignores (other buttons, a release,
    /// a drag, a modifier held).
    package static func decoded(button: Int, x: Int, y: Int) -> MouseEvent? {
        guard x >= 1, y >= 1 else { return nil }
        switch button {
        case 0: return MouseEvent(.press, x: x - 1, y: y - 1)
        case 64: return MouseEvent(.wheelUp, x: x - 1, y: y - 1)
        case 65: return MouseEvent(.wheelDown, x: x - 1, y: y - 1)
        default: return nil
        }
    }
}
