/// Why a bundle is refused as a whole: nothing of it (or of the other bundles given with
/// it) is imported. `place` is where in the document, as `series[2].meeting[0].state`.
package enum BundleProblem: Error, Equatable, Sendable {
    /// Not a JSON document of the expected shape (cut off, garbage, a wrong type).
    case unreadable(file: String, place: String)
    case notABundle(file: String)
    /// Written by a newer dialoog: its format version is unknown here.
    case newerVersion(file: String, version: Int)
    case badVersion(file: String, version: Int)
    case badId(file: String, place: String, value: String)
    /// A text with a character that could steer a terminal.
    case unsafeText(file: String, place: String)
    case outOfRange(file: String, place: String, value: String)
    case tooMany(file: String, place: String, count: Int, limit: Int)
    /// A table or column this version does not have.
    case unknownTable(file: String, place: String)
    /// A row that belongs to another series, or the series row is missing or doubled.
    case wrongSeries(file: String, place: String)
    /// The store's rules refused a row (a CHECK, a reference to nothing, a value dialoog cannot
    /// read), named by table, column and row where SQLite says.
    case refused(file: String, series: String, detail: String)
}
