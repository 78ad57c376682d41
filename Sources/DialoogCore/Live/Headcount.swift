/// Attendance as numbers, for a large or anonymous group: the total, and optionally how many
/// women, men and young people.
package struct Headcount: Codable, Equatable, Hashable, Sendable {
    package var total: Int
    package var women: Int?
    package var men: Int?
    package var young: Int?

    package init(total: Int = 0, women: Int? = nil, men: Int? = nil, young: Int? = nil) {
        self.total = total
        self.women = women
        self.men = men
        self.young = young
    }

    /// The fields in the order the attendance panel lists them.
    package enum Field: CaseIterable, Equatable, Sendable {
        case total, women, men, young
    }

    package subscript(field: Field) -> Int? {
        get {
            switch field {
            case .total: total
            case .women: women
            case .men: men
            case .young: young
            }
        }
        set {
            switch field {
            case .total: total = newValue ?? 0
            case .women: women = newValue
            case .men: men = newValue
            case .young: young = newValue
            }
        }
    }

    /// The largest count: a dialogue group is not a stadium.
    package static let maximum = 500
}
