/// The human-readable texts of a content item, visited in place: the one list of what a
/// translation catalog can translate, used to translate an item, to count what is translated
/// and to find stale catalog entries. Ids, enum values, dates, phone numbers, web addresses,
/// source references and the names of organisations are never visited.
protocol ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void)
}

extension ContentTexts {
    /// Every text, in file order.
    var texts: [String] {
        var copy = self
        var found: [String] = []
        copy.visitTexts { found.append($0) }
        return found
    }
}

extension NamedText {
    mutating func visit(_ visit: (inout String) -> Void) {
        visit(&name)
        visit(&text)
    }
}

extension Array where Element == String {
    mutating func visit(_ visit: (inout String) -> Void) {
        for index in indices { visit(&self[index]) }
    }
}

extension Array where Element == NamedText {
    mutating func visit(_ visit: (inout String) -> Void) {
        for index in indices { self[index].visit(visit) }
    }
}

extension Optional where Wrapped == String {
    mutating func visit(_ visit: (inout String) -> Void) {
        guard var text = self else { return }
        visit(&text)
        self = text
    }
}

extension Methodology: ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&name)
        visit(&summary)
        visit(&goal)
        subgoals.visit(visit)
        visit(&targetGroup)
        typical.visit(visit)
        chain.visit(visit)
        phases.visit(visit)
        for m in meetings.indices {
            visit(&meetings[m].purpose)
            for b in meetings[m].agenda.indices {
                visit(&meetings[m].agenda[b].title)
                visit(&meetings[m].agenda[b].guidance)
                meetings[m].agenda[b].questions.visit(visit)
            }
        }
        if groupChoice != nil {
            visit(&groupChoice!.text)
            for o in groupChoice!.options.indices { visit(&groupChoice!.options[o].name) }
        }
        rules.visit(visit)
        groupSize.text.visit(visit)
        if aftercare != nil { visit(&aftercare!.text) }
    }
}

extension CommonBase: ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&mission)
        principles.visit(visit)
        socratic.principles.visit(visit)
        socratic.practice.visit(visit)
        groundRules.visit(visit)
        for w in workingForms.indices {
            visit(&workingForms[w].name)
            visit(&workingForms[w].purpose)
            workingForms[w].how.visit(visit)
            workingForms[w].caution.visit(visit)
        }
        tips.visit(visit)
        for c in cautions.indices {
            visit(&cautions[c].name)
            visit(&cautions[c].text)
        }
    }
}

extension Theme: ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&name)
        visit(&description)
        cautions.visit(visit)
    }
}

extension Prompt: ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&text)
        followUp.visit(visit)
    }
}

extension HelpEntry: ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&what)
        visit(&forWhom)
        hours.visit(visit)
        chat.visit(visit)
    }
}

extension GlossaryTerm: ContentTexts {
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&term)
        visit(&text)
    }
}

extension DisclosureGuide: ContentTexts {
    /// The Dutch texts, which the catalog `translations/<lang>/content/als-iemand-iets-vertelt.yaml` translates.
    mutating func visitTexts(_ visit: (inout String) -> Void) {
        visit(&title)
        for s in short.indices { visit(&short[s].text) }
        for p in points.indices {
            visit(&points[p].name)
            visit(&points[p].text)
        }
    }
}
