/// A conversation theme with its temperature (`content/themes/<id>.yaml`).
package struct Theme: Equatable, Codable, Sendable {
    package var id: String
    package var name: String
    package var temperature: Temperature
    package var description: String
    /// Where the funnel can go next, from broad to specific.
    package var leadsTo: [String]
    package var cautions: [String]
    package var source: SourceRef?
    package var origin: ContentOrigin
}
