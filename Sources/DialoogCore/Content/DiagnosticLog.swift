/// Collects the diagnostics of one file, and the references it makes to other files, which can
/// only be checked once everything is loaded.
package final class DiagnosticLog {
    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []
    private(set) var references: [PendingReference] = []

    package init(file: String) { self.file = file }

    func report(_ problem: ContentProblem, line: Int) {
        diagnostics.append(Diagnostic(file: file, line: line, problem: problem))
    }

    func refer(to kind: ContentKind, id: String, line: Int) {
        references.append(PendingReference(kind: kind, id: id, file: file, line: line))
    }

    /// A rule about the temperature of a theme, checked once the theme is known.
    func require(theme id: String, _ rule: TemperatureRule, line: Int) {
        temperatureRules.append((PendingReference(kind: .theme, id: id, file: file, line: line), rule))
    }

    private(set) var temperatureRules: [(PendingReference, TemperatureRule)] = []
}

/// A theme or working form named in a file, resolved after all files are loaded.
struct PendingReference {
    var kind: ContentKind
    var id: String
    var file: String
    var line: Int
}

/// What the funnel from cold to hot asks of a theme that is referred to.
enum TemperatureRule {
    /// `leads_to` from a theme this warm: the next theme may not be cooler.
    case funnelFrom(Temperature)
    /// A prompt this warm: its theme may not be cooler than the prompt.
    case promptOfTemperature(Temperature)
}
