import DialoogCore

/// A prompt's words in the user's language: its translation when there is one.
enum PromptText {
    static func text(_ prompt: Prompt, language: Language) -> String {
        switch language {
        case .nl: prompt.text
        case .en: prompt.translations["en"] ?? prompt.text
        }
    }

    /// The prompt with its words in `language`, for `PromptLine`, which draws `text`.
    static func localized(_ prompt: Prompt?, language: Language) -> Prompt? {
        guard var prompt else { return nil }
        prompt.text = text(prompt, language: language)
        return prompt
    }
}
