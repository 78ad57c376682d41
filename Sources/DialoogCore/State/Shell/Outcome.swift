/// What a slice's reducer gives back: the effects it asks the outside world for, and what it
/// asks of the shell (`AppState`) — a status line, and requests such as a navigation to
/// another feature. A slice changes only its own state; everything else goes through here.
package struct Outcome: Equatable, Sendable {
    package var effects: [Effect]
    package var status: StatusChange
    /// Applied by the root in order, after the status.
    package var requests: [ShellRequest]

    package init(_ effects: [Effect] = [], status: StatusChange = .keep, requests: [ShellRequest] = []) {
        self.effects = effects
        self.status = status
        self.requests = requests
    }

    /// Nothing changes outside the slice.
    package static let none = Outcome()

    /// The slice leaves the command to the shell: help, the command line, redraw and quit.
    package static func shell(_ command: Command, status: StatusChange = .keep) -> Outcome {
        Outcome(status: status, requests: [.anyScreen(command)])
    }

    package static func show(_ status: Status) -> Outcome { Outcome(status: .show(status)) }

    package static func go(_ navigation: Navigation, status: StatusChange = .keep) -> Outcome {
        Outcome(status: status, requests: [.navigate(navigation)])
    }
}

/// What happens to the status line.
package enum StatusChange: Equatable, Sendable {
    case keep
    case clear
    case show(Status)
}

extension Outcome {
    /// Both outcomes, in order: effects and requests one after the other; the later status wins
    /// unless it keeps.
    package static func + (first: Outcome, then: Outcome) -> Outcome {
        Outcome(
            first.effects + then.effects, status: then.status == .keep ? first.status : then.status,
            requests: first.requests + then.requests)
    }
}
