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

    package init(
        id: String = UUID().uuidString.lowercased(), name: String, methodId: String,
        organisation: String, municipality: String? = nil, expectedGroupSize: Int? = nil,
        createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.methodId = methodId
        self.organisation = organisation
        self.municipality = municipality
        self.expectedGroupSize = expectedGroupSize
        self.createdAt = createdAt
    }
}
