import Yams

/// One file's text as read, with the path to show in diagnostics.
package struct ContentText: Sendable {
    package var path: String
    package var text: String
    /// Why the file (or folder) could not be read, if it could not.
    package var unreadable: Unreadable?
    /// The full path that says what kind of file this is (`.../methods/htib.yaml`), when the
    /// path shown is shorter, e.g. `htib.yaml` for a file checked from its own folder.
    package var location: String?

    /// Why a file or folder could not be read.
    package enum Unreadable: Equatable, Sendable {
        case notUTF8, noAccess, folder
    }

    package init(path: String, text: String, unreadable: Unreadable? = nil, location: String? = nil) {
        self.path = path
        self.text = text
        self.unreadable = unreadable
        self.location = location
    }
}

/// Reads layers of content files into one `Library`. A later layer replaces what an earlier one
/// has with the same id (a trainer's own folder over the shipped one); inside one layer the same
/// id twice is a mistake. Every problem in every file is reported, not only the first.
package enum ContentLoader {
    package static func load(layers: [[ContentText]]) -> LoadedContent {
        var merger = Merger()
        for (index, layer) in layers.enumerated() {
            for file in layer.sorted(by: { $0.path < $1.path }) {
                merger.read(file, layer: index)
            }
        }
        return merger.finish()
    }
}

/// What seeing an id means for the library.
private enum Placement {
    case new
    case replaces(String)
    case duplicate
}

/// Where an item was first seen, for duplicate and override messages.
private struct Seen {
    var file: String
    var line: Int
    var layer: Int

    var place: String { "\(file):\(line)" }
}

private struct Merger {
    var diagnostics: [Diagnostic] = []
    var references: [PendingReference] = []
    var temperatureRules: [(PendingReference, TemperatureRule)] = []
    var fileCount = 0
    var library = Library()
    var seen: [String: Seen] = [:]
    /// Themes that have a file, even one that failed to load: a reference to them is not a second mistake.
    var declaredThemes: Set<String> = []
    /// The catalogs read, and the Dutch texts of every source file, checked against each other
    /// once everything is read.
    var catalogs = CatalogCheck()
    /// Variants files, resolved against their methods once every method is read.
    var variantDrafts: [VariantsDraft] = []

    mutating func read(_ file: ContentText, layer: Int) {
        let log = DiagnosticLog(file: file.path)
        defer {
            diagnostics += log.diagnostics
            references += log.references
            temperatureRules += log.temperatureRules
        }
        if let reason = file.unreadable {
            fileCount += 1
            log.report(.unreadable(reason), line: 1)
            return
        }
        guard let classified = ContentFile.classify(file.location ?? file.path) else { return }
        fileCount += 1
        let kind: ContentFile
        switch classified {
        case .failure(let problem):
            log.report(problem, line: 1)
            return
        case .success(let value): kind = value
        }
        if case .theme(let id) = kind { declaredThemes.insert(id) }
        if let source = kind.sourceKey { catalogs.declare(source) }
        // A file named wrongly says so once, not again for every key nobody then read.
        if let id = kind.id, !ContentDecoding.isValidID(id) {
            log.report(.badID(id), line: 1)
            return
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: file.text) else {
                log.report(.notAMapping, line: 1)
                return
            }
            root = node
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            log.report(.duplicateKey(duplicates.joined(separator: ", ")), line: context.mark.line)
            return
        } catch let error as YamlError {
            log.report(.syntax(error.problem), line: error.line)
            return
        } catch {
            log.report(.syntax("\(error)"), line: 1)
            return
        }
        guard var fields = YAMLFields(root, log: log, key: nil) else { return }
        defer { fields.finish() }
        let origin = ContentOrigin(file: file.path)

        switch kind {
        case .translation(let language, let source):
            if let catalog = ContentDecoding.catalog(&fields, language: language, source: source, file: file.path) {
                catalogs.read(catalog)
            }
        case .commonBase:
            guard var base = ContentDecoding.commonBase(&fields, origin: origin) else { return }
            catalogs.found(base.texts, in: "methods/basis")
            checkUnique(base.workingForms.map(\.id), kind: .workingForm, under: "working_forms", in: root, log: log)
            checkUnique(base.cautions.map(\.id), kind: .caution, under: "cautions", in: root, log: log)
            switch place(for: "basis", kind: .commonBase, file: file.path, line: 1, layer: layer, log: log) {
            case .new: library.base = base
            case .replaces(let old):
                base.origin.replaces = old
                library.base = base
            case .duplicate: break
            }
        case .methodology(let id):
            if let method = ContentDecoding.methodology(&fields, id: id, origin: origin) {
                catalogs.found(method.texts, in: kind.sourceKey)
                insert(
                    method, id: id, kind: .methodology, into: \.methods, line: 1, file: file.path, layer: layer,
                    log: log)
            }
        case .variants(let method):
            if let draft = ContentDecoding.variants(&fields, method: method, origin: origin) {
                catalogs.found(draft.variants.texts, in: kind.sourceKey)
                switch place(
                    for: "variants/\(method)", kind: .methodology, file: file.path, line: 1, layer: layer, log: log)
                {
                case .new: variantDrafts.append(draft)
                case .replaces(let old):
                    var replacement = draft
                    replacement.variants.origin.replaces = old
                    variantDrafts.removeAll { $0.variants.method == method }
                    variantDrafts.append(replacement)
                case .duplicate: break
                }
            }
        case .theme(let id):
            if let theme = ContentDecoding.theme(&fields, id: id, origin: origin) {
                catalogs.found(theme.texts, in: kind.sourceKey)
                insert(theme, id: id, kind: .theme, into: \.themes, line: 1, file: file.path, layer: layer, log: log)
            }
        case .prompts:
            for (prompt, line) in ContentDecoding.prompts(&fields, origin: origin) {
                catalogs.found(prompt.texts, in: kind.sourceKey)
                insert(
                    prompt, id: prompt.id, kind: .prompt, into: \.prompts, line: line, file: file.path, layer: layer,
                    log: log)
            }
        case .help(let id):
            if let entry = ContentDecoding.helpEntry(&fields, id: id, origin: origin) {
                catalogs.found(entry.texts, in: kind.sourceKey)
                insert(entry, id: id, kind: .helpEntry, into: \.help, line: 1, file: file.path, layer: layer, log: log)
            }
        case .disclosure:
            guard var guide = ContentDecoding.disclosure(&fields, origin: origin) else { return }
            catalogs.found(guide.texts, in: kind.sourceKey)
            switch place(for: "disclosure", kind: .disclosure, file: file.path, line: 1, layer: layer, log: log) {
            case .new: library.disclosure = guide
            case .replaces(let old):
                guide.origin.replaces = old
                library.disclosure = guide
            case .duplicate: break
            }
        case .glossary:
            for (term, line) in ContentDecoding.glossary(&fields) {
                catalogs.found(term.texts, in: kind.sourceKey)
                switch place(for: term.term, kind: .term, file: file.path, line: line, layer: layer, log: log) {
                case .new: library.glossary.append(term)
                case .replaces:
                    if let index = library.glossary.firstIndex(where: { $0.term == term.term }) {
                        library.glossary[index] = term
                    }
                case .duplicate: break
                }
            }
        }
    }

    /// Records where `id` was seen: the first time, again in a later layer (which replaces the
    /// earlier file), or again in the same layer (a mistake, reported here).
    private mutating func place(
        for id: String, kind: ContentKind, file: String, line: Int, layer: Int, log: DiagnosticLog
    ) -> Placement {
        let key = "\(kind.rawValue)/\(id)"
        guard let first = seen[key] else {
            seen[key] = Seen(file: file, line: line, layer: layer)
            return .new
        }
        if first.layer == layer {
            log.report(.duplicateID(kind, id, firstAt: first.place), line: line)
            return .duplicate
        }
        seen[key] = Seen(file: file, line: line, layer: layer)
        return .replaces(first.file)
    }

    private mutating func insert<T: Originated>(
        _ item: T, id: String, kind: ContentKind, into list: WritableKeyPath<Library, [T]>, line: Int, file: String,
        layer: Int, log: DiagnosticLog
    ) {
        switch place(for: id, kind: kind, file: file, line: line, layer: layer, log: log) {
        case .new:
            library[keyPath: list].append(item)
        case .replaces(let old):
            guard let index = library[keyPath: list].firstIndex(where: { $0.contentID == id }) else { return }
            var replacement = item
            replacement.origin.replaces = old
            library[keyPath: list][index] = replacement
        case .duplicate:
            break
        }
    }

    /// Ids that must differ inside one list of one file (working forms, cautions).
    private func checkUnique(_ ids: [String], kind: ContentKind, under key: String, in root: Node, log: DiagnosticLog) {
        let lines = Self.idLines(under: key, in: root)
        var firsts: [String: Int] = [:]
        for id in ids {
            let found = lines[id] ?? []
            guard found.count > 1, firsts[id] == nil else { continue }
            firsts[id] = found[0]
            for line in found.dropFirst() {
                log.report(.duplicateID(kind, id, firstAt: "\(log.file):\(found[0])"), line: line)
            }
        }
    }

    /// The lines of every `id:` in the list under `key` at the top of a file, by id.
    private static func idLines(under key: String, in root: Node) -> [String: [Int]] {
        guard case .mapping(let mapping) = root, case .sequence(let items)? = mapping[key] else { return [:] }
        var lines: [String: [Int]] = [:]
        for item in items {
            guard case .mapping(let fields) = item, let id = fields["id"], let text = id.scalarText else { continue }
            lines[text, default: []].append(id.line)
        }
        return lines
    }

    mutating func finish() -> LoadedContent {
        library.methods.sort {
            ($0.organisation.short.lowercased(), $0.id) < ($1.organisation.short.lowercased(), $1.id)
        }
        library.themes.sort {
            ($0.temperature.rank, $0.name.lowercased()) < ($1.temperature.rank, $1.name.lowercased())
        }
        library.help.sort { ($0.kind.rank, $0.name.lowercased()) < ($1.kind.rank, $1.name.lowercased()) }
        resolveReferences()
        resolveVariants()
        checkTemperatures()
        findRepeatedPromptTexts()
        diagnostics += catalogs.check()
        library.translations = catalogs.translations
        for index in library.prompts.indices {
            let prompt = library.prompts[index]
            for language in library.translations.languages {
                if let text = library.translations.lookup(
                    prompt.text, in: Library.source(of: prompt), language: language)
                {
                    library.prompts[index].translations[language] = text
                }
            }
        }
        library.searchIndex = Library.index(of: library)
        diagnostics = diagnostics.enumerated()
            .sorted { ($0.element.file, $0.element.line, $0.offset) < ($1.element.file, $1.element.line, $1.offset) }
            .map(\.element)
        return LoadedContent(library: library, diagnostics: diagnostics, fileCount: fileCount)
    }

    private mutating func resolveReferences() {
        let known: [ContentKind: [String]] = [
            .theme: library.themes.map(\.id) + declaredThemes.subtracting(library.themes.map(\.id)).sorted(),
            .workingForm: library.base?.workingForms.map(\.id) ?? [],
            .term: library.glossary.map(\.term),
        ]
        for reference in references {
            let ids = known[reference.kind] ?? []
            guard !ids.contains(reference.id) else { continue }
            diagnostics.append(
                Diagnostic(
                    file: reference.file, line: reference.line,
                    problem: .unknownReference(
                        reference.kind, reference.id, suggestion: Suggestion.closest(to: reference.id, in: ids))))
        }
    }

    /// Finds each variants file's method and the blocks it keeps; a file whose method is unknown
    /// is reported and left out.
    private mutating func resolveVariants() {
        for draft in variantDrafts {
            var found: [Diagnostic] = []
            let resolved = draft.resolve(in: library) { line, problem in
                found.append(Diagnostic(file: draft.file, line: line, problem: problem))
            }
            diagnostics += found
            if let resolved { library.variants.append(resolved) }
        }
        library.variants.sort { $0.method < $1.method }
    }

    /// The funnel goes from cold to hot: `leads_to` never to a cooler theme, and no prompt hotter
    /// than its theme. A theme that does not exist is reported once, as a reference.
    private mutating func checkTemperatures() {
        for (reference, rule) in temperatureRules {
            guard let theme = library.theme(reference.id) else { continue }
            let problem: ContentProblem? =
                switch rule {
                case .funnelFrom(let from) where theme.temperature < from:
                    .funnelGoesBack(theme: theme.id, its: theme.temperature, from: from)
                case .promptOfTemperature(let prompt) where prompt > theme.temperature:
                    .promptHotterThanTheme(theme: theme.id, its: theme.temperature, prompt: prompt)
                default: nil
                }
            if let problem {
                diagnostics.append(Diagnostic(file: reference.file, line: reference.line, problem: problem))
            }
        }
    }

    private mutating func findRepeatedPromptTexts() {
        var firsts: [String: String] = [:]
        for prompt in library.prompts {
            let key = Self.normalised(prompt.text)
            let here =
                seen["\(ContentKind.prompt.rawValue)/\(prompt.id)"] ?? Seen(file: prompt.origin.file, line: 1, layer: 0)
            if let first = firsts[key] {
                diagnostics.append(
                    Diagnostic(file: here.file, line: here.line, problem: .duplicateText(prompt.text, firstAt: first)))
            } else {
                firsts[key] = here.place
            }
        }
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

/// Content items that carry the file they came from and have an id.
private protocol Originated {
    var origin: ContentOrigin { get set }
    var contentID: String { get }
}

extension Methodology: Originated { var contentID: String { id } }
extension Theme: Originated { var contentID: String { id } }
extension Prompt: Originated { var contentID: String { id } }
extension HelpEntry: Originated { var contentID: String { id } }

extension YamlError {
    var problem: String {
        switch self {
        case .scanner(let context?, let problem, _, _), .parser(let context?, let problem, _, _),
            .composer(let context?, let problem, _, _):
            return "\(context.text): \(problem)"
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .reader(let problem, _, _, _): return problem
        default: return "\(self)"
        }
    }

    /// Where the mistake starts: a scanner error (an unclosed quote) is found at the end of the
    /// file, but its context says where the quote was opened.
    var line: Int {
        switch self {
        case .scanner(let context?, _, _, _): return context.mark.line
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .reader(_, let offset?, _, let yaml):
            return 1 + yaml.utf8.prefix(offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        default: return 1
        }
    }
}
