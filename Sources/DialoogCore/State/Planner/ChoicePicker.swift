import Foundation

/// A list to choose one value from by typing part of its name (type-ahead), ↑↓ and Enter:
/// the block editor's theme and working form, instead of stepping through them with ←→, and
/// the block the planner adds (`A`): one of the method's agenda blocks or a working form; the
/// meeting's topic (`T`); and the template a new series starts from (`s` in its form).
package struct ChoicePicker: Equatable, Sendable {
    package enum Subject: Equatable, Sendable {
        case theme, form
        /// A new block for the planner, from the agenda of the method `method` or a working form.
        case block(method: String)
        /// `T`: the topic of the meeting under the cursor, from the method's list (`MeetingTopic`).
        case topic(method: String)
        /// `s` in the new-series form: a template to start from, by the names of the
        /// templates folder's files.
        case template(names: [String])
    }

    /// One value the list offers: its id (nil is "no theme") and the name it is found by.
    package struct Item: Equatable, Sendable {
        package var id: String?
        package var name: String
    }

    package var subject: Subject
    /// What has been typed to narrow the list.
    package var filter = TextField()
    /// An index into `items(library:)`.
    package var selection = 0

    package init(subject: Subject, selection: Int = 0) {
        self.subject = subject
        self.selection = selection
    }

    /// Every value of the subject, in the library's order (themes from cold to hot, "no theme"
    /// first), before filtering.
    package static func all(_ subject: Subject, library: Library?) -> [Item] {
        switch subject {
        case .theme: [Item(id: nil, name: "")] + (library?.themes.map { Item(id: $0.id, name: $0.name) } ?? [])
        case .form: library?.base?.workingForms.map { Item(id: $0.id, name: $0.name) } ?? []
        case .block(let method): newBlocks(method: method, library: library).map(\.item)
        case .template(let names): names.map { Item(id: $0, name: $0) }
        case .topic(let method):
            library.map { library in
                SeriesPlan.topics(method: library.method(method), library: library).map {
                    Item(id: $0.pickerId, name: $0.name)
                }
            } ?? []
        }
    }

    /// A block the planner can add, and the line the picker finds it by: the method's agenda
    /// blocks meeting by meeting ("2 · Kennismaken"), then the working forms.
    package struct NewBlock: Equatable, Sendable {
        package var item: Item
        package var block: PlanBlock
    }

    /// The blocks `A` offers for a series of `method`, each with a fresh id left to the caller.
    package static func newBlocks(method: String, library: Library?) -> [NewBlock] {
        let agenda = (library?.method(method)?.meetings ?? []).flatMap { meeting in
            meeting.agenda.enumerated().map { index, block in
                NewBlock(
                    item: Item(id: "agenda-\(meeting.number)-\(index)", name: "\(meeting.number) · \(block.title)"),
                    block: PlanBlock(method: block, theme: block.theme))
            }
        }
        let forms = (library?.base?.workingForms ?? []).map { form in
            NewBlock(
                item: Item(id: "form-\(form.id)", name: form.name),
                block: PlanBlock(
                    title: form.name, kind: .kern, form: form.id,
                    minutes: min(
                        max(form.minutes.min, PlanBlock.minuteRange.lowerBound), PlanBlock.minuteRange.upperBound),
                    guidance: form.purpose, provenance: .trainer))
        }
        return agenda + forms
    }

    /// The values whose name or id holds every typed word, case and accents aside; "no
    /// theme" only while nothing is typed.
    package func items(library: Library?) -> [Item] {
        let words = Self.folded(filter.text).split(whereSeparator: \.isWhitespace)
        let all = Self.all(subject, library: library)
        guard !words.isEmpty else { return all }
        return all.filter { item in
            guard let id = item.id else { return false }
            let haystack = Self.folded(item.name + " " + id)
            return words.allSatisfy { haystack.contains($0) }
        }
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
