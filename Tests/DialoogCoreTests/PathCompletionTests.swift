import DialoogCore
import DialoogTestSupport
import Testing

/// Tab in a path field, over a folder tree given as a dictionary (the disk is tested in
/// `PathCompletionDiskTests`).
@Suite("Path completion")
struct PathCompletionTests {
    typealias Entry = PathCompletion.Entry
    let tree: [String: [Entry]] = [
        ".": [
            Entry("bundels", isFolder: true), Entry("backup.age", isFolder: false), Entry(".verborgen", isFolder: true),
        ],
        "/home/fatima/": [Entry("Mijn bundels", isFolder: true), Entry("Documenten", isFolder: true)],
        "/home/fatima/Mijn bundels/": [
            Entry("kwartaal-1.age", isFolder: false), Entry("kwartaal-2.age", isFolder: false),
            Entry("kwartaal-3.age", isFolder: false),
        ],
        "bundels/": [],
    ]

    func complete(_ typed: String) -> PathCompletion {
        PathCompletion.complete(typed, home: "/home/fatima") { tree[$0] }
    }

    @Test func oneMatchIsCompletedAndAFolderGetsItsSlash() {
        #expect(complete("bu").text == "bundels/")
        #expect(complete("ba").text == "backup.age")
        #expect(complete("~/Mi").text == "~/Mijn bundels/")
    }

    @Test func aTildeAloneBecomesTheHomeFolder() {
        #expect(complete("~").text == "~/")
        #expect(complete("~/").choices == ["Documenten/", "Mijn bundels/"])
    }

    @Test func manyMatchesGrowToWhatTheyShareAndListTheChoices() {
        let done = complete("~/Mijn bundels/k")
        #expect(done.text == "~/Mijn bundels/kwartaal-")
        #expect(done.choices == ["kwartaal-1.age", "kwartaal-2.age", "kwartaal-3.age"])
        let again = complete(done.text)
        #expect(again.text == again.typed && again.choices.count == 3)
    }

    @Test func noMatchAndAnUnreadableFolderAreSaidAndChangeNothing() {
        #expect(complete("zz") == PathCompletion(typed: "zz", text: "zz", problem: .noMatch))
        #expect(complete("bundels/x").problem == .noMatch)
        #expect(
            complete("/root/ge")
                == PathCompletion(typed: "/root/ge", text: "/root/ge", problem: .unreadableFolder("/root/")))
    }

    @Test func hiddenNamesOnlyWhenADotIsTyped() {
        #expect(complete("").choices == ["backup.age", "bundels/"])
        #expect(complete(".v").text == ".verborgen/")
    }

    @Test func theBundleFormCompletesOnTabAndListsOnTheSecondTab() {
        var state = Fixtures.overviewScreenState(tab: .series)
        _ = state.reduce(.command(.exportBundle))
        _ = state.reduce(.insertText("~/Mijn bundels/k"))
        #expect(state.reduce(.command(.completePath)) == [.completePath("~/Mijn bundels/k")])
        _ = state.reduce(.pathCompleted(complete("~/Mijn bundels/k")))
        guard case .bundle(let grown)? = state.overviewState.panel else { Issue.record("no form"); return }
        #expect(grown.path.text == "~/Mijn bundels/kwartaal-" && grown.choices.isEmpty)
        // It grew and more than one name fits: the next Tab lists them.
        _ = state.reduce(.pathCompleted(complete("~/Mijn bundels/kwartaal-")))
        guard case .bundle(let listed)? = state.overviewState.panel else {
            Issue.record("no form")
            return
        }
        #expect(listed.choices.count == 3)
        // Typing on hides them again, and the form still exports what is typed.
        _ = state.reduce(.insertText("2.age"))
        guard case .bundle(let typed)? = state.overviewState.panel else { Issue.record("no form"); return }
        #expect(typed.choices.isEmpty && typed.path.text == "~/Mijn bundels/kwartaal-2.age")
    }

    @Test func withoutGrowingTheFirstTabWaitsAndTheSecondLists() {
        var state = Fixtures.overviewScreenState(tab: .series)
        _ = state.reduce(.command(.importBundle))
        _ = state.reduce(.insertText("~/"))
        _ = state.reduce(.pathCompleted(complete("~/")))
        guard case .bundle(let once)? = state.overviewState.panel else {
            Issue.record("no form")
            return
        }
        #expect(once.choices.isEmpty && once.path.text == "~/")
        _ = state.reduce(.pathCompleted(complete("~/")))
        guard case .bundle(let twice)? = state.overviewState.panel else {
            Issue.record("no form")
            return
        }
        #expect(twice.choices == ["Documenten/", "Mijn bundels/"])
    }

    @Test func aStaleAnswerOrOneForTheKeyFieldIsDropped() {
        var state = Fixtures.overviewScreenState(tab: .series)
        _ = state.reduce(.command(.exportBundle))
        _ = state.reduce(.insertText("b"))
        _ = state.reduce(.insertText("u"))
        _ = state.reduce(.pathCompleted(complete("b")))
        guard case .bundle(let form)? = state.overviewState.panel else { Issue.record("no form"); return }
        #expect(form.path.text == "bu")
        // On the key field Tab moves on, as it did.
        _ = state.reduce(.command(.nextField))
        #expect(state.reduce(.command(.completePath)).isEmpty)
        guard case .bundle(let moved)? = state.overviewState.panel else { Issue.record("no form"); return }
        #expect(moved.row == .path)
    }

    @Test func noMatchIsOnTheStatusLine() {
        var state = Fixtures.overviewScreenState(tab: .series)
        _ = state.reduce(.command(.importBundle))
        _ = state.reduce(.insertText("zz"))
        _ = state.reduce(.pathCompleted(complete("zz")))
        #expect(state.status == .pathCompletion(.noMatch))
    }

    @Test func theStartScreenExportsAndImportsThroughTheOverzichtsForm() {
        var state = Fixtures.state(series: Fixtures.sampleSeries)
        let effects = state.reduce(.command(.exportBundle))
        #expect(state.screen == .overview && state.inputMode == .overviewBundle)
        #expect(effects.contains(.loadOverview(OverviewFilter())))
        guard case .bundle(let form)? = state.overviewState.panel else { Issue.record("no form"); return }
        #expect(form.kind == .export)
        var importing = Fixtures.state(series: Fixtures.sampleSeries)
        _ = importing.reduce(.command(.importBundle))
        guard case .bundle(let other)? = importing.overviewState.panel else { Issue.record("no form"); return }
        #expect(other.kind == .import && importing.inputMode == .overviewBundle)
    }
}
