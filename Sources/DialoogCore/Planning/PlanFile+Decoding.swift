import Foundation
import Yams

extension PlanFile {
    /// Reads a plan file. Every mistake is a `path:line: message` diagnostic, all in one pass;
    /// `plan` is nil whenever there is one, so a plan with mistakes is never imported. A block
    /// or meeting without an `id` (added by hand) gets a new one.
    /// `template` reads a template, which has no `created` date; its plan is to be made new
    /// with `SeriesPlan.duplicate` before it is kept.
    package static func decode(
        _ text: String, path: String, library: Library, calendar: LocalCalendar, template: Bool = false
    )
        -> (plan: SeriesPlan?, diagnostics: [Diagnostic])
    {
        let log = DiagnosticLog(file: path)
        let reader = PlanReader(log: log, library: library, calendar: calendar)
        reader.template = template
        let plan = reader.read(text)
        let diagnostics = log.diagnostics.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        return (diagnostics.isEmpty ? plan : nil, diagnostics)
    }

    /// `2026-12-01 19:30` on `calendar`'s wall clock, or with an offset (`2026-12-01T19:30:05+01:00`,
    /// `...Z`) exactly; a `T` or a space between date and time, seconds optional.
    package static func parseDateTime(_ text: String, calendar: LocalCalendar) -> Date? {
        let chars = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var value = 0
            for c in chars[from..<(from + count)] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) else { return nil }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
            }
            return value
        }
        guard chars.count >= 16, let day = ContentDate(String(decoding: chars[0..<10], as: UTF8.self)),
            chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
            let hour = number(11, 2), chars[13] == UInt8(ascii: ":"), let minute = number(14, 2)
        else { return nil }
        var at = 16
        var second = 0
        if at < chars.count, chars[at] == UInt8(ascii: ":") {
            guard let value = number(at + 1, 2) else { return nil }
            second = value
            at += 3
        }
        guard hour <= 23, minute <= 59, second <= 59 else { return nil }
        if at == chars.count {
            return calendar.date(
                year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)
        }
        var offset = 0
        if chars[at] == UInt8(ascii: "Z"), at + 1 == chars.count {
            offset = 0
        } else if chars[at] == UInt8(ascii: "+") || chars[at] == UInt8(ascii: "-"), at + 6 == chars.count,
            let hours = number(at + 1, 2), chars[at + 3] == UInt8(ascii: ":"), let minutes = number(at + 4, 2),
            hours <= 23, minutes <= 59
        {
            offset = (hours * 3600 + minutes * 60) * (chars[at] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let days = LocalCalendar.days(year: day.year, month: day.month, day: day.day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second - offset))
    }
}

/// One reading of one plan file; remembers ids and numbers to find the ones used twice.
private final class PlanReader {
    let log: DiagnosticLog
    let library: Library
    let calendar: LocalCalendar
    /// A template has no `created`: it is not a series yet.
    var template = false
    private var blockIDs: [String: Int] = [:]
    private var meetingIDs: [String: Int] = [:]
    private var meetingNumbers: [Int: Int] = [:]

    init(log: DiagnosticLog, library: Library, calendar: LocalCalendar) {
        self.log = log
        self.library = library
        self.calendar = calendar
    }

    func read(_ text: String) -> SeriesPlan? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.report(.notAMapping, line: 1)
                return nil
            }
            root = node
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            log.report(.duplicateKey(duplicates.joined(separator: ", ")), line: context.mark.line)
            return nil
        } catch let error as YamlError {
            log.report(.syntax(error.problem), line: error.line)
            return nil
        } catch {
            log.report(.syntax("\(error)"), line: 1)
            return nil
        }
        guard var f = YAMLFields(root, log: log, key: nil) else { return nil }

        // Another format or version says only that: the rest would be guesswork.
        guard let format = f.node("format", required: false) else {
            log.report(.missingKey("format"), line: f.entryLine("format"))
            return nil
        }
        guard let value = format.scalarText else {
            log.report(.wrongType(key: "format", expected: .text), line: format.line)
            return nil
        }
        guard value.trimmingWhitespace == PlanFile.format else {
            log.report(.planFormat(found: value), line: format.line)
            return nil
        }

        let series = f.record("series") { s in self.series(&s) }
        let checklist = f.record("checklist", required: false) { c in self.checklist(&c) } ?? []
        var ownIDs: [String: Int] = [:]
        let own = f.records("own_checklist", required: false) { o -> OwnPreparation? in
            let text = Self.text(&o, "item")
            let id = identifier(&o, kind: .preparation, seen: &ownIDs)
            let done = o.bool("done") ?? false
            return text.map { OwnPreparation(id: id, text: $0.trimmingWhitespace, done: done) }
        }
        _ = f.node("meetings", required: true)
        let meetings = f.records("meetings", required: false) { m in
            self.meeting(&m, seriesId: series?.id ?? "")
        }
        if meetings.count > Limits.meetingsPerSeries {
            log.report(
                .tooMany(key: "meetings", count: meetings.count, max: Limits.meetingsPerSeries),
                line: f.entryLine("meetings"))
        }
        f.finish()
        guard let series else { return nil }
        // Regular meetings by number, then the extra ones, then aftercare, as the planner keeps them.
        let ordered = meetings.sorted {
            ($0.meeting.kind.planRank, $0.meeting.number) < ($1.meeting.kind.planRank, $1.meeting.number)
        }
        var plan = SeriesPlan(series: series, meetings: ordered, checklist: checklist)
        plan.ownChecklist = own
        return plan
    }

    // MARK: Parts

    private func series(_ s: inout YAMLFields) -> Series? {
        // A plan written from scratch may leave the id out: it becomes a new series.
        let id = Self.text(&s, "id", required: false) ?? UUID().uuidString.lowercased()
        if UUID(uuidString: id) == nil { log.report(.badUUID(id), line: s.entryLine("id")) }
        let name = Self.text(&s, "name")
        let method = Self.text(&s, "method")
        if let method { check(method, .methodology, known: library.methods.map(\.id), line: s.entryLine("method")) }
        let organisation = Self.text(&s, "organisation")
        let municipality = Self.text(&s, "municipality", required: false, allowEmpty: true)
        let facilitators = Self.texts(&s, "facilitators")
        let venue: Venue? = s.choice("venue", required: false)
        let languages = Self.texts(&s, "languages")
        let log = self.log
        let groups: [TargetGroup] = s.list("groups", required: false) { $0 }
            .compactMap { YAMLFields.choice($0, key: "groups", log: log) }
        let groupSize = s.int("group_size", in: Limits.groupSize, required: false)
        let groupChoice = Self.texts(&s, "group_choice")
        let created =
            template
            ? dateTime(&s, "created", required: false) ?? Date(timeIntervalSince1970: 0)
            : dateTime(&s, "created", required: true)
        guard let name, let method, let organisation, let created else { return nil }
        return Series(
            id: id, name: name, methodId: method, organisation: organisation, municipality: municipality,
            expectedGroupSize: groupSize, createdAt: created, facilitators: facilitators, venue: venue,
            languages: languages, groups: groups, groupChoice: groupChoice)
    }

    /// Every item `true` or `false`; an item left out is not done.
    private func checklist(_ c: inout YAMLFields) -> Set<PreparationItem> {
        var done: Set<PreparationItem> = []
        for item in PreparationItem.allCases where c.bool(item.rawValue) == true { done.insert(item) }
        return done
    }

    private func meeting(_ m: inout YAMLFields, seriesId: String) -> MeetingPlan? {
        let number = m.int("number", in: 1...99)
        if let number { once(number, in: &meetingNumbers, line: m.entryLine("number")) }
        let kind: Meeting.Kind? = m.choice("kind")
        let starts = dateTime(&m, "starts", required: false)
        let minutes = m.int("minutes", in: 1...480, required: false)
        let state: Meeting.State? = m.choice("state", required: false)
        let id = identifier(&m, kind: .meeting, seen: &meetingIDs)
        let purpose = Self.text(&m, "purpose", required: false, allowEmpty: true) ?? ""
        let helpCard = references(&m, "help_card", to: .helpEntry, known: library.help.map(\.id))
        let blocks = m.records("blocks", required: false) { b in self.block(&b) }
        if blocks.count > Limits.blocksPerMeeting {
            log.report(
                .tooMany(key: "blocks", count: blocks.count, max: Limits.blocksPerMeeting), line: m.entryLine("blocks"))
        }
        guard let number, let kind else { return nil }
        let meeting = Meeting(
            id: id, seriesId: seriesId, number: number, kind: kind, startsAt: starts, plannedMinutes: minutes,
            state: state ?? .planned, purpose: purpose, helpCard: helpCard)
        return MeetingPlan(meeting: meeting, blocks: blocks)
    }

    private func block(_ b: inout YAMLFields) -> PlanBlock? {
        let title = Self.text(&b, "title")
        let id = identifier(&b, kind: .block, seen: &blockIDs)
        let kind: BlockKind? = b.choice("kind")
        let form = Self.text(&b, "form")
        if let form {
            check(form, .workingForm, known: library.base?.workingForms.map(\.id) ?? [], line: b.entryLine("form"))
        }
        let minutes = b.int("minutes", in: PlanBlock.minuteRange)
        let theme = Self.text(&b, "theme", required: false)
        if let theme { check(theme, .theme, known: library.themes.map(\.id), line: b.entryLine("theme")) }
        let chosenByGroup = b.bool("chosen_by_group") ?? false
        let guidance = Self.text(&b, "guidance", required: false, allowEmpty: true) ?? ""
        let materials = Self.text(&b, "materials", required: false, allowEmpty: true) ?? ""
        let questions = Self.texts(&b, "questions")
        let prompts = references(&b, "prompts", to: .prompt, known: library.prompts.map(\.id))
        guard let title, let kind, let form, let minutes else { return nil }
        return PlanBlock(
            id: id, title: title, kind: kind, form: form, minutes: minutes, theme: theme, guidance: guidance,
            materials: materials, questions: questions, prompts: prompts, chosenByGroup: chosenByGroup)
    }

    // MARK: Values

    /// A text as written: a quoted text exactly, including spaces at either end; a block text
    /// (`|`, `>`) without the line break YAML adds at its end.
    private static func value(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else { return nil }
        switch scalar.style {
        case .literal, .folded: return scalar.string.trimmingWhitespace
        default: return scalar.string
        }
    }

    private static func text(_ f: inout YAMLFields, _ key: String, required: Bool = true, allowEmpty: Bool = false)
        -> String?
    {
        guard let node = f.node(key, required: required) else { return nil }
        guard let text = value(node) else {
            f.log.report(.wrongType(key: key, expected: .text), line: node.line)
            return nil
        }
        guard limited(text, key: key, line: node.line, log: f.log) else { return nil }
        if !allowEmpty, text.allSatisfy(\.isWhitespace) {
            if required { f.log.report(.emptyValue(key), line: node.line) }
            return nil
        }
        return text
    }

    /// Keys whose text is a name or a title: `Limits.name` characters; other texts `Limits.text`.
    static let nameKeys: Set<String> = [
        "name", "organisation", "municipality", "title", "facilitators", "languages", "materials", "item",
    ]

    /// Whether `text` is within the limits for `key`: no control character but a tab or a
    /// line break (a NUL cuts a text short in SQLite and C, an ESC or a C1 code such as CSI
    /// would steer the terminal), and not longer
    /// than `Limits` says. Reports the mistake at `line` otherwise.
    static func limited(_ text: String, key: String, line: Int, log: DiagnosticLog) -> Bool {
        if SafeText.containsUnsafe(text, allowing: ["\r"]) {
            log.report(.controlCharacter(key: key), line: line)
            return false
        }
        let max = nameKeys.contains(key) ? Limits.name : Limits.text
        if text.count > max {
            log.report(.tooLong(key: key, length: text.count, max: max), line: line)
            return false
        }
        return true
    }

    private static func texts(_ f: inout YAMLFields, _ key: String) -> [String] {
        let log = f.log
        return f.list(key, required: false) { item in
            guard let text = value(item) else {
                log.report(.wrongType(key: key, expected: .text), line: item.line)
                return nil
            }
            return limited(text, key: key, line: item.line, log: log) ? text : nil
        }
    }

    /// A list of ids of content items, each checked against the library.
    private func references(_ f: inout YAMLFields, _ key: String, to kind: ContentKind, known: [String]) -> [String] {
        let log = f.log
        let items = f.list(key, required: false) { item -> (String, Int)? in
            guard let id = Self.value(item) else {
                log.report(.wrongType(key: key, expected: .text), line: item.line)
                return nil
            }
            return (id, item.line)
        }
        for (id, line) in items { check(id, kind, known: known, line: line) }
        return items.map(\.0)
    }

    private func check(_ id: String, _ kind: ContentKind, known: [String], line: Int) {
        guard !known.contains(id) else { return }
        log.report(.unknownReference(kind, id, suggestion: Suggestion.closest(to: id, in: known)), line: line)
    }

    /// The `id` of a meeting or block, new when left out; the same id twice is a mistake.
    private func identifier(_ f: inout YAMLFields, kind: ContentKind, seen: inout [String: Int]) -> String {
        guard let id = Self.text(&f, "id", required: false) else { return UUID().uuidString.lowercased() }
        let line = f.entryLine("id")
        if UUID(uuidString: id) == nil { log.report(.badUUID(id), line: line) }
        if let first = seen[id] {
            log.report(.duplicateID(kind, id, firstAt: "\(log.file):\(first)"), line: line)
        } else {
            seen[id] = line
        }
        return id
    }

    private func once(_ number: Int, in seen: inout [Int: Int], line: Int) {
        if let first = seen[number] {
            log.report(.duplicateNumber(key: "number", value: number, firstAt: "\(log.file):\(first)"), line: line)
        } else {
            seen[number] = line
        }
    }

    private func dateTime(_ f: inout YAMLFields, _ key: String, required: Bool) -> Date? {
        guard let node = f.node(key, required: required) else { return nil }
        guard let text = Self.value(node) else {
            log.report(.wrongType(key: key, expected: .text), line: node.line)
            return nil
        }
        guard let date = PlanFile.parseDateTime(text.trimmingWhitespace, calendar: calendar) else {
            log.report(.badDateTime(key: key, value: text), line: node.line)
            return nil
        }
        return date
    }
}
