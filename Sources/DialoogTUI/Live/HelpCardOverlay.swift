import DialoogCore
import DialoogPrint

/// The help card, large enough to turn the laptop toward someone: the acute number on top in
/// block digits with its name, then the card composed as the printed plan composes it (the
/// lines that are always there, the meeting's themes, what earlier signals call for, the local
/// entries), each entry with one line of what it is and one of whom it is for, and every field
/// labelled, so "0800-2000 · 9 tot 17 uur" cannot be misread; professionals-only entries say
/// so. Every word comes from the help entries themselves: no number is written here that the
/// content does not hold. `/` searches the whole directory (`DirectoryOverlay`).
enum HelpCardOverlay {
    static func draw(_ state: AppState, offset: Int, into canvas: inout Canvas) {
        let language = state.language
        let box = LiveBox.draw(title: LiveWords.helpCardTitle.localized(language), maxWidth: 100, into: &canvas)
        guard box.rows > 0 else { return }
        guard state.library != nil else {
            canvas.text(
                LiveWords.helpCardLoading.localized(language), x: box.inner, y: box.top, style: .dim,
                maxWidth: box.innerWidth)
            return
        }
        let card = state.liveHelpCard.items
        let municipality = state.live.meeting?.series.municipality
        let acuteIndex = card.firstIndex { $0.entry.acute }
        let start = max(0, min(offset, card.count - 1))
        var lines: [LiveLine] = []
        if let acuteIndex {
            // Large on the first page (and always on a tall screen); one line once scrolled.
            let large = start == 0 || box.rows >= 30
            lines =
                large
                ? banner(card[acuteIndex].entry, box: box, ascii: canvas.asciiOnly, compact: box.rows < 16)
                : [oneLine(card[acuteIndex].entry, glyphs: canvas.glyphs), .blank]
        }
        let rest = Array(card.indices.dropFirst(start)).filter { $0 != acuteIndex }
        var shown = 0
        for index in rest {
            let item = entryLines(
                card[index].entry, part: card[index].part, municipality: municipality, full: false,
                width: box.innerWidth, language: language, glyphs: canvas.glyphs)
            // An entry that does not fit whole waits for the next page, unless none would show.
            guard lines.count + item.count - 1 <= box.rows || shown == 0 else { break }
            lines += item
            shown += 1
        }
        for (row, line) in lines.prefix(box.rows).enumerated() {
            line.draw(x: box.inner, y: box.top + row, width: box.innerWidth, into: &canvas)
        }
        box.drawMore(rest.count - shown, language: language, into: &canvas)
    }

    /// The acute number in block digits, centred, with its name and hours below.
    private static func banner(_ entry: HelpEntry, box: LiveBox, ascii: Bool, compact: Bool) -> [LiveLine] {
        var lines: [LiveLine] = []
        if let phone = entry.phone {
            let small = compact || BigDigits.width(phone, compact: false) > box.innerWidth
            if BigDigits.width(phone, compact: true) <= box.innerWidth {
                let rows = BigDigits.rows(phone, compact: small, ascii: ascii)
                let indent = max(0, (box.innerWidth - BigDigits.width(phone, compact: small)) / 2)
                lines += rows.map { LiveLine($0, style: .error, indent: indent) }
            } else {
                lines.append(LiveLine(phone, style: .error))
            }
        }
        let name = [entry.name, entry.hours].compactMap { $0 }.joined(separator: ascii ? " - " : " · ")
        let indent = max(0, (box.innerWidth - TextWidth.of(name)) / 2)
        lines.append(LiveLine(name, style: .heading, indent: indent))
        lines.append(.blank)
        return lines
    }

    /// "112  Alarmnummer 112 · 24/7" when the card is scrolled.
    private static func oneLine(_ entry: HelpEntry, glyphs: Glyphs) -> LiveLine {
        var parts: [LiveLine.Part] = []
        if let phone = entry.phone { parts.append(.init(text: phone + "  ", style: .error)) }
        parts.append(.init(text: entry.name, style: .heading))
        if let hours = entry.hours { parts.append(.init(text: " \(glyphs.separator) " + hours, style: .normal)) }
        return LiveLine(parts)
    }

    /// An entry: its name and kind (and why it is on the card, when an earlier signal or the
    /// municipality brought it), what it is and for whom, then each field with its label, and a
    /// blank line after it. `full` (the directory) gives what and for whom whole, and the check
    /// date (`checked`, which defaults to `full`); on the card each is one line.
    static func entryLines(
        _ entry: HelpEntry, part: HelpCard.Part?, municipality: String?, full: Bool, checked: Bool? = nil, width: Int,
        language: Language, glyphs: Glyphs
    ) -> [LiveLine] {
        let indent = 2
        let separator = " \(glyphs.separator) "
        let name = entry.municipality.map { "\(entry.name) (\($0))" } ?? entry.name
        var why = HelpCardText.kind(entry.kind, language)
        if let part, part == .signals || part == .local {
            why += separator + HelpCardText.part(part, municipality: municipality, language)
        }
        let kindStyle: Style = entry.professionalsOnly ? .warning : .dim
        var lines: [LiveLine]
        if TextWidth.of(name + separator + why) <= width {
            lines = [LiveLine([.init(text: name, style: .heading), .init(text: separator + why, style: kindStyle)])]
        } else {
            lines =
                [LiveLine(name, style: .heading)]
                + LiveLine.wrapped(why, width: width, style: kindStyle, indent: indent)
        }
        let label = { (field: HelpCardWords.Label) in HelpCardWords.label(field).localized(language) + ": " }
        func field(_ label: String, _ value: String, style: Style = .normal, whole: Bool = true) -> [LiveLine] {
            guard whole else {
                let room = max(1, width - indent - TextWidth.of(label))
                let cut = TextWidth.truncate(Self.summary(value), to: room, ellipsis: glyphs.ellipsis)
                return [LiveLine([.init(text: label, style: .dim), .init(text: cut, style: style)], indent: indent)]
            }
            return LiveLine.wrapped(value, width: width, style: style, first: label, indent: indent)
        }
        lines += field(label(.what), entry.what, whole: full)
        lines += field(label(.forWhom), entry.forWhom, whole: full)
        let contact = HelpCardText.contact(entry, language)
        if contact.isEmpty {
            lines += field(label(.contact), HelpCardText.noContact(language), style: .warning)
        }
        var fields = contact[...]
        if let phone = fields.first, phone.key == "phone" {
            fields = fields.dropFirst()
            // The phone's hours on its own line when both fit, so the number stands out.
            let phoneLine = LiveLine(
                [.init(text: phone.label + ": ", style: .dim), .init(text: phone.value, style: .accent)],
                indent: indent)
            if let hours = fields.first, hours.key == "phone_hours",
                TextWidth.of("\(phone.label): \(phone.value)   \(hours.label): \(hours.value)") <= width - indent
            {
                fields = fields.dropFirst()
                lines.append(
                    LiveLine(
                        phoneLine.parts + [
                            .init(text: "   \(hours.label): ", style: .dim), .init(text: hours.value, style: .normal),
                        ], indent: indent))
            } else {
                lines.append(phoneLine)
            }
        }
        for rest in fields { lines += field(rest.label + ": ", rest.value) }
        let details = HelpCardText.details(entry, language).filter { $0.key != "municipality" }
        if !details.isEmpty {
            lines += LiveLine.wrapped(
                details.map { "\($0.label): \($0.value)" }.joined(separator: separator), width: width, style: .dim,
                indent: indent)
        }
        if checked ?? full {
            let checked = HelpCardText.checked(entry, language)
            lines.append(LiveLine("\(checked.label): \(checked.value)", style: .dim, indent: indent))
        }
        return lines + [.blank]
    }

    /// The first part of a text, up to its first colon or semicolon: "Advies- en meldpunt bij
    /// huiselijk geweld en kindermishandeling", for one line on the card.
    static func summary(_ text: String) -> String {
        let end = text.firstIndex { $0 == ":" || $0 == ";" } ?? text.endIndex
        let cut = String(text[..<end]).trimmingCharacters(in: .whitespaces)
        return cut.isEmpty ? text : cut
    }
}
