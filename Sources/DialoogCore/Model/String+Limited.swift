extension String {
    /// The text cut to at most `count` Unicode scalars, whole characters only: the database
    /// counts a length in code points, so an emoji or an accent typed as two is counted so too.
    package func limited(to count: Int) -> String {
        var used = 0
        var kept = ""
        for character in self {
            used += character.unicodeScalars.count
            guard used <= count else { break }
            kept.append(character)
        }
        return kept
    }
}
