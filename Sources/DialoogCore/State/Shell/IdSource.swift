import Foundation

/// Where the reducer gets the ids of the things it makes (notes, signals, raised themes, prompt
/// uses, participants, blocks, series). The running program draws random UUIDs; tests and
/// replays use `sequential`, which gives the same ids in the same order every run, so the
/// reducer is a pure function of its actions and its context.
///
/// A reference type on purpose: the context a slice gets is read-only, and drawing an id is the
/// one thing it may do to the world. It is not part of what a state *is*: two id sources are
/// always equal, so states compare by what they hold.
package final class IdSource: @unchecked Sendable, Equatable {
    private enum Kind {
        case random
        case sequential(prefix: String)
    }

    private let kind: Kind
    private let lock = NSLock()
    private var drawn: UInt64 = 0

    private init(_ kind: Kind) { self.kind = kind }

    /// Random version-4 UUIDs, lower-cased: what the program uses.
    package static var random: IdSource { IdSource(.random) }

    /// `seed-1`, `seed-2`, … shaped as UUIDs (`00000000-0000-4000-8000-<seed><n>`), so the
    /// store and the plan files accept them; a new source starts again at 1.
    package static func sequential(seed: UInt16 = 0) -> IdSource {
        IdSource(.sequential(prefix: String(format: "%04x", seed)))
    }

    /// The next id, lower-cased as every id in the database is.
    package func next() -> String {
        switch kind {
        case .random:
            return UUID().uuidString.lowercased()
        case .sequential(let prefix):
            let n = lock.withLock {
                drawn += 1
                return drawn
            }
            return "00000000-0000-4000-8000-" + prefix + String(format: "%08llx", n)
        }
    }

    package static func == (lhs: IdSource, rhs: IdSource) -> Bool { true }
}
