import Foundation
import Testing

@testable import DialoogCurses

/// Which graphemes curses can hold in one `cchar_t`, and which are written whole.
@Suite struct ClusterCellTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    @Test(arguments: ["a", "é", "中", "👋", "e\u{301}", "Ç\u{30C}", "م\u{64E}"])
    func cursesHoldsACharacterWithItsMarks(_ text: String) {
        #expect(!ClusterCell.needsOwnWrite(text))
    }

    @Test(arguments: [
        "👩‍👩‍👧‍👦",  // spacing scalars after the first, seven in all
        "🇳🇱",  // two regional indicators
        "👍🏽",  // a skin tone is a spacing scalar
        "🏳️‍🌈",  // VS16, ZWJ and a second picture
        "❤️",  // a narrow heart made a wide picture by VS16
        "a\u{301}\u{323}\u{308}\u{30C}\u{331}",  // more marks than a cell holds
    ])
    func aClusterCursesWouldCutIsWrittenWhole(_ text: String) {
        #expect(ClusterCell.needsOwnWrite(text))
    }
}
