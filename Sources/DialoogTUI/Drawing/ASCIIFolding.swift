import Foundation

/// Folds text to ASCII for terminals that cannot show UTF-8: accents are dropped ("é" to
/// "e", "ş" to "s"), a few letters are spelled out, anything else becomes "?".
package enum ASCIIFolding {
    package static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let spelled = spelledOut[character] { return spelled }
        let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.isASCII }
        return base.isEmpty ? "?" : String(String.UnicodeScalarView(base))
    }

    package static func fold(_ text: String) -> String {
        text.map(fold).joined()
    }

    private static let spelledOut: [Character: String] = [
        "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "ł": "l",
        "Ł": "L", "đ": "d", "Đ": "D", "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'",
        "–": "-", "—": "-", "…": "...", "·": "-", "€": "EUR", "×": "x", "→": "->", "←": "<-",
        "↑": "^", "↓": "v", "▶": ">", "█": "#", "─": "-", "│": "|",
    ]
}
