import DialoogCore

/// The colours and attributes of each style in each theme. Terminals draw them; the
/// monochrome theme uses attributes only, so it reads on any terminal.
package enum Palette {
    package enum Color: Equatable, Hashable, Sendable {
        case terminalDefault, black, red, green, yellow, blue, magenta, cyan, white
    }

    package struct Look: Equatable, Hashable, Sendable {
        package var foreground: Color = .terminalDefault
        package var background: Color = .terminalDefault
        package var bold = false
        package var dim = false
        package var reverse = false
        package var underline = false
    }

    package static func look(_ style: Style, in theme: ThemeName) -> Look {
        switch theme {
        case .dark: dark(style)
        case .light: light(style)
        case .mono: mono(style)
        }
    }

    private static func dark(_ style: Style) -> Look {
        switch style {
        case .normal: Look()
        case .title: Look(foreground: .cyan, bold: true)
        case .heading: Look(foreground: .cyan)
        case .dim: Look(dim: true)
        case .selected: Look(foreground: .black, background: .cyan)
        case .key: Look(foreground: .yellow, bold: true)
        case .hint: Look()
        case .border: Look(foreground: .blue)
        case .warning: Look(foreground: .yellow)
        case .error: Look(foreground: .red, bold: true)
        case .accent: Look(foreground: .green, bold: true)
        case .cold: Look(foreground: .blue, bold: true)
        case .lukewarm: Look(foreground: .cyan)
        case .warm: Look(foreground: .yellow)
        case .hot: Look(foreground: .red, bold: true)
        }
    }

    /// Black on white whatever the terminal's own background, so it is light everywhere.
    private static func light(_ style: Style) -> Look {
        let paper = Look(foreground: .black, background: .white)
        switch style {
        case .normal, .hint: return paper
        case .title: return Look(foreground: .blue, background: .white, bold: true)
        case .heading: return Look(foreground: .blue, background: .white)
        case .dim: return Look(foreground: .black, background: .white, dim: true)
        case .selected: return Look(foreground: .white, background: .blue)
        case .key: return Look(foreground: .magenta, background: .white, bold: true)
        case .border: return Look(foreground: .blue, background: .white)
        case .warning: return Look(foreground: .magenta, background: .white)
        case .error: return Look(foreground: .red, background: .white, bold: true)
        // Green text fades on white paper (xterm's green is #00cd00, and bold makes it
        // #00ff00): what is done or on time is black on a green cell instead.
        case .accent: return Look(foreground: .black, background: .green)
        case .cold: return Look(foreground: .blue, background: .white, bold: true)
        // Cyan, yellow and green fade into white paper: lukewarm is a green cell, warm magenta.
        case .lukewarm: return Look(foreground: .black, background: .green)
        case .warm: return Look(foreground: .magenta, background: .white)
        case .hot: return Look(foreground: .red, background: .white, bold: true)
        }
    }

    private static func mono(_ style: Style) -> Look {
        switch style {
        case .normal, .hint, .border, .cold, .lukewarm, .warm: Look()
        case .title, .heading, .key, .accent, .hot: Look(bold: true)
        case .dim: Look(dim: true)
        case .selected: Look(reverse: true)
        case .warning: Look(bold: true, underline: true)
        case .error: Look(bold: true, reverse: true)
        }
    }
}
