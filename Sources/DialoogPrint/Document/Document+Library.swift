import DialoogCore

/// The pages of the bibliotheek, as documents: the same page on screen and on the command line.
extension Document {
    package static func methodology(_ method: Methodology, in library: Library, language: Language, ascii: Bool)
        -> Document
    {
        let h = { (heading: LibraryHeading) in Block.heading(LibraryText.libraryHeading(heading).localized(language)) }
        var blocks: [Block] = [
            .title("\(method.organisation.short): \(method.name)"),
            .paragraph(method.summary),
            h(.organisation), .paragraph("\(method.organisation.name) (\(method.organisation.short))"),
            h(.goal), .paragraph(method.goal),
        ]
        if !method.subgoals.isEmpty { blocks += [h(.subgoals), .bullets(method.subgoals)] }
        blocks += [h(.targetGroup), .paragraph(method.targetGroup), h(.typical), .bullets(method.typical)]
        blocks += [h(.chain), .chain(method.chain)]
        if !method.phases.isEmpty { blocks += [h(.phases), .definitions(numbered(method.phases))] }
        if let choice = method.groupChoice {
            blocks += [
                h(.groupChoice), .paragraph(choice.text),
                .paragraph(LibraryText.groupChooses(choice.choose).localized(language), style: .accent),
                .bullets(choice.options.map { "\($0.name) (\(themeNames($0.themes, library)))" }),
            ]
        }
        blocks.append(h(.meetings))
        blocks.append(.paragraph(ProvenanceMark.legend(method, language: language, ascii: ascii), style: .dim))
        for meeting in method.meetings {
            blocks.append(
                .paragraph(
                    LibraryText.meetingHeading(number: meeting.number, minutes: meeting.minutes).localized(language),
                    style: .accent))
            blocks.append(.paragraph(meeting.purpose))
            if !meeting.themes.isEmpty {
                blocks += meeting.themes.map { themeLine($0, library, ascii: ascii) }
            }
            var agenda: [NamedText] = []
            for block in meeting.agenda {
                let form = library.workingForm(block.form)?.name ?? block.form
                let mark = ProvenanceMark.symbol(block.provenance, ascii: ascii)
                var name =
                    "\(mark) \(LibraryText.minutesShort(block.minutes).localized(language))  \(block.title) · \(form)"
                if let theme = block.theme { name += " · " + (library.theme(theme)?.name ?? theme) }
                if let choice = block.groupTheme {
                    name += " · \(PlanText.chosenByGroup.localized(language)) (\(choice))"
                }
                var text = ProvenanceMark.words(block.provenance, method: method, language: language)
                text += "\n" + block.guidance
                for (index, question) in block.questions.enumerated() {
                    let mark = ProvenanceMark.symbol(block.provenance(ofQuestion: index), ascii: ascii)
                    text += "\n? \(mark) \(question)"
                }
                agenda.append(NamedText(name: name, text: text))
            }
            blocks.append(.definitions(agenda))
        }
        blocks += variantBlocks(of: method, in: library, language: language)
        blocks += [h(.rules), .definitions(method.rules)]
        blocks += [
            h(.groupSize),
            .paragraph(
                LibraryText.groupSize(min: method.groupSize.min, max: method.groupSize.max).localized(language)
                    + (method.groupSize.text.map { ". " + $0 } ?? "")),
        ]
        if let aftercare = method.aftercare {
            blocks += [
                h(.aftercare),
                .paragraph(
                    LibraryText.aftercareAfter(weeks: aftercare.weeks).localized(language) + ". " + aftercare.text),
            ]
        }
        blocks += [
            h(.source), .paragraph(LibraryText.source(method.source).localized(language), style: .dim),
            .paragraph(
                LibraryText.origin(file: method.origin.file, replaces: method.origin.replaces).localized(language),
                style: .dim
            ),
        ]
        return Document(blocks)
    }

    package static func commonBase(_ base: CommonBase, language: Language) -> Document {
        let h = { (heading: LibraryHeading) in Block.heading(LibraryText.libraryHeading(heading).localized(language)) }
        return Document([
            .title(LibraryText.commonBaseTitle.localized(language)),
            h(.mission), .paragraph(base.mission),
            h(.principles), .definitions(base.principles),
            h(.socratic), .definitions(base.socratic.principles),
            h(.practice), .definitions(base.socratic.practice),
            h(.groundRules), .bullets(base.groundRules),
            h(.workingForms),
            .definitions(
                base.workingForms.map { form in
                    let minutes = LibraryText.minutesRange(form.minutes.min, form.minutes.max).localized(language)
                    let how = form.how.map { "- \($0)" }.joined(separator: "\n")
                    return NamedText(
                        name: "\(form.name) · \(minutes)",
                        text: form.purpose + "\n" + how + (form.caution.map { "\n! \($0)" } ?? ""))
                }),
            h(.tips), .definitions(base.tips),
            h(.cautions), .definitions(base.cautions.map { NamedText(name: $0.name, text: $0.text) }),
            h(.source), .paragraph(LibraryText.source(base.source).localized(language), style: .dim),
            .paragraph(
                LibraryText.origin(file: base.origin.file, replaces: base.origin.replaces).localized(language),
                style: .dim),
        ])
    }

    package static func theme(_ theme: Theme, in library: Library, language: Language, ascii: Bool) -> Document {
        let h = { (heading: LibraryHeading) in Block.heading(LibraryText.libraryHeading(heading).localized(language)) }
        var blocks: [Block] = [
            .title(theme.name),
            .marked(
                TemperatureMark.symbol(theme.temperature, ascii: ascii),
                style: TemperatureMark.emphasis(theme.temperature),
                text: LibraryText.temperatureName(theme.temperature).localized(language)),
            h(.description), .paragraph(theme.description),
        ]
        if !theme.leadsTo.isEmpty {
            blocks += [h(.leadsTo)] + theme.leadsTo.map { themeLine($0, library, ascii: ascii) }
        }
        if !theme.cautions.isEmpty { blocks += [h(.cautions), .bullets(theme.cautions)] }
        let prompts = library.prompts(theme: theme.id)
        for kind in PromptKind.allCases {
            let ofKind = prompts.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            blocks.append(.heading(LibraryText.promptKindName(kind).localized(language) + " (\(ofKind.count))"))
            blocks += ofKind.map { promptLine($0, language: language, ascii: ascii) }
        }
        let help = library.helpCard(themes: [theme.id])
        if !help.isEmpty {
            blocks += [
                h(.contact),
                .bullets(
                    help.map { entry in
                        entry.name + (entry.phone.map { " \($0)" } ?? "")
                            + (entry.professionalsOnly ? " (" + HelpCardText.kind(.professionals, language) + ")" : "")
                    }),
            ]
        }
        if let source = theme.source {
            blocks += [h(.source), .paragraph(LibraryText.source(source).localized(language), style: .dim)]
        }
        return Document(blocks)
    }

    /// Opening and closing questions, which belong to no theme.
    package static func meetingPrompts(_ kind: PromptKind, in library: Library, language: Language, ascii: Bool)
        -> Document
    {
        let prompts = library.prompts.filter { $0.kind == kind }
        return Document(
            [.title(LibraryText.promptKindName(kind).localized(language))]
                + prompts.map { promptLine($0, language: language, ascii: ascii) })
    }

    package static func help(_ entry: HelpEntry, in library: Library, language: Language, today: ContentDate)
        -> Document
    {
        let h = { (heading: LibraryHeading) in Block.heading(LibraryText.libraryHeading(heading).localized(language)) }
        let labelled = { (fields: [HelpCardText.Field]) in fields.map { "\($0.label): \($0.value)" } }
        var contact = labelled(HelpCardText.contact(entry, language))
        if contact.isEmpty { contact = ["Contact: " + HelpCardText.noContact(language)] }
        contact += labelled(HelpCardText.details(entry, language))
        let outdated = entry.checked.isOlder(thanMonths: 12, before: today)
        let checked =
            outdated ? LibraryText.checkedOutdated(entry.checked.description) : .checkedOn(entry.checked.description)
        // What someone needs first: who it is for, how to reach it, and whether the facts are fresh.
        var blocks: [Block] = [.title(entry.name)]
        blocks.append(
            .paragraph(
                HelpCardText.kind(entry.kind, language), style: entry.professionalsOnly ? .warning : .accent))
        blocks.append(.paragraph(checked.localized(language), style: outdated ? .warning : .dim))
        blocks += [h(.contact), .bullets(contact)]
        blocks += [h(.what), .paragraph(entry.what), h(.forWhom), .paragraph(entry.forWhom)]
        blocks += [h(.themes), .paragraph(themeNames(entry.themes, library))]
        blocks += [h(.source), .paragraph(LibraryText.source(entry.source).localized(language), style: .dim)]
        return Document(blocks)
    }

    /// "Als iemand iets vertelt": the short part to read in 30 seconds, then every point in full,
    /// each with the source lines it rests on.
    package static func disclosure(_ guide: DisclosureGuide, language: Language) -> Document {
        Document(disclosureBlocks(guide, language: language, asPage: true))
    }

    /// The disclosure page's blocks: under a title on its own page, under a heading in the plan.
    package static func disclosureBlocks(_ guide: DisclosureGuide, language: Language, asPage: Bool) -> [Block] {
        let words = { (words: HelpCardWords) in words.localized(language) }
        let title = guide.title
        var blocks: [Block] = [asPage ? .title(title) : .heading(title)]
        blocks.append(.paragraph(words(.disclosureShort), style: .accent))
        blocks.append(.bullets(guide.short.map(\.text)))
        blocks.append(.heading(words(.disclosureFull)))
        blocks.append(
            .definitions(
                guide.points.map { point in
                    NamedText(
                        name: point.name,
                        text: point.text + "\n" + words(.disclosureSource(point.source.text)))
                }))
        blocks.append(
            .paragraph(
                words(.disclosureShortSources(guide.short.map { $0.source.text }.joined(separator: "; "))),
                style: .dim))
        return blocks
    }

    package static func term(_ term: GlossaryTerm, language: Language) -> Document {
        var blocks: [Block] = [.title(term.term), .paragraph(term.text)]
        if !term.see.isEmpty { blocks.append(.paragraph("→ " + term.see.joined(separator: ", "), style: .dim)) }
        if let source = term.source {
            blocks.append(.paragraph(LibraryText.source(source).localized(language), style: .dim))
        }
        return Document(blocks)
    }

    private static func numbered(_ items: [NamedText]) -> [NamedText] {
        items.enumerated().map { NamedText(name: "\($0.offset + 1). \($0.element.name)", text: $0.element.text) }
    }

    private static func themeNames(_ ids: [String], _ library: Library) -> String {
        ids.map { library.theme($0)?.name ?? $0 }.joined(separator: ", ")
    }

    private static func themeLine(_ id: String, _ library: Library, ascii: Bool) -> Block {
        guard let theme = library.theme(id) else { return .paragraph(id) }
        return .marked(
            TemperatureMark.symbol(theme.temperature, ascii: ascii), style: TemperatureMark.emphasis(theme.temperature),
            text: theme.name)
    }

    /// A prompt with who it suits, so a trainer sees at once what fits a room of mothers.
    /// Its follow-up question, if it has one, comes with it.
    private static func promptLine(_ prompt: Prompt, language: Language, ascii: Bool) -> Block {
        let followUp = prompt.followUp.map { " " + LibraryText.followUp($0).localized(language) } ?? ""
        return .marked(
            TemperatureMark.symbol(prompt.temperature, ascii: ascii),
            style: TemperatureMark.emphasis(prompt.temperature),
            text: prompt.text + followUp + " (" + prompt.groups.map(\.rawValue).joined(separator: ", ") + ")")
    }
}
