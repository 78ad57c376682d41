/// Text that leaves dialoog for a terminal, a file or a spreadsheet, made harmless.
///
/// A series name or a municipality is typed by a person, and a database can be edited by
/// other tools: an ESC (`ESC]0;…BEL` sets a terminal's title, `ESC[2J` clears the screen) or a
/// C1 code such as CSI (U+009B) would steer the terminal of whoever reads the output. Every
/// printer of the command line sends its text through `escaped(_:)`; the full-screen program
/// draws such characters as nothing (`TextWidth`).
package enum SafeText {
    /// How a control character is shown.
    package enum Form: Sendable {
        /// `\u{1B}`: Swift's own spelling, with the code in upper-case hex, for people.
        case visible
        /// `\u001b`: JSON's escape, so the value reads back as the same string.
        case json
    }

    /// Whether `scalar` may steer a terminal: C0 but for line feed and tab, DEL, and C1
    /// (U+0080–U+009F). ESC (U+001B) is C0.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
    }

    /// Whether `text` holds a character that may steer a terminal, other than those in
    /// `allowing`: the one test for "a control character" wherever text comes in (plan files,
    /// help entries the program writes, the command line's options).
    package static func containsUnsafe(_ text: String, allowing: Set<Unicode.Scalar> = []) -> Bool {
        text.unicodeScalars.contains { isUnsafe($0) && !allowing.contains($0) }
    }

    /// `text` with every unsafe character written out in `form`; `keeping` are characters a
    /// format needs as they are (a CSV cell keeps a carriage return inside its quotes).
    /// Everything else, a backslash included, is left alone: the escaped form is for reading,
    /// not for decoding back.
    package static func escaped(_ text: String, as form: Form = .visible, keeping: Set<Unicode.Scalar> = []) -> String {
        // Bytes first: an unsafe character has a byte below 0x20, DEL, or C1's lead byte 0xC2.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
            text.unicodeScalars.contains(where: { isUnsafe($0) && !keeping.contains($0) })
        else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar), !keeping.contains(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16, uppercase: form == .visible)
            let written =
                switch form {
                case .visible: "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
                case .json: "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            result.append(contentsOf: written.unicodeScalars)
        }
        return String(result)
    }
}
