import DialoogCore

/// The part of a methodology's page that shows its group variants: for whom its own agenda is
/// written, then per variant what changes and, per meeting it replaces, its purpose and agenda.
extension Document {
    /// Nothing when the method has no variants file.
    package static func variantBlocks(of method: Methodology, in library: Library, language: Language) -> [Block] {
        guard let file = library.variants(of: method.id) else { return [] }
        var blocks: [Block] = [
            .heading(VariantText.heading.localized(language)),
            .paragraph(VariantText.writtenFor(file.writtenFor, variants: !file.variants.isEmpty).localized(language)),
        ]
        for variant in file.variants {
            blocks.append(.paragraph(VariantText.variantFor(variant.groups).localized(language), style: .accent))
            blocks.append(.paragraph(variant.summary))
            let meetings = method.meetings(for: variant)
            for replaced in variant.meetings {
                guard let meeting = meetings.first(where: { $0.number == replaced.number }) else { continue }
                blocks.append(
                    .paragraph(
                        LibraryText.meetingHeading(number: meeting.number, minutes: meeting.minutes)
                            .localized(language),
                        style: .accent))
                blocks.append(.paragraph(meeting.purpose))
                let own = zip(replaced.agenda, meeting.agenda).map { source, block -> NamedText in
                    if case .kept = source {
                        return NamedText(
                            name: agendaLine(block, library, language), text: VariantText.kept.localized(language))
                    }
                    return agendaItem(block, library, language)
                }
                blocks.append(.definitions(own))
            }
        }
        return blocks
    }

    /// One block of an agenda as the method's page lists it: minutes, title, working form and
    /// theme on the line, its guidance and questions below.
    private static func agendaItem(_ block: AgendaBlock, _ library: Library, _ language: Language) -> NamedText {
        var text = block.guidance
        if !block.questions.isEmpty { text += "\n" + block.questions.map { "? \($0)" }.joined(separator: "\n") }
        return NamedText(name: agendaLine(block, library, language), text: text)
    }

    private static func agendaLine(_ block: AgendaBlock, _ library: Library, _ language: Language) -> String {
        let form = library.workingForm(block.form)?.name ?? block.form
        var name = "\(LibraryText.minutesShort(block.minutes).localized(language))  \(block.title) · \(form)"
        if let theme = block.theme { name += " · " + (library.theme(theme)?.name ?? theme) }
        return name
    }
}
