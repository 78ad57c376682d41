/// Signals counted by what was done: the help card shown (a cold referral), a warm referral,
/// or 112. Never who, never what was said.
package struct SignalCounts: Codable, Equatable, Hashable, Sendable {
    package var helpCard: Int
    package var warm: Int
    package var acute: Int

    package init(helpCard: Int = 0, warm: Int = 0, acute: Int = 0) {
        self.helpCard = helpCard
        self.warm = warm
        self.acute = acute
    }

    package var total: Int { helpCard + warm + acute }
}
