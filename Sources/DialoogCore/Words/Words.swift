/// Words the user reads, in every language dialoog speaks. Every catalog (an enum per
/// feature) conforms with exhaustive `dutch` and `english` switches, so a text without a
/// translation does not compile; a `default:` in either switch would undo that.
package protocol Words {
    var dutch: String { get }
    var english: String { get }
}

extension Words {
    /// The words in `language`: the one way any catalog is reached.
    package func localized(_ language: Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }
}

/// Words written where they are used, both languages side by side: a row of the action
/// table. Both labels are required, so a missing translation does not compile here either.
package struct Phrase: Words, Equatable, Sendable {
    package let dutch: String
    package let english: String

    package init(nl dutch: String, en english: String) {
        self.dutch = dutch
        self.english = english
    }
}
