/// A word a gespreksleider meets, explained (`content/begrippen.yaml`).
package struct GlossaryTerm: Equatable, Codable, Sendable {
    package var term: String
    package var text: String
    package var see: [String]
    package var source: SourceRef?
}
