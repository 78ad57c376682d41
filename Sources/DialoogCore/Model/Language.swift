/// The languages of the user interface. Dutch is the default.
package enum Language: String, CaseIterable, Equatable, Sendable {
    case nl, en

    /// Reads a POSIX locale such as `en_GB.UTF-8`; anything not English is Dutch.
    package static func fromLocale(_ value: String?) -> Language {
        guard let value, !value.isEmpty else { return .nl }
        return value.lowercased().hasPrefix("en") ? .en : .nl
    }

    /// The language from `LC_ALL`, `LC_MESSAGES` and `LANG`, in the order POSIX gives them.
    package static func fromEnvironment(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty { return fromLocale(value) }
        }
        return .nl
    }
}
