import Yams

/// Turns the YAML tree of one file into model values. Each reader asks for exactly the keys of
/// the format (docs/content-format.md); everything else is reported as an unknown key.
enum ContentDecoding {
    static let maxMinutes = 240

    static func source(_ f: inout YAMLFields, required: Bool = true) -> SourceRef? {
        f.record("source", required: required) { s in
            let document = s.text("document")
            let section = s.text("section")
            let lines = s.text("lines", required: false)
            guard let document, let section else { return nil }
            return SourceRef(document: document, section: section, lines: lines)
        }
    }

    static func namedTexts(_ f: inout YAMLFields, _ key: String, required: Bool = true) -> [NamedText] {
        f.records(key, required: required) { n in
            let name = n.text("name")
            let text = n.text("text")
            guard let name, let text else { return nil }
            return NamedText(name: name, text: text)
        }
    }

    static func id(_ f: inout YAMLFields, _ key: String = "id") -> String? {
        guard let id = f.text(key) else { return nil }
        guard isValidID(id) else {
            f.log.report(.badID(id), line: f.entryLine(key))
            return nil
        }
        return id
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.first != "-" && id.last != "-"
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: methods/

    static func methodology(_ f: inout YAMLFields, id: String, origin: ContentOrigin) -> Methodology? {
        let name = f.text("name")
        let organisation: Methodology.Organisation? = f.record("organisation") { o in
            let name = o.text("name")
            let short = o.text("short")
            guard let name, let short else { return nil }
            return .init(name: name, short: short)
        }
        let summary = f.text("summary")
        let goal = f.text("goal")
        let subgoals = f.texts("subgoals", required: false)
        let targetGroup = f.text("target_group")
        let typical = f.texts("typical")
        let chain = f.texts("chain")
        let phases = namedTexts(&f, "phases", required: false)
        let groupChoice: Methodology.GroupChoice? = f.record("group_choice", required: false) { g in
            let text = g.text("text")
            let choose = g.int("choose", in: 1...10)
            let options: [Methodology.GroupChoice.Option] = g.records("options") { o in
                let name = o.text("name")
                let themes = o.references("themes", to: .theme)
                guard let name else { return nil }
                return .init(name: name, themes: themes)
            }
            guard let text, let choose else { return nil }
            if choose > options.count, !options.isEmpty {
                g.log.report(.choiceTooLarge(choose: choose, options: options.count), line: g.entryLine("choose"))
            }
            return .init(text: text, choose: choose, options: options)
        }
        // Read before the meetings: a block's `group_theme` is checked against `choose`.
        let meetings = f.records("meetings") { m in meeting(&m, choose: groupChoice?.choose ?? 0) }
        let rules = namedTexts(&f, "rules")
        let groupSize: Methodology.GroupSize? = f.record("group_size") { g in
            let min = g.int("min", in: 1...500)
            let max = g.int("max", in: 1...500)
            let text = g.text("text", required: false)
            guard let min, let max else { return nil }
            if min > max { g.log.report(.minAboveMax(key: "group_size", min: min, max: max), line: g.line) }
            return .init(min: min, max: max, text: text)
        }
        let aftercare: Methodology.Aftercare? = f.record("aftercare", required: false) { a in
            let weeks = a.int("weeks", in: 1...104)
            let text = a.text("text")
            guard let weeks, let text else { return nil }
            return .init(weeks: weeks, text: text)
        }
        let source = source(&f)

        let numbers = meetings.map(\.number)
        // Only when every meeting could be read; otherwise the meeting's own problem says enough.
        if let count = f.itemCount("meetings"), count == meetings.count, numbers.sorted() != [1, 2, 3] {
            f.log.report(.meetingsIncomplete(found: numbers), line: f.entryLine("meetings"))
        }
        guard let name, let organisation, let summary, let goal, let targetGroup, let groupSize, let source
        else { return nil }
        return Methodology(
            id: id, name: name, organisation: organisation, summary: summary, goal: goal, subgoals: subgoals,
            targetGroup: targetGroup, typical: typical, chain: chain, phases: phases,
            meetings: meetings.sorted { $0.number < $1.number }, groupChoice: groupChoice, rules: rules,
            groupSize: groupSize, aftercare: aftercare, source: source, origin: origin)
    }

    static func meeting(_ m: inout YAMLFields, choose: Int) -> MethodMeeting? {
        let number = m.int("number", in: 1...3)
        let purpose = m.text("purpose")
        let themes = m.references("themes", to: .theme, required: false)
        let agenda = m.records("agenda") { b in block(&b, choose: choose) }
        guard let number, let purpose else { return nil }
        return MethodMeeting(number: number, purpose: purpose, themes: themes, agenda: agenda)
    }

    /// `choose` is how many themes the group chooses (0 when the method has no choice).
    static func block(_ b: inout YAMLFields, choose: Int) -> AgendaBlock? {
        let title = b.text("title")
        let kind: BlockKind? = b.choice("kind")
        let form = b.reference("form", to: .workingForm)
        let minutes = b.int("minutes", in: 1...maxMinutes)
        let theme = b.reference("theme", to: .theme, required: false)
        let guidance = b.text("guidance")
        let blockProvenance = provenance(&b)
        let log = b.log
        let questions: [(text: String, provenance: Provenance?)] = b.list("questions", required: false) { item in
            if let text = item.scalarText, !text.allSatisfy(\.isWhitespace) {
                return (text.trimmingWhitespace, blockProvenance)
            }
            // A mapping gives a question its own provenance.
            guard case .mapping = item, var q = YAMLFields(item, log: log, key: "questions") else {
                log.report(.wrongType(key: "questions", expected: .text), line: item.line)
                return nil
            }
            defer { q.finish() }
            let text = q.text("text")
            let own = Self.provenance(&q)
            guard let text else { return nil }
            return (text, own)
        }
        var groupTheme = b.int("group_theme", in: 1...10, required: false)
        if let value = groupTheme, value > choose {
            b.log.report(.groupThemeOutOfChoice(value: value, choose: choose), line: b.entryLine("group_theme"))
            groupTheme = nil
        }
        if theme != nil, groupTheme != nil { b.log.report(.themeAndGroupTheme, line: b.entryLine("group_theme")) }
        guard let title, let kind, let form, let minutes, let guidance, let provenance = blockProvenance else {
            return nil
        }
        return AgendaBlock(
            title: title, kind: kind, form: form, minutes: minutes, theme: theme, guidance: guidance,
            questions: questions.map(\.text), groupTheme: groupTheme, provenance: provenance,
            questionProvenance: questions.map { $0.provenance ?? provenance })
    }

    /// `by:` and, for the organisation's own, `source:` with lines of the method's source document.
    static func provenance(_ f: inout YAMLFields) -> Provenance? {
        let owner: Provenance.Owner? = f.choice("by")
        let lines = f.text("source", required: false)
        switch owner {
        case .organisatie:
            guard let lines else {
                f.log.report(.provenanceNeedsSource, line: f.entryLine("by"))
                return nil
            }
            guard Provenance.isValidLines(lines) else {
                f.log.report(.badProvenanceLines(lines), line: f.entryLine("source"))
                return nil
            }
            let parts = lines.split(separator: ",").map { String($0).trimmingWhitespace }
            return .organisation(lines: parts.joined(separator: ", "))
        case .dialoog:
            if lines != nil {
                f.log.report(.provenanceSourceWithDialoog, line: f.entryLine("source"))
                return nil
            }
            return .dialoog
        case nil:
            return nil
        }
    }

    static func commonBase(_ f: inout YAMLFields, origin: ContentOrigin) -> CommonBase? {
        let mission = f.text("mission")
        let principles = namedTexts(&f, "principles")
        let socratic: CommonBase.Socratic? = f.record("socratic") { s in
            .init(principles: namedTexts(&s, "principles"), practice: namedTexts(&s, "practice"))
        }
        let groundRules = f.texts("ground_rules")
        let forms = f.records("working_forms") { w in workingForm(&w) }
        let tips = namedTexts(&f, "tips")
        let cautions: [CommonBase.Caution] = f.records("cautions") { c in
            let id = id(&c)
            let name = c.text("name")
            let text = c.text("text")
            guard let id, let name, let text else { return nil }
            return .init(id: id, name: name, text: text)
        }
        let source = source(&f)
        guard let mission, let socratic, let source else { return nil }
        return CommonBase(
            mission: mission, principles: principles, socratic: socratic, groundRules: groundRules,
            workingForms: forms, tips: tips, cautions: cautions, source: source, origin: origin)
    }

    static func workingForm(_ w: inout YAMLFields) -> WorkingForm? {
        let id = id(&w)
        let name = w.text("name")
        let purpose = w.text("purpose")
        let minutes: WorkingForm.MinuteRange? = w.record("minutes") { m in
            let min = m.int("min", in: 1...maxMinutes)
            let max = m.int("max", in: 1...maxMinutes)
            guard let min, let max else { return nil }
            if min > max { m.log.report(.minAboveMax(key: "minutes", min: min, max: max), line: m.line) }
            return .init(min: min, max: max)
        }
        let how = w.texts("how")
        let caution = w.text("caution", required: false)
        guard let id, let name, let purpose, let minutes else { return nil }
        return WorkingForm(id: id, name: name, purpose: purpose, minutes: minutes, how: how, caution: caution)
    }

    // MARK: content/

    static func theme(_ f: inout YAMLFields, id: String, origin: ContentOrigin) -> Theme? {
        let name = f.text("name")
        let temperature: Temperature? = f.choice("temperature")
        let description = f.text("description")
        let leadsTo = f.references("leads_to", to: .theme, required: false, rule: temperature.map { .funnelFrom($0) })
        let cautions = f.texts("cautions", required: false)
        let source = source(&f, required: false)
        guard let name, let temperature, let description else { return nil }
        return Theme(
            id: id, name: name, temperature: temperature, description: description, leadsTo: leadsTo,
            cautions: cautions, source: source, origin: origin)
    }

    /// A prompts file: an optional default theme and a list of prompts.
    static func prompts(_ f: inout YAMLFields, origin: ContentOrigin) -> [(Prompt, line: Int)] {
        let fileTheme = f.reference("theme", to: .theme, required: false)
        return f.records("prompts") { p in
            let line = p.line
            return prompt(&p, fileTheme: fileTheme, origin: origin).map { ($0, line) }
        }
    }

    static func prompt(_ p: inout YAMLFields, fileTheme: String?, origin: ContentOrigin) -> Prompt? {
        let id = id(&p)
        let kind: PromptKind? = p.choice("kind")
        let text = p.text("text")
        let theme = p.reference("theme", to: .theme, required: false) ?? fileTheme
        let temperature: Temperature? = p.choice("temperature")
        let groupNodes = p.list("groups") { $0 }
        let groups: [TargetGroup] = groupNodes.compactMap { YAMLFields.choice($0, key: "groups", log: p.log) }
        let form = p.reference("form", to: .workingForm)
        if p.node("translations", required: false) != nil {
            let catalog = "translations/en/" + Library.source(of: origin) + ".yaml"
            p.log.report(
                .inlineTranslations(key: "translations", kind: .prompt, catalog: catalog),
                line: p.entryLine("translations"))
        }
        let followUp = p.text("follow_up", required: false)
        if let kind, kind.needsTheme, theme == nil {
            p.log.report(.themeRequired(kind: kind.rawValue), line: p.line)
        }
        if let theme, let temperature {
            p.log.require(theme: theme, .promptOfTemperature(temperature), line: p.entryLine("temperature"))
        }
        guard let id, let kind, let text, let temperature, let form, !groups.isEmpty else { return nil }
        return Prompt(
            id: id, kind: kind, text: text, theme: theme, temperature: temperature, groups: groups, form: form,
            followUp: followUp, translations: [:], origin: origin)
    }

    static func helpEntry(_ f: inout YAMLFields, id: String, origin: ContentOrigin) -> HelpEntry? {
        let name = f.text("name")
        let what = f.text("what")
        let forWhom = f.text("for")
        let phone = f.text("phone", required: false)
        let web = f.text("web", required: false)
        let hours = f.text("hours", required: false)
        let chat = f.text("chat", required: false)
        let languages = f.texts("languages", required: false)
        let anonymous: Anonymity? = f.choice("anonymous", required: false)
        // `kind` places the entry on a card. Older files said `acute: true` or
        // `professionals_only: true`; those still read, and must agree with `kind` when both are there.
        let written: HelpKind? = f.choice("kind", required: false)
        let professionalsOnly = f.bool("professionals_only")
        let acute = f.bool("acute")
        var kind = written ?? (acute == true ? .acuut : professionalsOnly == true ? .professionals : .slachtoffers)
        if let written {
            if acute == true, written != .acuut {
                f.log.report(.helpKindDisagrees(key: "acute", kind: written.rawValue), line: f.entryLine("acute"))
            }
            if professionalsOnly == true, written != .professionals {
                f.log.report(
                    .helpKindDisagrees(key: "professionals_only", kind: written.rawValue),
                    line: f.entryLine("professionals_only"))
            }
            kind = written
        }
        let always: HelpAlways? = f.choice("always", required: false)
        let signalNodes = f.list("signals", required: false) { $0 }
        let signals: [Signal.Category] = signalNodes.compactMap { YAMLFields.choice($0, key: "signals", log: f.log) }
        let themes = f.references("themes", to: .theme)
        let municipality = f.text("municipality", required: false)
        if id.hasPrefix("lokaal-"), municipality == nil {
            f.log.report(.localWithoutMunicipality, line: f.line)
        }
        if municipality != nil, always != nil {
            f.log.report(.alwaysAndMunicipality, line: f.entryLine("always"))
        }
        if kind == .acuut, municipality != nil {
            f.log.report(.acuteIsNational, line: f.entryLine("municipality"))
        }
        let checked = f.date("checked")
        let source = source(&f)
        guard let name, let what, let forWhom, let checked, let source else { return nil }
        return HelpEntry(
            id: id, name: name, what: what, forWhom: forWhom, phone: phone, web: web, hours: hours, chat: chat,
            languages: languages, anonymous: anonymous, kind: kind, always: always, signals: signals,
            themes: themes, municipality: municipality, checked: checked, source: source, origin: origin)
    }

    static func disclosure(_ f: inout YAMLFields, origin: ContentOrigin) -> DisclosureGuide? {
        let catalog = "translations/en/" + Library.disclosureSource + ".yaml"
        /// English written beside the Dutch, as the page once had it, belongs in the catalog.
        func refuseInline(_ f: inout YAMLFields, _ key: String) {
            guard f.node(key, required: false) != nil else { return }
            f.log.report(.inlineTranslations(key: key, kind: .disclosure, catalog: catalog), line: f.entryLine(key))
        }
        let title = f.text("title")
        refuseInline(&f, "title_en")
        let short = f.records("short") { l -> DisclosureGuide.Line? in
            let text = l.text("text")
            refuseInline(&l, "en")
            let source = sourceLines(&l)
            guard let text, let source else { return nil }
            return DisclosureGuide.Line(text: text, source: source)
        }
        let points = f.records("points") { p -> DisclosureGuide.Point? in
            let name = p.text("name")
            refuseInline(&p, "name_en")
            let text = p.text("text")
            refuseInline(&p, "en")
            let source = sourceLines(&p)
            guard let name, let text, let source else { return nil }
            return DisclosureGuide.Point(name: name, text: text, source: source)
        }
        guard let title, !short.isEmpty, !points.isEmpty else { return nil }
        return DisclosureGuide(title: title, short: short, points: points, origin: origin)
    }

    /// A required `source: "000:1482-1531, 004:982"`.
    private static func sourceLines(_ f: inout YAMLFields) -> [SourceLines]? {
        guard let text = f.text("source") else { return nil }
        guard let lines = SourceLines.parse(text) else {
            f.log.report(.badSourceLines(text), line: f.entryLine("source"))
            return nil
        }
        return lines
    }

    static func glossary(_ f: inout YAMLFields) -> [(GlossaryTerm, line: Int)] {
        f.records("terms") { t in
            let line = t.line
            let term = t.text("term")
            let text = t.text("text")
            let see = t.references("see", to: .term, required: false)
            let source = source(&t, required: false)
            guard let term, let text else { return nil }
            return (GlossaryTerm(term: term, text: text, see: see, source: source), line)
        }
    }
}
