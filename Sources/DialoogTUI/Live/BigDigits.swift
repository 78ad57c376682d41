/// A phone number in digits several rows tall, so it can be read from across a table: five
/// rows of blocks where there is room, three where there is not, with ASCII forms of both.
package enum BigDigits {
    /// The rows of `number` drawn large (`compact`: three rows). Characters other than
    /// digits and '-' become a gap.
    package static func rows(_ number: String, compact: Bool, ascii: Bool) -> [String] {
        let glyphs = number.map { character in
            compact
                ? (ascii ? sevenSegment(character) : halfBlocks(pixels(character)))
                : pixels(character).map { row in
                    row.map { $0 == "#" ? (ascii ? "##" : "██") : "  " }.joined()
                }
        }
        let height = compact ? 3 : 5
        return (0..<height).map { row in glyphs.map { $0[row] }.joined(separator: compact ? " " : "  ") }
    }

    /// The width in cells of `number` drawn large.
    package static func width(_ number: String, compact: Bool) -> Int {
        // Every glyph is six cells wide in both forms; only the gap differs.
        let gap = compact ? 1 : 2
        return number.isEmpty ? 0 : number.count * 6 + (number.count - 1) * gap
    }

    /// A 3x5 pixel font: '#' is on.
    private static func pixels(_ character: Character) -> [String] {
        switch character {
        case "0": ["###", "#.#", "#.#", "#.#", "###"]
        case "1": [".#.", "##.", ".#.", ".#.", "###"]
        case "2": ["###", "..#", "###", "#..", "###"]
        case "3": ["###", "..#", ".##", "..#", "###"]
        case "4": ["#.#", "#.#", "###", "..#", "..#"]
        case "5": ["###", "#..", "###", "..#", "###"]
        case "6": ["###", "#..", "###", "#.#", "###"]
        case "7": ["###", "..#", "..#", "..#", "..#"]
        case "8": ["###", "#.#", "###", "#.#", "###"]
        case "9": ["###", "#.#", "###", "..#", "###"]
        case "-": ["...", "...", "###", "...", "..."]
        default: ["...", "...", "...", "...", "..."]
        }
    }

    /// The five pixel rows folded into three with half blocks, each pixel two cells wide.
    private static func halfBlocks(_ pixels: [String]) -> [String] {
        let rows = pixels.map { Array($0) } + [Array("...")]
        return stride(from: 0, to: 6, by: 2).map { top in
            (0..<3).map { column -> String in
                switch (rows[top][column] == "#", rows[top + 1][column] == "#") {
                case (true, true): "██"
                case (true, false): "▀▀"
                case (false, true): "▄▄"
                case (false, false): "  "
                }
            }.joined()
        }
    }

    /// Three rows of a seven-segment display in ASCII, padded to six cells.
    private static func sevenSegment(_ character: Character) -> [String] {
        let rows: [String] =
            switch character {
            case "0": [" __ ", "|  |", "|__|"]
            case "1": ["    ", "   |", "   |"]
            case "2": [" __ ", " __|", "|__ "]
            case "3": [" __ ", " __|", " __|"]
            case "4": ["    ", "|__|", "   |"]
            case "5": [" __ ", "|__ ", " __|"]
            case "6": [" __ ", "|__ ", "|__|"]
            case "7": [" __ ", "   |", "   |"]
            case "8": [" __ ", "|__|", "|__|"]
            case "9": [" __ ", "|__|", " __|"]
            case "-": ["    ", " __ ", "    "]
            default: ["    ", "    ", "    "]
            }
        return rows.map { " " + $0 + " " }
    }
}
