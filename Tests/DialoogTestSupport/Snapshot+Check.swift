import DialoogCore
import DialoogTUI
import Testing

/// Renders `state` and compares it with the snapshot `name` beside the calling test file,
/// recording an issue at the caller when they differ. The one copy every screen suite uses.
package func check(
    _ state: AppState, _ name: String, testFile: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    if let problem = Snapshot.mismatch(Renderer.render(state), named: name, testFile: testFile) {
        Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
    }
}
