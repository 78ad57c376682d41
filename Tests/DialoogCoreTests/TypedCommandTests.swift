import DialoogCore
import DialoogTestSupport
import Testing

@Suite("Typed commands")
struct TypedCommandTests {
    @Test(arguments: [
        ("q", TypedCommand.quit), ("quit", .quit), ("stop", .quit), ("Q", .quit),
        ("help", .help), ("hulp", .help),
        ("theme light", .theme(.light)), ("thema licht", .theme(.light)),
        ("theme dark", .theme(.dark)), ("thema donker", .theme(.dark)),
        ("theme mono", .theme(.mono)), ("  theme   MONO  ", .theme(.mono)),
        ("taal en", .language(.en)), ("lang nl", .language(.nl)),
    ])
    func parses(_ input: String, _ expected: TypedCommand) {
        #expect(TypedCommand.parse(input) == .success(expected))
    }

    @Test func namesWhatItDoesNotKnow() {
        #expect(TypedCommand.parse("wq") == .failure(.unknownCommand("wq")))
        #expect(TypedCommand.parse("theme") == .failure(.unknownTheme("")))
        #expect(TypedCommand.parse("theme neon") == .failure(.unknownTheme("neon")))
        #expect(TypedCommand.parse("taal fr") == .failure(.unknownLanguage("fr")))
        #expect(TypedCommand.parse("") == .success(nil))
    }
}
