import Foundation

/// Someone disclosed something or showed signs of it. Only the category, what the
/// gespreksleider did and when to follow up: no identity and no details, by design.
package struct Signal: Codable, Equatable, Hashable, Identifiable, Sendable {
    package enum Category: String, Codable, CaseIterable, Sendable {
        case huiselijkGeweld = "huiselijk-geweld"
        case huwelijksdwang
        case eergerelateerdGeweld = "eergerelateerd-geweld"
        case achterlating
        case vgv
        case seksueelGeweld = "seksueel-geweld"
        case uitbuiting
        case anders
    }

    /// What was done, from least to most urgent: the help card shown, a talk in private
    /// after the meeting, the coordinator consulted, Veilig Thuis called for advice (it is an
    /// "advies- en meldpunt", facts-help-and-safety), a warm referral, 112.
    package enum Response: String, Codable, CaseIterable, Sendable {
        case hulpkaart
        case onderVierOgen = "onder-vier-ogen"
        case coordinator = "coordinator"
        case veiligThuisAdvies = "veilig-thuis-advies"
        case warmeVerwijzing = "warme-verwijzing"
        case acuut112 = "acuut-112"
    }

    package var id: String
    package var meetingId: String
    package var blockId: String?
    package var at: Date
    package var category: Category
    package var response: Response
    /// The day to follow up (local midnight), if one was set.
    package var followUp: Date?
    /// When the follow-up was done; nil while it is still open.
    package var followedUpAt: Date?

    package init(
        id: String = UUID().uuidString.lowercased(), meetingId: String, blockId: String?, at: Date,
        category: Category, response: Response, followUp: Date? = nil,
        followedUpAt: Date? = nil
    ) {
        self.id = id
        self.meetingId = meetingId
        self.blockId = blockId
        self.at = at
        self.category = category
        self.response = response
        self.followUp = followUp
        self.followedUpAt = followedUpAt
    }
}
