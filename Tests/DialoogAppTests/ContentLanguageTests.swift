import DialoogCore
import DialoogFiles
import DialoogTestSupport
import Foundation
import Testing

/// A command that shows one language reads only that language's catalogs: the others were half
/// of a report's start (issue 18). The rest of the library is read all the same.
@Suite("Reading only the catalogs of one language")
struct ContentLanguageTests {
    @Test func onlyTheLanguageShownIsRead() throws {
        let all = try #require(ContentDisk.layer(at: Fixtures.checkout, display: ""))
        let dutch = try #require(ContentDisk.layer(at: Fixtures.checkout, display: "", languages: []))
        let english = try #require(ContentDisk.layer(at: Fixtures.checkout, display: "", languages: ["en"]))
        let translated = all.filter { $0.path.hasPrefix("translations/") }
        #expect(!translated.isEmpty)
        #expect(dutch.map(\.path) == all.filter { !$0.path.hasPrefix("translations/") }.map(\.path))
        #expect(
            english.map(\.path)
                == all.filter { !$0.path.hasPrefix("translations/") || $0.path.hasPrefix("translations/en/") }.map(
                    \.path))
        // Read whole or in part, the library in English is the same.
        let whole = ContentLoader.load(layers: [all]).library.localized(to: .en)
        let part = ContentLoader.load(layers: [english]).library.localized(to: .en)
        #expect(part.prompts.map(\.text) == whole.prompts.map(\.text))
        #expect(part.themes.map(\.name) == whole.themes.map(\.name))
        let nl = ContentLoader.load(layers: [dutch])
        #expect(nl.errorCount == 0)
        #expect(
            nl.library.localized(to: .nl).prompts.map(\.text)
                == ContentLoader.load(layers: [all]).library.prompts.map(\.text))
    }
}
