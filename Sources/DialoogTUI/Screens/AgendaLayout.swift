import DialoogCore

/// Where a planner column puts a block's parts, worked out from the column's width and its
/// blocks' minutes: the pointer, the start time, the minutes, the temperature and the title.
/// The title is what a trainer reads, so it gets the room: a column too narrow to give it
/// `titleRoom` cells beside the start time leaves the time out (the status line and the block
/// panel say it), as three meetings on 80 columns do.
struct AgendaLayout: Equatable {
    /// The cells a title keeps before the start time is left out.
    static let titleRoom = 22

    /// The offset of the start time ("19:40", "+1:05"), or nil when it is left out.
    var time: Int?
    /// The offset of the minutes and how many cells they take (right-aligned).
    var minutes: Int
    var minutesWidth: Int
    /// The offset of the temperature mark and of the title.
    var temperature: Int
    var title: Int

    init(width: Int, blocks: [PlanBlock]) {
        // Two digits at least, so a column does not shift when a block goes from 9 to 10;
        // three at most (longer minutes are cut, as any text).
        minutesWidth = min(3, max(2, blocks.map { String($0.minutes).count }.max() ?? 2))
        let withTime = 1 + 6 + minutesWidth + 1 + 2
        time = width - withTime >= Self.titleRoom ? 1 : nil
        minutes = time == nil ? 1 : 7
        temperature = minutes + minutesWidth + 1
        title = temperature + 2
    }

    /// The width of each of `count` columns side by side on `width` cells (a rule between two).
    static func columnWidth(screen width: Int, count: Int) -> Int {
        (width - (count - 1)) / max(1, count)
    }
}
