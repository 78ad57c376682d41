import DialoogCore
import Testing

/// Every shipped prompt, walked: no prompt hotter than its theme, no follow-up question stored
/// as a prompt of its own, and only group labels from the vocabulary.
@Suite("Shipped prompts")
struct ShippedPromptTests {
    static var library: Library { ShippedContentTests.library }

    /// How a follow-up begins: it points back at an answer that was given before it.
    static let followUpOpenings = [
        "hoe kom je daarop", "hoe kom je tot die", "hoe voelde dat", "wat maakt dat je dat", "je zegt dat",
        "waarom denk je dat", "kun je dat", "wat bedoel je", "en waarom", "en hoe",
    ]

    @Test func noPromptIsHotterThanItsTheme() {
        for prompt in Self.library.prompts {
            guard let id = prompt.theme, let theme = Self.library.theme(id) else { continue }
            #expect(
                prompt.temperature <= theme.temperature,
                "\(prompt.id) is \(prompt.temperature), \(id) \(theme.temperature)")
        }
    }

    @Test func noFollowUpIsStoredAsAPromptOfItsOwn() {
        for prompt in Self.library.prompts {
            let text = prompt.text.lowercased()
            // A follow-up points back at an answer and is short; "Waarom denk je dat veel mensen
            // ... niet over praten?" opens the same way but stands on its own.
            let short = text.split(separator: " ").count < 10
            let opening = short ? Self.followUpOpenings.first { text.hasPrefix($0) } : nil
            #expect(opening == nil, "\(prompt.id) is a follow-up on its own: '\(prompt.text)'; make it a follow_up")
        }
    }

    @Test func theFollowUpsThatWerePromptsNowGoWithTheirLeadQuestion() {
        let lead = [
            "opvoeding-stelling-1": "Hoe kom je daarop?", "vrijheid-en-communicatie-stelling-2": "Wat maakt dat",
            "discriminatie-vraag-1": "Hoe voelde dat?", "gelijkheid-man-vrouw-vraag-2": "Je zegt dat",
        ]
        for (id, start) in lead {
            #expect(Self.library.prompt(id)?.followUp?.hasPrefix(start) == true, "\(id)")
        }
        for gone in [
            "opvoeding-vraag-5", "vrijheid-en-communicatie-vraag-3", "discriminatie-vraag-2",
            "gelijkheid-man-vrouw-vraag-3",
        ] {
            #expect(Self.library.prompt(gone) == nil, "\(gone) is still a prompt of its own")
        }
    }

    @Test func everyGroupLabelIsInTheVocabulary() {
        let wrong = ShippedContentTests.loaded.diagnostics.filter {
            if case .badValue(key: "groups", _, _, _) = $0.problem { return true }
            return false
        }
        #expect(wrong.isEmpty, "\(wrong.map { $0.localized(.en) })")
        for prompt in Self.library.prompts {
            #expect(!prompt.groups.isEmpty && prompt.groups.allSatisfy { TargetGroup.allCases.contains($0) })
        }
    }

    @Test func aFollowUpIsReadTranslatedAndCheckedLikeAnyText() {
        let prompts = """
            theme: opvoeding
            prompts:
              - id: opvoeding-stelling-1
                kind: stelling
                text: Een kind dat mag meepraten, leert zelf kiezen.
                follow_up: Hoe kom je daarop?
                temperature: koud
                groups: [ouders]
                form: stellingen
              - id: opvoeding-stelling-2
                kind: stelling
                text: Een compliment helpt meer dan een straf.
                follow_up: [Hoe kom je daarop?]
                temperature: koud
                groups: [ouders]
                form: stellingen
            """
        let catalog = ContentText(
            path: "translations/en/content/prompts/opvoeding.yaml",
            text:
                "language: en\nsource: content/prompts/opvoeding.yaml\nentries:\n  - nl: Hoe kom je daarop?\n    en: What makes you say so?\n"
        )
        let loaded = ContentLoader.load(layers: [
            ContentLoaderTests.files(replacing: "content/prompts/opvoeding.yaml", with: prompts, adding: [catalog])
        ])
        #expect(
            loaded.diagnostics.map { $0.localized(.en) } == [
                "content/prompts/opvoeding.yaml:13: 'follow_up' must be a text"
            ])
        #expect(loaded.library.prompt("opvoeding-stelling-1")?.followUp == "Hoe kom je daarop?")
        #expect(loaded.library.localized(to: .en).prompt("opvoeding-stelling-1")?.followUp == "What makes you say so?")
    }
}

/// Mothers and fathers as groups of their own: what they can use of the prompts for parents,
/// women and men, and what a group of parents cannot.
@Suite("Group labels")
struct GroupLabelTests {
    static var library: Library { ShippedContentTests.library }

    @Test func aGroupOfMothersGetsPromptsForParentsAndWomenButNotForMen() {
        let picked = Self.library.pickablePrompts(theme: "opvoeding", groups: [.moeders])
        #expect(picked.contains { $0.groups.contains(.ouders) })
        #expect(!picked.contains { Set($0.groups) == [.mannen] || Set($0.groups) == [.vaders] })
        let forMen = Self.library.pickablePrompts(theme: "gelijkheid-man-vrouw", groups: [.vaders])
        #expect(!forMen.contains { Set($0.groups) == [.vrouwen] })
    }

    @Test func aGroupOfParentsDoesNotGetWhatIsWrittenForMothersOnly() {
        #expect(TargetGroup.ouders.suitedBy == [.ouders])
        #expect(TargetGroup.moeders.suitedBy == [.moeders, .ouders, .vrouwen])
        #expect(ContentFilter(group: .ouders).accepts(Self.prompt(groups: [.moeders])) == false)
        #expect(ContentFilter(group: .moeders).accepts(Self.prompt(groups: [.ouders])))
        #expect(ContentFilter(group: .lhbt).accepts(Self.prompt(groups: [.jongeren])) == false)
    }

    static func prompt(groups: [TargetGroup]) -> Prompt {
        var prompt = library.prompts[0]
        prompt.groups = groups
        return prompt
    }
}
