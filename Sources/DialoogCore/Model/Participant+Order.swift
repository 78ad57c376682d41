import Foundation

extension Participant {
    /// The order the attendance panel lists nicknames in, the same on every machine and in
    /// every locale: ignoring case, accents and character width, with runs of digits compared
    /// as numbers ("Ali 2" before "Ali 10"), by Unicode's code points with no locale's
    /// collation rules; nicknames that compare the same are ordered by their exact text, then
    /// by id, so the order is total and a replay lists them alike.
    package static func listedBefore(_ lhs: Participant, _ rhs: Participant) -> Bool {
        let loose = lhs.nickname.compare(
            rhs.nickname, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive, .numeric],
            range: nil, locale: nil)
        if loose != .orderedSame { return loose == .orderedAscending }
        if lhs.nickname != rhs.nickname { return lhs.nickname < rhs.nickname }
        return lhs.id < rhs.id
    }
}
