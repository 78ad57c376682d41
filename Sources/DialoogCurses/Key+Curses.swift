import CNCurses
import DialoogTUI

extension Key {
    /// A function key as `wget_wch` reports it with KEY_CODE_YES.
    init?(cursesCode code: Int32) {
        switch code {
        case dialoog_key_up(): self = .up
        case dialoog_key_down(): self = .down
        case dialoog_key_left(): self = .left
        case dialoog_key_right(): self = .right
        case dialoog_key_home(): self = .home
        case dialoog_key_end(): self = .end
        case dialoog_key_ppage(): self = .pageUp
        case dialoog_key_npage(): self = .pageDown
        case dialoog_key_backspace(): self = .backspace
        case dialoog_key_dc(): self = .delete
        case dialoog_key_enter(): self = .enter
        case dialoog_key_btab(): self = .backTab
        case dialoog_key_f(1)...dialoog_key_f(12): self = .function(Int(code - dialoog_key_f(0)))
        default: return nil
        }
    }

    /// A typed character as `wget_wch` reports it with OK: control codes become named keys.
    init?(typed value: UInt32) {
        switch value {
        case 27: self = .escape
        case 10, 13: self = .enter
        case 9: self = .tab
        case 8, 127: self = .backspace
        case 1...26: self = .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            self = .character(Character(scalar))
        }
    }
}
