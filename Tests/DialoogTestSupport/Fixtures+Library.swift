import DialoogCore
import DialoogFiles
import Foundation

extension Fixtures {
    /// The checkout this test was built from: `methods/` and `content/` live there.
    package static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The shipped methods and content, loaded once, as a user of this checkout sees them.
    package static let shipped: LoadedContent = ContentLoader.load(layers: [
        ContentDisk.layer(at: checkout, display: "") ?? []
    ])

    /// A state on the bibliotheek with the shipped library loaded.
    package static func libraryState(size: TerminalSize = .init(width: 80, height: 24), language: Language = .nl)
        -> AppState
    {
        var state = Fixtures.state(size: size)
        state.language = language
        _ = state.reduce(.command(.openLibrary))
        _ = state.reduce(.libraryLoaded(shipped.library, problems: 0))
        return state
    }
}
