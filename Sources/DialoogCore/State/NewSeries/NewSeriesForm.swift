import Foundation

/// The form that creates a series: what the trainer has typed and chosen so far. Nothing is
/// stored until the last line makes the proposal.
package struct NewSeriesForm: Equatable, Sendable {
    package enum Field: Equatable, Hashable, Sendable {
        case method, name, organisation, municipality, venue, languages, groups, groupSize
        /// The n-th gespreksleider (index 0, 1, …): a duo is two entries, each its own field.
        case facilitator(Int)
        /// The start of meeting 1, 2 or 3 (index 0, 1, 2).
        case date(Int)
        /// The options the group chose, for methods where the group chooses.
        case groupChoice
        /// The last line: make the proposal.
        case create

        /// A field whose value is typed rather than chosen.
        package var isText: Bool {
            switch self {
            case .name, .organisation, .municipality, .facilitator, .languages, .groupSize, .date: true
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
    /// The participants a series may expect, as the store allows.
    package static let groupSizeRange = Limits.groupSize

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
    /// Names or initials, one per gespreksleider; empty entries are left out of the series.
    package var facilitators: [String] = []
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

    /// The municipalities the series in the store already have, as they are spelled: the
    /// form suggests one of them while a municipality is typed (`municipalitySuggestion`).
    package var knownMunicipalities: [String] = []

    /// The spelling in use that the typed municipality is another way of writing, or the
    /// start of; Ctrl-T takes it.
    package var municipalitySuggestion: String? {
        MunicipalityName.suggestion(for: municipality, among: knownMunicipalities)
    }

    /// Esc was pressed on a form with something in it: the next key says whether it goes.
    package var confirmingDiscard = false
    /// What was wrong with each field at the last try to make the series; a field loses its
    /// problem when it is typed in.
    package var problems: [Field: PlanNotice] = [:]

    /// `s`: the templates to start from, narrowed by typing; nil when the list is not open.
    package var templates: ChoicePicker?
    /// The template the new series starts from: its agenda becomes the series' (`SeriesPlan.started`).
    package var template: Template?

    /// A template read into the form: its name and the plan it holds.
    package struct Template: Equatable, Sendable {
        package var name: String
        package var plan: SeriesPlan

        package init(name: String, plan: SeriesPlan) {
            self.name = name
            self.plan = plan
        }
    }

    /// The form edits the details of an existing series (from the planner, `e`): no method,
    /// dates or group's choice, and its last line stores the details instead of making a plan.
    package var editing = false

    /// How many gespreksleiders the form has fields for, at most.
    package static let maxFacilitators = 6

    package init() {}

    /// The form for editing `series`' details, filled with what it has now. An entry that
    /// names a duo in one text ("Ayşe en Mehmet", "A.Y. & Semra", from before the form had a
    /// field per gespreksleider) is split into its names, none lost (`splitFacilitators`).
    package init(editing series: Series) {
        editing = true
        field = .name
        name = series.name
        organisation = series.organisation
        municipality = series.municipality ?? ""
        facilitators = Array(Self.splitFacilitators(series.facilitators).prefix(Self.maxFacilitators))
        venue = series.venue
        languages = series.languages.joined(separator: ", ")
        groups = series.groups
        groupSize = series.expectedGroupSize.map(String.init) ?? ""
    }

    /// Each entry split where it joins two names: a comma, a semicolon, a slash, a plus or an
    /// ampersand, or the word "en" or "and" between spaces. Only those; every name stays.
    package static func splitFacilitators(_ entries: [String]) -> [String] {
        entries.flatMap { entry -> [String] in
            var text = entry
            for joiner in [" en ", " and ", " En ", " EN "] { text = text.replacingOccurrences(of: joiner, with: ",") }
            return text.split(whereSeparator: { ",;/+&".contains($0) }).map { trimmed(String($0)) }
                .filter { !$0.isEmpty }
        }
    }

    /// The gespreksleider fields shown: those filled in, then one empty one to add the next
    /// (up to `maxFacilitators`).
    package var facilitatorFields: [Field] {
        let last = facilitators.lastIndex { !Self.trimmed($0).isEmpty } ?? -1
        return (0..<min(Self.maxFacilitators, max(1, last + 2))).map(Field.facilitator)
    }

    /// The fields of this form in order: for a new series those of `fields(for:)`; for
    /// editing, the series' details only.
    package func fields(for method: Methodology?) -> [Field] {
        let all = Self.fields(for: method).flatMap { $0 == .facilitator(0) ? facilitatorFields : [$0] }
        guard editing else { return all }
        return all.filter { field in
            switch field {
            case .method, .date, .groupChoice: false
            default: true
            }
        }
    }

    /// Whether anything was typed, chosen or ticked: then Esc asks before throwing it away.
    package var hasChanges: Bool {
        var values = self
        (values.field, values.cursor, values.groupCursor, values.choiceCursor) = (.method, nil, 0, 0)
        values.knownMunicipalities = []
        values.problems = [:]
        return values != NewSeriesForm()
    }

    /// The fields in order; the group's choice only for a method that has one.
    package static func fields(for method: Methodology?) -> [Field] {
        [.method, .name, .organisation, .municipality, .facilitator(0), .venue, .languages, .groups, .groupSize]
            + (0..<meetingCount).map(Field.date) + (method?.groupChoice == nil ? [] : [.groupChoice]) + [.create]
    }

    /// The text of a typed field.
    package func text(of field: Field) -> String? {
        switch field {
        case .name: name
        case .organisation: organisation
        case .municipality: municipality
        case .facilitator(let index): facilitators.indices.contains(index) ? facilitators[index] : ""
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

    /// Applies a text edit to the focused typed field; what was wrong with it is no longer said.
    package mutating func edit(_ edit: TextEdit) {
        guard var typed = focusedText else { return }
        typed.apply(edit)
        if typed.text != text(of: field) { problems[field] = nil }
        setText(typed.text, of: field)
        cursor = typed.cursor
    }

    package mutating func setText(_ text: String, of field: Field) {
        switch field {
        case .name: name = text
        case .organisation: organisation = text
        case .municipality: municipality = text
        case .facilitator(let index) where (0..<Self.maxFacilitators).contains(index):
            while facilitators.count <= index { facilitators.append("") }
            facilitators[index] = text
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

    /// Every problem of the form at once, in the order of its fields.
    package struct Problems: Error, Equatable, Sendable {
        package var all: [Problem]
    }

    /// The series the form describes and the start of its meetings, or every problem with it.
    /// `id` becomes the series' id; `now` its creation time and the day a date without a year
    /// counts from.
    package func series(methods: [Methodology], calendar: LocalCalendar, id: String, now: Date) -> Result<
        (series: Series, starts: [Date?]), Problems
    > {
        guard methods.indices.contains(methodIndex) else {
            return .failure(Problems(all: [Problem(notice: .noMethods, field: .method)]))
        }
        let method = methods[methodIndex]
        var problems: [Problem] = []
        let (name, size) = nameAndSize(&problems)
        let starts = (0..<dates.count).map { start(of: $0, today: now, calendar: calendar) }
        for (index, start) in starts.enumerated() {
            switch start {
            case nil, .success: break
            case .failure(let problem):
                problems.append(
                    Problem(
                        notice: .badDate(meeting: index + 1, text: Self.trimmed(dates[index]), problem),
                        field: .date(index)))
            }
        }
        let dated = starts.map { start -> Date? in if case .success(let date) = start { date } else { nil } }
        for index in dated.indices {
            guard let date = dated[index], let earlier = dated[..<index].compactMap({ $0 }).last else { continue }
            if date <= earlier {
                problems.append(Problem(notice: .datesOutOfOrder(meeting: index + 1), field: .date(index)))
            }
        }
        if let choice = method.groupChoice, self.choice.count != choice.choose {
            problems.append(
                Problem(notice: .choiceCount(choose: choice.choose, chosen: self.choice.count), field: .groupChoice))
        }
        guard problems.isEmpty else { return .failure(Problems(all: problems)) }
        let organisation = Self.trimmed(organisation)
        let municipality = Self.trimmed(municipality)
        let series = Series(
            id: id, name: name, methodId: method.id,
            organisation: organisation.isEmpty ? method.organisation.short : organisation,
            municipality: municipality.isEmpty ? nil : municipality, expectedGroupSize: size, createdAt: now,
            facilitators: Self.list(facilitators.joined(separator: ",")), venue: venue, languages: Self.list(languages),
            groups: Self.groupOrder.filter(groups.contains),
            groupChoice: method.groupChoice == nil ? [] : choice)
        return .success((series, dated))
    }

    /// The start of meeting `index + 1` as typed (nil when its field is empty): a date as the
    /// Dutch write it (`DutchDate`), without a year the next one from `today`, and without a
    /// time the time of the nearest meeting before it that has one.
    package func start(of index: Int, today: Date, calendar: LocalCalendar) -> Result<Date, DutchDate.Problem>? {
        guard dates.indices.contains(index), !Self.trimmed(dates[index]).isEmpty else { return nil }
        var fallback: (hour: Int, minute: Int)?
        for earlier in dates[..<index].reversed() {
            if case .success(let typed) = DutchDate.parse(earlier, today: today, calendar: calendar),
                let hour = typed.hour, let minute = typed.minute
            {
                fallback = (hour, minute)
                break
            }
        }
        return DutchDate.moment(dates[index], today: today, calendar: calendar, fallback: fallback)
    }

    /// The trimmed name and the group size, with a problem for each that is missing or wrong:
    /// the same for a new series and for editing one.
    private func nameAndSize(_ problems: inout [Problem]) -> (name: String, size: Int?) {
        let name = Self.trimmed(name)
        if name.isEmpty { problems.append(Problem(notice: .nameRequired, field: .name)) }
        guard !Self.trimmed(groupSize).isEmpty else { return (name, nil) }
        switch NumberEntry.parse(groupSize, in: Self.groupSizeRange) {
        case .success(let number): return (name, number)
        case .failure(let problem):
            problems.append(Problem(notice: .badGroupSize(problem), field: .groupSize))
            return (name, nil)
        }
    }

    /// `series` with the details this editing form holds, or every problem with them. The
    /// series keeps its id, method, creation time, group's choice and demo mark.
    package func edited(_ series: Series) -> Result<Series, Problems> {
        var problems: [Problem] = []
        let (name, size) = nameAndSize(&problems)
        guard problems.isEmpty else { return .failure(Problems(all: problems)) }
        var edited = series
        let organisation = Self.trimmed(organisation)
        let municipality = Self.trimmed(municipality)
        edited.name = name
        edited.organisation = organisation.isEmpty ? series.organisation : organisation
        edited.municipality = municipality.isEmpty ? nil : municipality
        edited.facilitators = Self.list(facilitators.joined(separator: ","))
        edited.venue = venue
        edited.languages = Self.list(languages)
        edited.groups = Self.groupOrder.filter(groups.contains)
        edited.expectedGroupSize = size
        return .success(edited)
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
