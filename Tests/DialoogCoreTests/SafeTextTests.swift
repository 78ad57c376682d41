import DialoogCore
import Testing

/// `SafeText`: the one way control characters are shown in what the command line prints.
@Suite struct SafeTextTests {
    @Test func controlCharactersAreWrittenOutAndTextIsLeftAlone() {
        #expect(SafeText.escaped("Utrecht, 's-Gravenhage é ü 🙂\n\tnext") == "Utrecht, 's-Gravenhage é ü 🙂\n\tnext")
        #expect(SafeText.escaped("a\u{1B}]0;title\u{07}b") == "a\\u{1B}]0;title\\u{07}b")
        #expect(SafeText.escaped("\u{1B}[2J\u{1B}[5;31m") == "\\u{1B}[2J\\u{1B}[5;31m")
        #expect(
            SafeText.escaped("\u{9B}1m\u{00}\u{7F}\u{80}\u{9F}\u{A0}") == "\\u{9B}1m\\u{00}\\u{7F}\\u{80}\\u{9F}\u{A0}")
        #expect(SafeText.escaped("line\r\n") == "line\\u{0D}\n", "a carriage return can overwrite a line")
        #expect(SafeText.escaped("cell\r", keeping: ["\r"]) == "cell\r")
    }

    @Test func theJSONFormIsJSONs() {
        #expect(SafeText.escaped("\"a\u{9B}\u{7F}\"", as: .json) == "\"a\\u009b\\u007f\"")
    }
}
