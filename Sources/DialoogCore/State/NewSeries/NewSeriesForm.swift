import Foundation

/// The form that creates a series: what the trainer has typed and chosen so far. Nothing is
/// stored until the last line makes the proposal.
package struct NewSeriesForm: Equatable, Sendable {
    package enum Field: Equatable, Hashable, Sendable {
        case method, name, organisation, municipality, facilitators, venue, languages, groups, groupSize
        /// The start of meeting 1, 2 or 3 (index 0, 1, 2).
        case date(Int)
        /// The options the group chose, for methods where the group chooses.
        case groupChoice
        /// The last line: make the proposal.
        case create

        /// A field whose value is typed rather than chosen.
        package var isText: Bool {
            switch self {
            case .name, .organisation, .municipality, .facilitators, .languages, .groupSize, .date: true
            case .method, .venue, .groups, .groupChoice, .create: false
            }
        }
    }

    /// The groups in the order the form offers them.
    package static let groupOrder: [TargetGroup] = [
        .vrouwen, .mannen, .gemengd, .jongeren, .ouders, .moeders, .vaders, .nieuwkomers, .ouderen, .lhbt,
    ]
    /// The venues in the order ←→ cycles them; nil is "not chosen yet".
    package static let venueOrder: [Venue?] = [nil] + Venue.allCases.map(Optional.some)
    package static let meetingCount = 3

    package var field: Field = .method {
        didSet { if field != oldValue { cursor = nil } }
    }
    /// Where the cursor is in the typed field under focus; nil is after its last character.
    package var cursor: Int?
    /// An index into the library's methodologies.
    package var methodIndex = 0
    package var name = ""
    /// Empty means the methodology's organisation (its short name).
    package var organisation = ""
    package var municipality = ""
    /// Comma-separated names or initials.
    package var facilitators = ""
    package var venue: Venue?
    /// Comma-separated language codes or names.
    package var languages = ""
    package var groups: [TargetGroup] = []
    /// The group under the cursor, an index into `groupOrder`.
    package var groupCursor = 0
    package var groupSize = ""
    package var dates: [String] = Array(repeating: "", count: meetingCount)
    /// The chosen options' names, in the order they were ticked.
    package var choice: [String] = []
    /// The option under the cursor, an index into the method's options.
    package var choiceCursor = 0

    package init() {}

    /// The fields in order; the group's choice only for a method that has one.
    package static func fields(for method: Methodology?) -> [Field] {
        [.method, .name, .organisation, .municipality, .facilitators, .venue, .languages, .groups, .groupSize]
            + (0..<meetingCount).map(Field.date) + (method?.groupChoice == nil ? [] : [.groupChoice]) + [.create]
    }

    /// The text of a typed field.
    package func text(of field: Field) -> String? {
        switch field {
        case .name: name
        case .organisation: organisation
        case .municipality: municipality
        case .facilitators: facilitators
        case .languages: languages
        case .groupSize: groupSize
        case .date(let index): dates.indices.contains(index) ? dates[index] : nil
        default: nil
        }
    }

    /// The focused typed field as a text field, with its cursor; nil on a chosen field.
    package var focusedText: TextField? {
        text(of: field).map { TextField($0, cursor: cursor ?? $0.count) }
    }

    /// Applies a text edit to the focused typed field.
    package mutating func edit(_ edit: TextEdit) {
        guard var typed = focusedText else { return }
        typed.apply(edit)
        setText(typed.text, of: field)
        cursor = typed.cursor
    }

    package mutating func setText(_ text: String, of field: Field) {
        switch field {
        case .name: name = text
        case .organisation: organisation = text
        case .municipality: municipality = text
        case .facilitators: facilitators = text
        case .languages: languages = text
        case .groupSize: groupSize = text
        case .date(let index) where dates.indices.contains(index): dates[index] = text
        default: break
        }
    }

    // MARK: - Checking and making the series

    /// What is wrong with the form, and the field to go to.
    package struct Problem: Error, Equatable, Sendable {
        package var notice: PlanNotice
        package var field: Field
    }

    /// The series the form describes and the start of its meetings, or the first problem.
    /// `id` becomes the series' id; `now` its creation time.
    package func series(methods: [Methodology], calendar: LocalCalendar, id: String, now: Date) -> Result<
        (series: Series, starts: [Date?]), Problem
    > {
        guard methods.indices.contains(methodIndex) else {
            return .failure(Problem(notice: .noMethods, field: .method))
        }
        let method = methods[methodIndex]
        let name = Self.trimmed(name)
        guard !name.isEmpty else { return .failure(Problem(notice: .nameRequired, field: .name)) }
        var size: Int?
        if !Self.trimmed(groupSize).isEmpty {
            guard let number = Int(Self.trimmed(groupSize)), number > 0 else {
                return .failure(Problem(notice: .badGroupSize(Self.trimmed(groupSize)), field: .groupSize))
            }
            size = number
        }
        var starts: [Date?] = []
        for (index, text) in dates.enumerated() {
            let text = Self.trimmed(text)
            if text.isEmpty {
                starts.append(nil)
                continue
            }
            guard let date = Self.parseDate(text, calendar: calendar) else {
                return .failure(Problem(notice: .badDate(meeting: index + 1, text: text), field: .date(index)))
            }
            if let earlier = starts.compactMap({ $0 }).last, date <= earlier {
                return .failure(Problem(notice: .datesOutOfOrder(meeting: index + 1), field: .date(index)))
            }
            starts.append(date)
        }
        if let choice = method.groupChoice, self.choice.count != choice.choose {
            return .failure(
                Problem(notice: .choiceCount(choose: choice.choose, chosen: self.choice.count), field: .groupChoice))
        }
        let organisation = Self.trimmed(organisation)
        let municipality = Self.trimmed(municipality)
        let series = Series(
            id: id, name: name, methodId: method.id,
            organisation: organisation.isEmpty ? method.organisation.short : organisation,
            municipality: municipality.isEmpty ? nil : municipality, expectedGroupSize: size, createdAt: now,
            facilitators: Self.list(facilitators), venue: venue, languages: Self.list(languages),
            groups: Self.groupOrder.filter(groups.contains),
            groupChoice: method.groupChoice == nil ? [] : choice)
        return .success((series, starts))
    }

    /// `2026-12-01 19:30` (or with a `T`) as a wall-clock time; nil when it is not one.
    package static func parseDate(_ text: String, calendar: LocalCalendar) -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard day.count == 3, time.count == 2, day[0].count == 4, day[1].count <= 2, day[2].count <= 2,
            time[0].count <= 2, time[1].count == 2,
            let year = Int(day[0]), let month = Int(day[1]), let dayOfMonth = Int(day[2]),
            let hour = Int(time[0]), let minute = Int(time[1])
        else { return nil }
        return calendar.date(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute)
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }

    /// A comma-separated list, without empty items.
    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}
