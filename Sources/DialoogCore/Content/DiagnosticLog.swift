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
}

/// A theme or working form named in a file, resolved after all files are loaded.
struct PendingReference {
    var kind: ContentKind
    var id: String
    var file: String
    var line: Int
}
