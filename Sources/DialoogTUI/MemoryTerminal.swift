import DialoogCore

/// A terminal in memory for tests: it plays a script of events and keeps every screen it
/// was shown, and counts the cells a real terminal would have had to write.
package final class MemoryTerminal: Terminal {
    /// One step of the script.
    package enum Step: Equatable, Sendable {
        case key(Key)
        /// A bracketed paste: the terminal hands over `text` as one event.
        case paste(String)
        case resize(TerminalSize)
        /// A click or a notch of the wheel.
        case mouse(MouseEvent)
        /// Nothing happens within the timeout: the run loop ticks.
        case idle
    }

    package private(set) var size: TerminalSize
    package let hasColors: Bool
    package private(set) var script: [Step]
    package private(set) var presented: [Screen] = []
    package private(set) var themes: [ThemeName] = []
    /// Cells written for each presented screen: a full repaint writes them all.
    package private(set) var cellsWritten: [Int] = []
    package private(set) var fullRepaints = 0
    /// Every `setMouse` the run loop asked for, in order.
    package private(set) var mouseRequests: [Bool] = []

    package init(size: TerminalSize = TerminalSize(width: 80, height: 24), hasColors: Bool = true, script: [Step] = [])
    {
        self.size = size
        self.hasColors = hasColors
        self.script = script
    }

    package var lastScreen: Screen? { presented.last }

    package func type(_ text: String) {
        script += text.map { .key(.character($0)) }
    }

    /// Scripts a bracketed paste of `text`.
    package func paste(_ text: String) {
        script.append(.paste(text))
    }

    package func send(_ steps: Step...) {
        script += steps
    }

    package func present(_ screen: Screen, theme: ThemeName, fullRepaint: Bool) {
        let previous = fullRepaint || themes.last != theme ? nil : presented.last
        if previous == nil { fullRepaints += 1 }
        cellsWritten.append(screen.changes(since: previous).reduce(0) { $0 + $1.cells.count })
        presented.append(screen)
        themes.append(theme)
    }

    /// Plays the next step; when the script is done, input is closed.
    package func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !script.isEmpty else { return .inputClosed }
        switch script.removeFirst() {
        case .key(let key): return .key(key)
        case .paste(let text): return .paste(text)
        case .resize(let newSize):
            size = newSize
            return .resized(newSize)
        case .mouse(let event): return .mouse(event)
        case .idle: return nil
        }
    }

    package func setMouse(_ on: Bool) { mouseRequests.append(on) }
}
