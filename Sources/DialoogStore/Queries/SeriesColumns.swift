import DialoogCore
import Foundation
import GRDB

/// Where a series' own columns are in the rows of a statement that selects `series.*` (the
/// overzicht's `seriesFiguresSQL`), found once by name; each row is then read by position
/// (`SQLiteRow`). GRDB's `Codable` decoding ran a `JSONDecoder` for each of a series' four
/// lists: at 10,000 meetings, thirteen thousand of them on every open of the overzicht. A list
/// is parsed once per distinct text (`lists`): most series share their languages and groups.
/// A value that `Series`' own decoding would refuse is refused here too, never guessed.
struct SeriesColumns {
    let id, name, methodId, organisation, municipality, expectedGroupSize, createdAt: Int
    let facilitators, venue, languages, groups, groupChoice, demo: Int

    init(_ names: [String]) throws {
        let at = ColumnPositions(names, of: "series")
        (id, name, methodId, organisation) = (try at("id"), try at("name"), try at("methodId"), try at("organisation"))
        (municipality, expectedGroupSize, createdAt) = (
            try at("municipality"), try at("expectedGroupSize"), try at("createdAt")
        )
        (facilitators, venue, languages) = (try at("facilitators"), try at("venue"), try at("languages"))
        (groups, groupChoice, demo) = (try at("groups"), try at("groupChoice"), try at("demo"))
    }

    /// The series of `row`; `lists` keeps each list text parsed so far.
    func series(_ row: SQLiteRow, lists: inout [String: [String]]) throws -> Series {
        func list(_ index: Int) throws -> [String] {
            try lists.memo(row.text(index)) { try Self.strings($0, column: index) }
        }
        guard let createdAt = row.date(createdAt) else { throw Self.refused("createdAt") }
        let venue = try row.optionalText(venue).map { text in
            guard let venue = Venue(rawValue: text) else { throw Self.refused("venue") }
            return venue
        }
        let groups = try list(groups).map { text in
            guard let group = TargetGroup(rawValue: text) else { throw Self.refused("groups") }
            return group
        }
        return Series(
            id: row.text(id), name: row.text(name), methodId: row.text(methodId), organisation: row.text(organisation),
            municipality: row.optionalText(municipality), expectedGroupSize: row.optionalInt(expectedGroupSize),
            createdAt: createdAt, facilitators: try list(facilitators), venue: venue, languages: try list(languages),
            groups: groups, groupChoice: try list(groupChoice), demo: row.bool(demo))
    }

    /// A JSON array of text; anything else is refused, as decoding `[String]` refuses it.
    static func strings(_ text: String, column: Int) throws -> [String] {
        guard let values = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any],
            let strings = values as? [String], strings.count == values.count
        else { throw refused("a list (column \(column))") }
        return strings
    }

    private static func refused(_ what: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_MISMATCH, message: "a series value that is not one: \(what)")
    }
}
