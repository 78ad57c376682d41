/// What a gespreksleider arranges before a series, from the sources' advice on preparation.
/// The ids are stable: they are stored and written in plan files.
package enum PreparationItem: String, CaseIterable, Codable, Comparable, Sendable {
    /// Recruitment goes through key persons and local self-organisations (001:938-970, 002:498-519).
    case sleutelpersonen
    /// A familiar, discreet place: buurthuis, mosque, a living room (000:2395-2403, 001:1392-1396).
    case locatie
    /// Who is in the group: the mix by community, age and gender decided on purpose (000:753-756).
    case groepssamenstelling
    /// Meetings are often in the mother tongue; an interpreter where needed (001:1395-1415, 004:3530-3533).
    case taal
    /// Opening words on confidentiality and where it ends, also for under-16s (000:2494-2502).
    case vertrouwelijkheid
    /// The local help list printed: many participants do not search online (000:1905-1912).
    case hulplijst
    /// The municipality informed beforehand, where that was agreed (002:438-476).
    case gemeente

    package static func < (a: PreparationItem, b: PreparationItem) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
