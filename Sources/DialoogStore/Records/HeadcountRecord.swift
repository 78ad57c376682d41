import DialoogCore
import GRDB

/// A row of `headcount`: attendance counted rather than named. A meeting where nothing was
/// counted has no row.
struct HeadcountRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "headcount"

    var meetingId: String
    var total: Int
    var women: Int?
    var men: Int?
    var young: Int?

    init(_ headcount: Headcount, meetingId: String) {
        self.meetingId = meetingId
        total = headcount.total
        women = headcount.women
        men = headcount.men
        young = headcount.young
    }

    var headcount: Headcount { Headcount(total: total, women: women, men: men, young: young) }
}
