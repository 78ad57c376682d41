import DialoogCore
import DialoogPrint

/// A printed document drawn on screen: its emphasis in the theme's styles, its marks from the
/// screen's glyphs.
extension Style {
    package init(_ emphasis: Emphasis) {
        switch emphasis {
        case .normal: self = .normal
        case .title: self = .title
        case .heading: self = .heading
        case .dim: self = .dim
        case .accent: self = .accent
        case .warning: self = .warning
        case .cold: self = .cold
        case .lukewarm: self = .lukewarm
        case .warm: self = .warm
        case .hot: self = .hot
        }
    }
}

extension Document {
    /// The lines of the document wrapped to `width` columns, with the screen's glyphs.
    package func lines(width: Int, glyphs: Glyphs) -> [Line] {
        lines(width: width, marks: Marks(separator: glyphs.separator, arrowDown: glyphs.arrowDown))
    }
}

extension TemperatureMark {
    /// The style that colours a temperature's symbol on screen.
    package static func style(_ temperature: Temperature) -> Style { Style(emphasis(temperature)) }
}
