/// A statement, question, case, homework, word-web word, opening or closing question.
package struct Prompt: Equatable, Codable, Sendable {
    package var id: String
    package var kind: PromptKind
    package var text: String
    package var theme: String?
    package var temperature: Temperature
    package var groups: [TargetGroup]
    package var form: String
    /// The question a gespreksleider asks next, after the answers ("Hoe kom je daarop?"): part
    /// of this prompt, shown with it, never a prompt of its own.
    package var followUp: String?
    /// By language code (`en`, `tr`, `ar`, ...).
    package var translations: [String: String]
    package var origin: ContentOrigin
}
