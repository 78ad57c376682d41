/// One searchable piece of a method's page or of the common base: a rule, a phase, an agenda
/// block, a working form. The bibliotheek's `/` and `content search` find these, say where they
/// come from and open the page at that place.
package struct Passage: Equatable, Sendable {
    /// The part of a page a passage stands in (worded as the page's own headings).
    package enum Section: Equatable, Sendable {
        case typical, phases, rules, aftercare
        /// A meeting's purpose or one block of its agenda.
        case meeting(Int)
        case mission, principles, socratic, practice, groundRules, workingForms, tips, cautions
    }

    /// The method's id; nil for the common base (`methods/basis.yaml`).
    package var method: String?
    package var section: Section
    /// The passage's own name: a block's or rule's title, or the start of a bullet.
    package var name: String
    /// Everything a search looks in, the name included.
    package var texts: [String]
    /// Texts that stand on the page in this order, the last on the passage's first lines: the
    /// page scrolls to where the last of them is found after the ones before.
    package var anchors: [String]

    /// The meeting a purpose or an agenda block belongs to.
    package var meetingNumber: Int? {
        if case .meeting(let number) = section { number } else { nil }
    }
}

extension Library {
    /// Every passage of every method and of the common base, in the order the pages show them.
    package var passages: [Passage] {
        methods.flatMap { method in Self.passages(of: method, in: self) } + (base.map(Self.passages(of:)) ?? [])
    }

    static func passages(of method: Methodology, in library: Library) -> [Passage] {
        let id = method.id
        func named(_ section: Passage.Section, _ item: NamedText) -> Passage {
            Passage(
                method: id, section: section, name: item.name, texts: [item.name, item.text],
                anchors: [item.name, anchor(item.text)])
        }
        var found: [Passage] = method.typical.map { text in
            Passage(method: id, section: .typical, name: opening(text), texts: [text], anchors: [anchor(text)])
        }
        found += method.phases.map { named(.phases, $0) }
        for meeting in method.meetings {
            let start = anchor(meeting.purpose)
            found.append(
                Passage(
                    method: id, section: .meeting(meeting.number), name: opening(meeting.purpose),
                    texts: [meeting.purpose], anchors: [start]))
            for block in meeting.agenda {
                let form = library.workingForm(block.form)?.name ?? block.form
                found.append(
                    Passage(
                        method: id, section: .meeting(meeting.number), name: block.title,
                        texts: [block.title, form, block.guidance] + block.questions,
                        anchors: [start, block.title]))
            }
        }
        found += method.rules.map { named(.rules, $0) }
        if let aftercare = method.aftercare {
            found.append(
                Passage(
                    method: id, section: .aftercare, name: opening(aftercare.text), texts: [aftercare.text],
                    anchors: [anchor(aftercare.text)]))
        }
        return found
    }

    static func passages(of base: CommonBase) -> [Passage] {
        func named(_ section: Passage.Section, _ item: NamedText) -> Passage {
            Passage(
                method: nil, section: section, name: item.name, texts: [item.name, item.text],
                anchors: [item.name, anchor(item.text)])
        }
        var found = [
            Passage(
                method: nil, section: .mission, name: opening(base.mission), texts: [base.mission],
                anchors: [anchor(base.mission)])
        ]
        found += base.principles.map { named(.principles, $0) }
        found += base.socratic.principles.map { named(.socratic, $0) }
        found += base.socratic.practice.map { named(.practice, $0) }
        found += base.groundRules.map { rule in
            Passage(method: nil, section: .groundRules, name: opening(rule), texts: [rule], anchors: [anchor(rule)])
        }
        found += base.workingForms.map { form in
            Passage(
                method: nil, section: .workingForms, name: form.name,
                texts: [form.id, form.name, form.purpose] + form.how + (form.caution.map { [$0] } ?? []),
                anchors: [form.name, anchor(form.purpose)])
        }
        found += base.tips.map { named(.tips, $0) }
        found += base.cautions.map { caution in
            Passage(
                method: nil, section: .cautions, name: caution.name, texts: [caution.name, caution.text],
                anchors: [caution.name, anchor(caution.text)])
        }
        return found
    }

    /// The first words of a text, short enough to stand whole on the first line it wraps to.
    static func anchor(_ text: String) -> String {
        var taken = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            let next = taken.isEmpty ? String(word) : taken + " " + word
            if next.count > 20 { return taken.isEmpty ? String(next.prefix(20)) : taken }
            taken = next
        }
        return taken
    }

    /// A bullet's first words as its name in a list of results.
    static func opening(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(8).joined(separator: " ") + (words.count > 8 ? " ..." : "")
    }
}
