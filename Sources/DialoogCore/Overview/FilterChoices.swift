/// The values the overzicht's filters can take: those present in the database, sorted.
package struct FilterChoices: Equatable, Sendable {
    package var organisations: [String]
    package var methodIds: [String]
    package var municipalities: [String]
    package var facilitators: [String]
    /// The laptops the series were made on (ids): this one's and those bundles came from.
    package var laptops: [String]

    package init(
        organisations: [String] = [], methodIds: [String] = [], municipalities: [String] = [],
        facilitators: [String] = [], laptops: [String] = []
    ) {
        self.laptops = laptops
        self.organisations = organisations
        self.methodIds = methodIds
        self.municipalities = municipalities
        self.facilitators = facilitators
    }
}
