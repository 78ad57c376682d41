import DialoogCore
import Foundation
import GRDB

/// The named parameters of the overzicht's statements (`AppDatabase+FigureSQL.swift`), bound
/// by the store or written out for the sqlite3 shell.
extension AppDatabase {
    /// The named parameters of those statements for `filter`; `today` decides which
    /// follow-ups are overdue, `target` the period and scope of `targetProgressSQL`, `seriesId` keeps
    /// one series.
    static func figureArguments(
        _ filter: OverviewFilter, today: Date? = nil, target: OverviewTarget? = nil, seriesId: String? = nil
    ) -> StatementArguments {
        StatementArguments(figureParameters(filter, today: today, target: target, seriesId: seriesId))
    }

    private static func figureParameters(
        _ filter: OverviewFilter, today: Date?, target: OverviewTarget?, seriesId: String?
    ) -> [String: (any DatabaseValueConvertible)?] {
        // Dates as the text GRDB stores (`Date.storageText`), bound the way the start screen's
        // follow-ups query must bind them: one way for every statement the store writes out.
        [
            "organisation": filter.organisation, "methodId": filter.methodId, "municipality": filter.municipality,
            "facilitator": filter.facilitator, "from": filter.from?.storageText, "to": filter.to?.storageText,
            "includeDemo": filter.includeDemo, "today": today?.storageText, "targetFrom": target?.from.storageText,
            "targetTo": target?.to.storageText, "targetOrganisation": target?.organisation,
            "targetMethodId": target?.methodId, "targetMunicipality": target?.municipality, "seriesId": seriesId,
            "laptop": filter.laptop,
        ]
    }

    /// `sql` with its named parameters written out as SQL literals, for the sqlite3 shell.
    package static func inlined(
        _ sql: String, filter: OverviewFilter, today: Date? = nil, target: OverviewTarget? = nil,
        seriesId: String? = nil
    ) -> String {
        var text = sql
        // Longest names first: `:to` must not eat the start of `:today`.
        let parameters = figureParameters(filter, today: today, target: target, seriesId: seriesId).sorted {
            $0.key.count > $1.key.count
        }
        for (name, value) in parameters {
            text = text.replacingOccurrences(of: ":" + name, with: literal(value?.databaseValue ?? .null))
        }
        return text
    }

    private static func literal(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        case .blob(let data): "X'" + data.map { String(format: "%02X", $0) }.joined() + "'"
        }
    }
}
