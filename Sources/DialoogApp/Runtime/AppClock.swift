import Foundation

/// Where "now" comes from. The reducer never asks; the run loop reads this and sends `.tick`.
package protocol AppClock: Sendable {
    func now() -> Date
}

package struct SystemClock: AppClock {
    package init() {}
    package func now() -> Date { Date() }
}

/// A clock that always says the same time: `DIALOOG_NOW` pins it, for tests and screenshots.
package struct FixedClock: AppClock {
    package let date: Date
    package init(_ date: Date) { self.date = date }
    package func now() -> Date { date }
}
