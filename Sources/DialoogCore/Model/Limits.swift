/// Every limit on a length, a count or a number that dialoog accepts, in one place: the
/// command line, plan files and the store's check of what a file holds use these, so a value
/// one of them accepts is never refused (or worse, trapped on) by another.
package enum Limits {
    /// Minutes of one block (the schema's CHECK says the same).
    package static let blockMinutes = 1...240
    /// People in a group (the schema's CHECKs on sizes and counts say the same).
    package static let groupSize = 1...500
    /// Characters of a name or title: a series, a meeting's purpose line, a block's title.
    package static let name = 200
    /// Characters of a longer text: a block's guidance, a help card line, a question.
    package static let text = 4_000
    /// Blocks in one meeting.
    package static let blocksPerMeeting = 60
    /// Meetings in one series.
    package static let meetingsPerSeries = 60
    /// Characters of any text stored in a database column (a plan's longest text included).
    package static let storedText = 100_000
    /// The largest number any integer column may hold: far above every count dialoog keeps,
    /// and small enough that sums over every row of a large database cannot overflow.
    package static let storedNumber = 10_000_000
}
