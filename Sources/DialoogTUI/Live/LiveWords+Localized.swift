import DialoogCore

extension LiveWords {
    /// The words in `language`, through the main catalog.
    package func localized(_ language: Language) -> String {
        Text.live(.words(self)).localized(language)
    }
}
