import DialoogCore
import DialoogTUI
import Testing

@Suite("Text width")
struct TextWidthTests {
    @Test(arguments: [
        // Turkish: dotted and dotless i, cedilla, breve: one cell each.
        ("İstanbul'da ağır şey", 20),
        ("ıİğĞşŞçÇöÖüÜ", 12),
        // Arabic letters are one cell; vowel marks combine with their letter.
        ("مرحبا", 5),
        ("مَرْحَبًا", 5),
        // Somali is Latin script with apostrophes.
        ("Waan ku faraxsanahay inaad timid", 32),
        ("ma'aha", 6),
        // Dutch with accents, precomposed and combining.
        ("één", 3),
        ("e\u{301}e\u{301}n", 3),
        // Wide: CJK and emoji.
        ("中文", 4),
        ("👋", 2),
        ("👋🏽", 2),
        ("👩‍👩‍👧", 2),
        ("🇳🇱", 2),
        ("❤️", 2),
        ("❤", 1),
        ("ok 🙂 ok", 8),
        // Grapheme clusters, each one run of two cells as the terminal joins it (issue 20):
        // a ZWJ family of four, a flag, skin tones, a rainbow flag (VS16 and ZWJ), a
        // keycap, a subdivision flag (tag characters), and a text-style emoji kept narrow.
        ("👩‍👩‍👧‍👦", 2),
        ("👩‍👩‍👧‍👦🇳🇱", 4),
        ("👍🏿👍🏻", 4),
        ("☝🏽", 2),
        ("🏳️‍🌈", 2),
        ("1️⃣", 2),
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2),
        ("☺︎", 1),
        // Combining marks on any letter stay in their letter's cell, however many.
        ("a\u{301}\u{323}\u{308}", 1),
        ("Ç\u{30C}", 1),
    ])
    func widthOf(_ text: String, _ expected: Int) {
        #expect(TextWidth.of(text) == expected)
    }

    @Test func controlsAndLoneMarksTakeNoRoom() {
        #expect(TextWidth.of("\u{7}") == 0)
        #expect(TextWidth.of(Character("\u{301}")) == 0)
        #expect(TextWidth.of("\u{200B}") == 0)
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(TextWidth.truncate("中文中文", to: 5) == "中文…")
        #expect(TextWidth.of(TextWidth.truncate("中文中文", to: 4)) <= 4)
        #expect(TextWidth.truncate("Zelfbeschikking", to: 8) == "Zelfbes…")
        #expect(TextWidth.truncate("kort", to: 8) == "kort")
    }

    @Test func padFillsToTheExactWidth() {
        #expect(TextWidth.pad("👋🏽 hoi", to: 8) == "👋🏽 hoi  ")
        #expect(TextWidth.of(TextWidth.pad("مرحبا بك", to: 12)) == 12)
    }

    @Test func wrapKeepsWordsAndBreaksOnlyLongOnes() {
        #expect(TextWidth.wrap("de vraag met ondervraag", width: 10) == ["de vraag", "met", "ondervraag"])
        #expect(TextWidth.wrap("zelfbeschikkingsrecht", width: 8) == ["zelfbesc", "hikkings", "recht"])
        #expect(TextWidth.wrap("een\n\ntwee", width: 10) == ["een", "", "twee"])
        for line in TextWidth.wrap("Hooyo iyo carruurta 👩‍👧 waxay wada hadleen 中文 wide", width: 9) {
            #expect(TextWidth.of(line) <= 9)
        }
    }

    @Test func truncateAndWrapKeepClustersWhole() {
        let line = "👩‍👩‍👧‍👦🇳🇱👍🏽e\u{301}"
        #expect(TextWidth.of(line) == 7)
        #expect(TextWidth.truncate(line, to: 6) == "👩‍👩‍👧‍👦🇳🇱…")
        #expect(TextWidth.truncate(line, to: 4) == "👩‍👩‍👧‍👦…")
        #expect(TextWidth.pad("🇳🇱", to: 3) == "🇳🇱 ")
        #expect(TextWidth.wrap("👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", width: 5) == ["👩‍👩‍👧‍👦👩‍👩‍👧‍👦", "👩‍👩‍👧‍👦"])
    }
}
