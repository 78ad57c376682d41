/// A value made once per distinct text and kept: a store's thousands of rows repeat a few
/// lists, spellings and wordings, and parsing or folding each again cost more than the read.
extension Dictionary where Key == String {
    /// The value kept for `text`, made by `make` (and kept) the first time it is asked for.
    mutating func memo(_ text: String, _ make: (String) throws -> Value) rethrows -> Value {
        if let known = self[text] { return known }
        let made = try make(text)
        self[text] = made
        return made
    }
}
