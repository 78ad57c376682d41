extension Library {
    /// Prompt uses added up per theme (a theme id; nil for prompts without a theme or no
    /// longer in the library), most used first, then by the library's theme order.
    package func usesPerTheme(_ uses: [Overview.PromptCount]) -> [(theme: String?, count: Int)] {
        var perTheme: [String?: Int] = [:]
        for use in uses { perTheme[prompt(use.promptId)?.theme, default: 0] += use.count }
        let order = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($0.element.id, $0.offset) })
        return perTheme.map { (theme: $0.key, count: $0.value) }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return (a.theme.flatMap { order[$0] } ?? Int.max) < (b.theme.flatMap { order[$0] } ?? Int.max)
        }
    }
}
