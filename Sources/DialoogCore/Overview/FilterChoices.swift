/// The values the overzicht's filters can take: those present in the database, sorted.
package struct FilterChoices: Equatable, Sendable {
    package var organisations: [String]
    package var methodIds: [String]
    package var municipalities: [String]
    package var facilitators: [String]

    package init(
        organisations: [String] = [], methodIds: [String] = [], municipalities: [String] = [],
        facilitators: [String] = []
    ) {
        self.organisations = organisations
        self.methodIds = methodIds
        self.municipalities = municipalities
        self.facilitators = facilitators
    }
}
