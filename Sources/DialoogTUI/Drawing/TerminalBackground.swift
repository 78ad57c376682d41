import DialoogCore

/// What the terminal says about its background, read as the theme that suits it: a light
/// background gets the light theme. Pure, so every form of answer is tested.
package enum TerminalBackground {
    /// `COLORFGBG` (rxvt, Konsole and others): `fg;bg` or `fg;default;bg`, colour numbers from
    /// the 16-colour palette. Black, the dark colours and dark grey (0-6, 8) are dark; light
    /// grey and the bright ones (7, 9-15) are light; anything else says nothing.
    package static func theme(colorFGBG value: String?) -> ThemeName? {
        guard let last = value?.split(separator: ";").last, let background = Int(last) else { return nil }
        switch background {
        case 0...6, 8: return .dark
        case 7, 9...15: return .light
        default: return nil
        }
    }

    /// The answer to an OSC 11 query (`ESC ] 11 ; ?`): `ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by
    /// BEL or `ESC \`, each channel 1 to 4 hex digits. Light when its luminance is over half.
    package static func theme(osc11Reply reply: String) -> ThemeName? {
        guard let start = reply.range(of: "]11;") else { return nil }
        var body = reply[start.upperBound...]
        if let end = body.firstIndex(where: { $0 == "\u{07}" || $0 == "\u{1B}" }) { body = body[..<end] }
        let lowered = body.lowercased()
        let channels: [Substring]
        if lowered.hasPrefix("rgb:") {
            channels = lowered.dropFirst(4).split(separator: "/", omittingEmptySubsequences: false)
        } else if lowered.hasPrefix("rgba:") {
            channels = Array(lowered.dropFirst(5).split(separator: "/", omittingEmptySubsequences: false).prefix(3))
        } else {
            return nil
        }
        guard channels.count == 3 else { return nil }
        var values: [Double] = []
        for channel in channels {
            guard (1...4).contains(channel.count), let value = Int(channel, radix: 16) else { return nil }
            let maximum = Double((1 << (4 * channel.count)) - 1)
            values.append(Double(value) / maximum)
        }
        let luminance = 0.2126 * values[0] + 0.7152 * values[1] + 0.0722 * values[2]
        return luminance > 0.5 ? .light : .dark
    }

    /// The OSC 11 query itself, ended by ST.
    package static let osc11Query = "\u{1B}]11;?\u{1B}\\"
}
