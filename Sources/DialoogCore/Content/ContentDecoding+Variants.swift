/// A variants file as read, before its method is known: kept blocks are still titles, and the
/// lines of what can only be checked against the method are kept with them.
struct VariantsDraft {
    var variants: MethodVariants
    var file: String
    /// `keep:` blocks: variant, meeting (index in the variant), block (index), the title, its line.
    var keeps: [(variant: Int, meeting: Int, block: Int, title: String, line: Int)] = []
    /// The line of each meeting's `number:`, by variant and meeting index.
    var numberLines: [[Int]] = []

    /// The file with its method resolved: kept blocks found by title, meetings the method does not
    /// have left out. Every problem goes to `report`. nil when the method does not exist.
    func resolve(in library: Library, report: (Int, ContentProblem) -> Void) -> MethodVariants? {
        guard let method = library.method(variants.method) else {
            report(
                1,
                .unknownReference(
                    .methodology, variants.method,
                    suggestion: Suggestion.closest(to: variants.method, in: library.methods.map(\.id))))
            return nil
        }
        var resolved = variants
        var dropped: Set<[Int]> = []
        for (v, variant) in variants.variants.enumerated() {
            for (m, meeting) in variant.meetings.enumerated()
            where method.meetings.first(where: { $0.number == meeting.number }) == nil {
                report(
                    numberLines[v][m],
                    .variant(
                        .noSuchMeeting(method: method.id, number: meeting.number, has: method.meetings.map(\.number))))
                dropped.insert([v, m])
            }
        }
        for keep in keeps.reversed() where !dropped.contains([keep.variant, keep.meeting]) {
            let number = variants.variants[keep.variant].meetings[keep.meeting].number
            let agenda = method.meetings.first { $0.number == number }?.agenda ?? []
            if let index = agenda.firstIndex(where: { $0.title == keep.title }) {
                resolved.variants[keep.variant].meetings[keep.meeting].agenda[keep.block] = .kept(index: index)
            } else {
                report(
                    keep.line,
                    .variant(
                        .noSuchBlock(
                            title: keep.title, meeting: number,
                            suggestion: Suggestion.closest(to: keep.title, in: agenda.map(\.title)))))
                resolved.variants[keep.variant].meetings[keep.meeting].agenda.remove(at: keep.block)
            }
        }
        for (v, m) in dropped.map({ ($0[0], $0[1]) }).sorted(by: { ($0.0, $0.1) > ($1.0, $1.1) }) {
            resolved.variants[v].meetings.remove(at: m)
        }
        return resolved
    }
}

extension ContentDecoding {
    /// `methods/variants/<method>.yaml`: `written_for`, then `variants`, each with `groups`, a
    /// `summary` and `meetings` (`number`, `purpose`, `agenda`). An agenda item is a block as in
    /// a method file, or `keep: <title>` for the method's own block of that title.
    static func variants(_ f: inout YAMLFields, method: String, origin: ContentOrigin) -> VariantsDraft? {
        var firstAt: [TargetGroup: String] = [:]
        let file = f.log.file
        func groups(_ g: inout YAMLFields, _ key: String) -> [TargetGroup] {
            let log = g.log
            let nodes = g.list(key) { $0 }
            var found: [TargetGroup] = []
            for node in nodes {
                guard let group: TargetGroup = YAMLFields.choice(node, key: key, log: log) else { continue }
                if let first = firstAt[group] {
                    log.report(.variant(.groupTwice(group.rawValue, firstAt: first)), line: node.line)
                    continue
                }
                firstAt[group] = "\(file):\(node.line)"
                found.append(group)
            }
            return found
        }
        let writtenFor = groups(&f, "written_for")
        var draft = VariantsDraft(
            variants: MethodVariants(method: method, writtenFor: writtenFor, variants: [], origin: origin), file: file)
        var keeps: [(variant: Int, meeting: Int, block: Int, title: String, line: Int)] = []
        var numberLines: [[Int]] = []
        let variants: [MethodVariant] = f.records("variants", required: false) { v in
            let index = numberLines.count
            let groups = groups(&v, "groups")
            let summary = v.text("summary")
            var lines: [Int] = []
            var seen: [Int: Int] = [:]
            let meetings: [VariantMeeting] = v.records("meetings") { m in
                let number = m.int("number", in: 1...Limits.meetingsPerSeries)
                let numberLine = m.entryLine("number")
                let purpose = m.text("purpose")
                var blocks: [VariantBlock] = []
                var meetingKeeps: [(block: Int, title: String, line: Int)] = []
                _ = m.records("agenda") { b -> Bool? in
                    if let title = b.text("keep", required: false) {
                        meetingKeeps.append((blocks.count, title, b.entryLine("keep")))
                        blocks.append(.kept(index: -1))
                        return true
                    }
                    guard let block = block(&b, choose: 0) else { return nil }
                    blocks.append(.own(block))
                    return true
                }
                guard let number, let purpose else { return nil }
                if let first = seen[number] {
                    m.log.report(
                        .duplicateNumber(key: "number", value: number, firstAt: "\(file):\(first)"), line: numberLine)
                    return nil
                }
                seen[number] = numberLine
                let meetingIndex = lines.count
                lines.append(numberLine)
                keeps += meetingKeeps.map { (index, meetingIndex, $0.block, $0.title, $0.line) }
                return VariantMeeting(number: number, purpose: purpose, agenda: blocks)
            }
            guard !groups.isEmpty, let summary else {
                keeps.removeAll { $0.variant == index }
                return nil
            }
            numberLines.append(lines)
            return MethodVariant(groups: groups, summary: summary, meetings: meetings)
        }
        guard !writtenFor.isEmpty else { return nil }
        draft.variants.variants = variants
        draft.keeps = keeps
        draft.numberLines = numberLines
        return draft
    }
}

extension MethodVariants: ContentTexts {
    /// The variants' own texts; kept blocks are the method's, translated in its catalog.
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        for v in variants.indices {
            visit(&variants[v].summary)
            for m in variants[v].meetings.indices {
                visit(&variants[v].meetings[m].purpose)
                for b in variants[v].meetings[m].agenda.indices {
                    guard case .own(var block) = variants[v].meetings[m].agenda[b] else { continue }
                    visit(&block.title)
                    visit(&block.guidance)
                    block.questions.visit(visit)
                    variants[v].meetings[m].agenda[b] = .own(block)
                }
            }
        }
    }
}
