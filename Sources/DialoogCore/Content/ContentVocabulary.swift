/// How loaded a theme or prompt is: the funnel goes from cold topics to hot ones.
package enum Temperature: String, CaseIterable, Comparable, Codable, Sendable {
    case koud, lauw, warm, heet

    package var rank: Int { Self.allCases.firstIndex(of: self)! }

    package static func < (a: Temperature, b: Temperature) -> Bool { a.rank < b.rank }
}

/// Who a prompt suits.
package enum TargetGroup: String, CaseIterable, Codable, Sendable {
    case ouders, jongeren, vrouwen, mannen, nieuwkomers, gemengd
    /// Mothers and fathers as a group of their own; `ouders` is both together.
    case moeders, vaders
    case ouderen
    /// Lesbian, gay, bisexual and transgender people as participants, not as the subject.
    case lhbt

    /// The labels whose prompts suit a group with this label: a group of mothers can use what
    /// is written for parents and for women; a group of parents (mothers and fathers together)
    /// only what is written for parents, since a prompt for mothers leaves the fathers out.
    package var suitedBy: Set<TargetGroup> { Set(servedBy) }

    /// The same labels, the most specific first: mothers are served by what is written for
    /// mothers, then for parents, then for women. A method's variant is chosen in this order.
    package var servedBy: [TargetGroup] {
        switch self {
        case .moeders: [.moeders, .ouders, .vrouwen]
        case .vaders: [.vaders, .ouders, .mannen]
        case .ouders, .jongeren, .vrouwen, .mannen, .nieuwkomers, .gemengd, .ouderen, .lhbt: [self]
        }
    }
}

/// What a prompt is for in a meeting.
package enum PromptKind: String, CaseIterable, Codable, Sendable {
    case stelling, vraag, casus, huiswerk, woordweb, opening, afsluiting

    /// Opening and closing questions belong to the meeting, not to a theme.
    package var needsTheme: Bool { self != .opening && self != .afsluiting }
}

/// The role of a block in a meeting's agenda.
package enum BlockKind: String, CaseIterable, Codable, Sendable {
    case welkom, spelregels, terugblik, kennis, kern, pauze, afsluiting
}

/// Whether a help line can be used without giving one's name.
package enum Anonymity: String, CaseIterable, Codable, Sendable {
    case ja, nee, deels
}

/// A calendar date as written in a content file (`2023-05-01`); no time zone, no clock.
package struct ContentDate: Comparable, Codable, Sendable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int

    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    package init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    package var description: String {
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// True when this date lies more than `months` months before `today`.
    package func isOlder(thanMonths months: Int, before today: ContentDate) -> Bool {
        let limit = (today.year * 12 + today.month - 1) - months
        let mine = year * 12 + month - 1
        return mine < limit || (mine == limit && day < today.day)
    }

    package static func < (a: ContentDate, b: ContentDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = ContentDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
        }
        self = date
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Where a fact comes from: a source document and its section.
package struct SourceRef: Equatable, Codable, Sendable {
    package var document: String
    package var section: String
    package var lines: String?

    package init(document: String, section: String, lines: String? = nil) {
        self.document = document
        self.section = section
        self.lines = lines
    }
}

/// A short title with its explanation: a rule, a principle, a tip, a phase.
package struct NamedText: Equatable, Codable, Sendable {
    package var name: String
    package var text: String

    package init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// The file a methodology, theme, prompt or help entry was read from, and the shipped file it
/// replaces when a user or `--content` folder overrides it.
package struct ContentOrigin: Equatable, Codable, Sendable {
    package var file: String
    package var replaces: String?

    package init(file: String, replaces: String? = nil) {
        self.file = file
        self.replaces = replaces
    }
}
