/// The size of the terminal in cells.
package struct TerminalSize: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this, screens show "window too small" instead of a layout.
    package static let minimum = TerminalSize(width: 60, height: 16)

    package var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }

    package var description: String { "\(width)x\(height)" }
}
