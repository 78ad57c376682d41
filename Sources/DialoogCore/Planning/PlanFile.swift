import Foundation

/// A series plan as a YAML file (`dialoog plan export` / `dialoog plan import`): a trainer
/// prepares on one laptop, the gespreksleider runs the plan on another. Keys are English,
/// values Dutch, like the content files (docs/content-format.md, "Plan files").
///
/// The file is written by hand, line by line, so it is the same byte for byte for the same
/// plan. A text is written plain when that provably reads back as the same text, and as a
/// double-quoted string with escapes otherwise; `decode(encode(plan))` is `plan` (dates to the
/// minute for meetings, to the second for the series).
package enum PlanFile {
    /// The value of the `format` key: the file's kind and version.
    package static let format = "dialoog-plan 1"

    static let header = [
        "# Plan van een reeks dialoogbijeenkomsten, gemaakt door dialoog.",
        "# Je mag dit bestand met de hand bewerken en daarna inlezen met `dialoog plan import <bestand>`.",
        "# Sleutels zijn Engels, waarden Nederlands; een blok zonder id krijgt bij het inlezen een nieuwe.",
        "# A dialoog plan: edit it by hand if you like, then read it back with `dialoog plan import FILE`.",
    ]

    static let templateHeader = [
        "# Sjabloon voor een reeks dialoogbijeenkomsten, gemaakt door dialoog: een plan zonder id's, data en namen.",
        "# Een nieuwe reeks ernaar: `dialoog plan template use <naam> --name <reeks>`.",
        "# A dialoog template: a plan without ids, dates and people.",
    ]

    /// How long a prompt's text may be in the comment after its id.
    static let commentLength = 70

    /// `template` writes a template (`dialoog plan template save`): the same format without
    /// ids, dates, meeting states and what was done, which belong to one series only.
    package static func encode(
        _ plan: SeriesPlan, library: Library?, calendar: LocalCalendar, template: Bool = false
    ) -> String {
        var out = template ? templateHeader : header
        func add(_ depth: Int, _ line: String) { out.append(String(repeating: "  ", count: depth) + line) }
        // An id or a date is left out of a template; reading it back makes new ones.
        func own(_ depth: Int, _ line: String) { if !template { add(depth, line) } }

        let series = plan.series
        add(0, "format: \(format)")
        add(0, "series:")
        own(1, "id: \(scalar(series.id))")
        add(1, "name: \(scalar(series.name))")
        add(1, "method: \(scalar(series.methodId))")
        add(1, "organisation: \(scalar(series.organisation))")
        if let municipality = series.municipality { add(1, "municipality: \(scalar(municipality))") }
        add(1, "facilitators: \(flowList(series.facilitators))")
        if let venue = series.venue { add(1, "venue: \(venue.rawValue)") }
        add(1, "languages: \(flowList(series.languages))")
        add(1, "groups: \(flowList(series.groups.map(\.rawValue)))")
        if let size = series.expectedGroupSize { add(1, "group_size: \(size)") }
        if !series.groupChoice.isEmpty { add(1, "group_choice: \(flowList(series.groupChoice))") }
        own(1, "created: \(timestamp(series.createdAt, calendar))")

        add(0, "checklist:")
        for item in PreparationItem.allCases {
            add(1, "\(item.rawValue): \(!template && plan.checklist.contains(item))")
        }
        // The series' own items; left out when there are none, so older files read as before.
        if !plan.ownChecklist.isEmpty { add(0, "own_checklist:") }
        for item in plan.ownChecklist {
            add(1, "- item: \(scalar(item.text))")
            own(2, "id: \(scalar(item.id))")
            own(2, "done: \(item.done)")
        }

        add(0, plan.meetings.isEmpty ? "meetings: []" : "meetings:")
        for meetingPlan in plan.meetings {
            let meeting = meetingPlan.meeting
            add(1, "- number: \(meeting.number)")
            add(2, "kind: \(meeting.kind.rawValue)")
            if let starts = meeting.startsAt { own(2, "starts: \(wallClock(starts, calendar))") }
            if let minutes = meeting.plannedMinutes { add(2, "minutes: \(minutes)") }
            if meeting.state != .planned { own(2, "state: \(meeting.state.rawValue)") }
            own(2, "id: \(scalar(meeting.id))")
            add(2, "purpose: \(scalar(meeting.purpose))")
            add(2, "help_card: \(flowList(meeting.helpCard))")
            add(2, meetingPlan.blocks.isEmpty ? "blocks: []" : "blocks:")
            for block in meetingPlan.blocks {
                add(3, "- title: \(scalar(block.title))")
                own(4, "id: \(scalar(block.id))")
                add(4, "kind: \(block.kind.rawValue)")
                add(4, "form: \(scalar(block.form))")
                add(4, "minutes: \(block.minutes)")
                if let theme = block.theme { add(4, "theme: \(scalar(theme))") }
                if block.chosenByGroup { add(4, "chosen_by_group: true") }
                add(4, "guidance: \(scalar(block.guidance))")
                if !block.materials.isEmpty { add(4, "materials: \(scalar(block.materials))") }
                add(4, block.questions.isEmpty ? "questions: []" : "questions:")
                for question in block.questions { add(5, "- \(scalar(question))") }
                add(4, block.prompts.isEmpty ? "prompts: []" : "prompts:")
                for id in block.prompts {
                    let text = library?.prompt(id).map { "  # " + comment($0.text) } ?? ""
                    add(5, "- \(scalar(id))\(text)")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Dates

    /// `2026-12-01 19:30` on the wall clock: what a trainer reads and types.
    static func wallClock(_ date: Date, _ calendar: LocalCalendar) -> String {
        let p = calendar.parts(of: date)
        return "\(pad(p.year, 4))-\(pad(p.month))-\(pad(p.day)) \(pad(p.hour)):\(pad(p.minute))"
    }

    /// `2026-12-01T19:30:05+01:00`: the wall clock with its offset, exact to the second
    /// whatever the zone of the laptop that reads it.
    static func timestamp(_ date: Date, _ calendar: LocalCalendar) -> String {
        let p = calendar.parts(of: date)
        let local =
            LocalCalendar.days(year: p.year, month: p.month, day: p.day) * 86_400 + p.hour * 3600 + p.minute * 60
            + p.second
        let offset = local - Int(date.timeIntervalSince1970.rounded(.down))
        let sign = offset < 0 ? "-" : "+"
        let zone = offset == 0 ? "Z" : "\(sign)\(pad(abs(offset) / 3600)):\(pad(abs(offset) % 3600 / 60))"
        return "\(pad(p.year, 4))-\(pad(p.month))-\(pad(p.day))T\(pad(p.hour)):\(pad(p.minute)):\(pad(p.second))\(zone)"
    }

    private static func pad(_ n: Int, _ width: Int = 2) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: Scalars

    /// A text as a YAML scalar: plain when it reads back unchanged, else double-quoted.
    /// `flow` is for items of a `[...]` list, where `,`, `[`, `]`, `{`, `}` end a plain text.
    package static func scalar(_ text: String, flow: Bool = false) -> String {
        isPlainSafe(text, flow: flow) ? text : doubleQuoted(text)
    }

    static func flowList(_ items: [String]) -> String {
        "[" + items.map { scalar($0, flow: true) }.joined(separator: ", ") + "]"
    }

    /// Deliberately strict: one line, no surrounding spaces, no character that could start
    /// something else (a list item, a comment, a quote, a tag), no `: ` or ` #` inside, and
    /// not a word YAML reads as null.
    static func isPlainSafe(_ text: String, flow: Bool) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        if ["~", "null", "Null", "NULL"].contains(text) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) || first == " " || last == " " || last == ":" {
            return false
        }
        // By scalar, not by Character: a combining mark after the space must not hide it.
        for (a, b) in zip(scalars, scalars.dropFirst()) where (a == ":" && b == " ") || (a == " " && b == "#") {
            return false
        }
        if flow, scalars.contains(where: { ",[]{}:#".unicodeScalars.contains($0) }) { return false }
        return scalars.allSatisfy { $0.value >= 0x20 && isPrintable($0) }
    }

    /// YAML's printable characters, without the line breaks libyaml also accepts (NEL, LS, PS).
    static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x20...0x7E: true
        case 0xA0...0xD7FF, 0xE000...0xFFFD: s.value != 0xFEFF && s.value != 0x2028 && s.value != 0x2029
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if isPrintable(s) {
                    out.unicodeScalars.append(s)
                } else {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    let (escape, width) = s.value <= 0xFF ? ("x", 2) : s.value <= 0xFFFF ? ("u", 4) : ("U", 8)
                    out += "\\" + escape + String(repeating: "0", count: width - hex.count) + hex
                }
            }
        }
        return out + "\""
    }

    /// A prompt's text on one line, short enough to follow its id as a comment.
    static func comment(_ text: String) -> String {
        let words = text.unicodeScalars.map { isPrintable($0) && $0.value >= 0x20 ? Character($0) : " " }
        let line = String(words).split(separator: " ").joined(separator: " ")
        guard line.count > commentLength else { return line }
        return String(line.prefix(commentLength - 1)).trimmingWhitespace + "…"
    }
}
