import Foundation

/// One run of a methodology with one group: three meetings, from cold to hot themes.
package struct Series: Codable, Equatable, Hashable, Identifiable, Sendable {
    /// A UUID string, so exports from many laptops merge without clashes.
    package var id: String
    package var name: String
    /// The stable id of the methodology file (`methods/<id>.yaml`).
    package var methodId: String
    package var organisation: String
    package var municipality: String?
    package var expectedGroupSize: Int?
    package var createdAt: Date
    /// The gespreksleider or the duo, by name or initials as they choose.
    package var facilitators: [String]
    package var venue: Venue?
    /// Language codes or names, in the order the meetings use them (`tr`, `nl`).
    package var languages: [String]
    /// Who the group is: vrouwen, mannen, gemengd, jongeren, ouders, nieuwkomers.
    package var groups: [TargetGroup]
    /// For methods where the group chooses its themes: the chosen options' names, in the
    /// order of the meetings (cold to hot).
    package var groupChoice: [String]
    /// Made by `dialoog demo`: shown with a DEMO mark, skipped by reports unless asked for,
    /// and removed by `dialoog demo --remove`.
    package var demo: Bool

    package init(
        id: String = UUID().uuidString.lowercased(), name: String, methodId: String,
        organisation: String, municipality: String? = nil, expectedGroupSize: Int? = nil,
        createdAt: Date, facilitators: [String] = [], venue: Venue? = nil, languages: [String] = [],
        groups: [TargetGroup] = [], groupChoice: [String] = [], demo: Bool = false
    ) {
        self.id = id
        self.name = name
        self.methodId = methodId
        self.organisation = organisation
        self.municipality = municipality
        self.expectedGroupSize = expectedGroupSize
        self.createdAt = createdAt
        self.facilitators = facilitators
        self.venue = venue
        self.languages = languages
        self.groups = groups
        self.groupChoice = groupChoice
        self.demo = demo
    }
}

/// Where a series meets. The sources name buurthuizen, moskeeën and huiskamers.
package enum Venue: String, CaseIterable, Codable, Sendable {
    case buurthuis, moskee, huiskamer, school, sportclub, anders
}
