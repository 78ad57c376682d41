import DialoogCore

/// The marker of a temperature: a symbol that reads without colour, and an emphasis that colours it.
package enum TemperatureMark {
    package static func symbol(_ temperature: Temperature, ascii: Bool) -> String {
        switch temperature {
        case .koud: ascii ? "*" : "❄"
        case .lauw: ascii ? "." : "·"
        case .warm: "~"
        case .heet: ascii ? "^" : "▲"
        }
    }

    package static func emphasis(_ temperature: Temperature) -> Emphasis {
        switch temperature {
        case .koud: .cold
        case .lauw: .lukewarm
        case .warm: .warm
        case .heet: .hot
        }
    }
}
