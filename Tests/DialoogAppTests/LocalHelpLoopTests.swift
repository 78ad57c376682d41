import DialoogApp
import DialoogAppTestSupport
import DialoogCore
import DialoogFiles
import DialoogStore
import DialoogTUI
import DialoogTestSupport
import Foundation
import Testing

/// A local help entry made in the program, end to end: keys and pasted text in the bibliotheek,
/// the file in the user's content folder, `dialoog check` clean, and the entry on the help card
/// that `dialoog plan show` prints for a series in that municipality.
@Suite("Local help entries, end to end")
struct LocalHelpLoopTests {
    @Test func anEntryMadeInTheFormPassesCheckAndIsOnThePrintedCard() throws {
        let laptop = Laptop("local-help", now: "2026-11-23T10:00")
        defer { laptop.remove() }
        let user = laptop.folder.appendingPathComponent(".config/dialoog").path
        let database = try AppDatabase.inMemory()
        let effects = EffectRunner(
            database: database, clock: FixedClock(Fixtures.now), calendar: Fixtures.calendar,
            userContentFolder: user
        ) { () throws(CLIError) in
            ContentLoader.load(layers: [
                ContentDisk.layer(at: Fixtures.checkout, display: "") ?? [],
                ContentDisk.layer(at: user, display: "~/.config/dialoog") ?? [],
            ])
        }
        let next: MemoryTerminal.Step = .key(.tab)
        let terminal = MemoryTerminal(script: [
            .key(.character("b")), .key(.tab), .key(.tab), .key(.character("a")),
            .paste("Buurtteam \"Noordwest\": #1 café"), next,
            .paste("Praktische hulp; 'een luisterend oor' # geen commentaar"), next,
            .paste("Inwoners van Utrecht Noordwest."), next,
            .key(.right), next,  // kind: specialistisch
            .paste("030 123 45 67"), next, next, next,
            .paste("ma-vr 9:00-17:00"), next,
            .paste("nl, tr"), next, next, next,
            .paste("Utrecht"), next, .key(.enter),
        ])
        let state = AppState(
            now: Fixtures.now, size: terminal.size, calendar: Fixtures.calendar, databasePath: ":memory:",
            helpLength: Renderer.helpLengths())
        let loop = MainLoop(state: state, terminal: terminal, effects: effects, clock: FixedClock(Fixtures.now))
        #expect(loop.run() == .inputClosed)
        let id = "lokaal-utrecht-buurtteam-noordwest-1-cafe"
        #expect(loop.state.libraryState.form == nil, "\(String(describing: loop.state.status))")
        #expect(loop.state.libraryState.page == .help(id))
        let path = user + "/content/hulp/\(id).yaml"
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(loop.state.status == .localHelp(.saved(path: path)))
        let entry = try #require(loop.state.library?.help.first { $0.id == id })
        #expect(entry.name == "Buurtteam \"Noordwest\": #1 café")
        #expect(entry.kind == .specialistisch)
        #expect(entry.languages == ["nl", "tr"])
        #expect(entry.checked.description == "2026-12-01")

        // The program itself, as a trainer runs it afterwards (HOME is the laptop's folder).
        let check = try laptop.run(["check"])
        #expect(check.status == 0, "stdout:\n\(check.stdout)\nstderr:\n\(check.stderr)")
        #expect(check.stdout.split(separator: "\n").count == 1, "a clean check prints only its summary")
        let made = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Ouders Kanaleneiland", "--municipality",
            "Utrecht", "--group", "ouders", "--dates", "2026-12-01T19:30,2026-12-08T19:30,2026-12-15T19:30",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let shown = try laptop.run(["plan", "show", "Ouders Kanaleneiland", "--meeting", "1", "--format", "text"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Buurtteam \"Noordwest\": #1 café"), "\(shown.stdout)")
        #expect(shown.stdout.contains("030 123 45 67"))
        // Not on the card of a series elsewhere.
        _ = try laptop.run([
            "series", "new", "--method", "yeni-pencere", "--name", "Ouders Zuid", "--municipality", "Rotterdam",
            "--group", "ouders",
        ])
        let elsewhere = try laptop.run(["plan", "show", "Ouders Zuid", "--meeting", "1", "--format", "text"])
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(!elsewhere.stdout.contains("Buurtteam"))
    }

    @Test func anEntryThatAnotherFolderOverridesIsSaidNotToShow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dialoog-shadow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let user = folder.appendingPathComponent("user").path
        let id = "lokaal-utrecht-buurtteam"
        // A `--content` folder, read after the user's own, with a file of the same id.
        let later = ContentText(
            path: "extra/content/hulp/\(id).yaml",
            text: """
                name: Buurtteam uit een andere map
                what: Hulp.
                for: Inwoners.
                municipality: Utrecht
                themes: [hulp-zoeken]
                checked: 2026-01-01
                source: {document: telefoongesprek, section: januari}
                """, location: "/extra/content/hulp/\(id).yaml")
        let effects = EffectRunner(database: try AppDatabase.inMemory(), userContentFolder: user) {
            () throws(CLIError) in
            ContentLoader.load(layers: [
                ContentDisk.layer(at: Fixtures.checkout, display: "") ?? [],
                ContentDisk.layer(at: user, display: "~/.config/dialoog") ?? [], [later],
            ])
        }
        let entry = HelpEntry(
            id: id, name: "Buurtteam", what: "Hulp.", forWhom: "Inwoners.", phone: "030 1", kind: .slachtoffers,
            themes: ["hulp-zoeken"], municipality: "Utrecht", checked: ContentDate(year: 2026, month: 11, day: 20),
            source: SourceRef(document: LocalHelpForm.ownCheck, section: "nagegaan op 2026-11-20"),
            origin: ContentOrigin(file: "content/hulp/\(id).yaml"))
        let actions = effects.run(.saveLocalHelp(entry))
        #expect(actions.count == 2)
        #expect(
            actions.last == .localHelpFailed(.helpEntryShadowed(id: id, shown: "extra/content/hulp/\(id).yaml")))
        #expect(FileManager.default.fileExists(atPath: user + "/content/hulp/\(id).yaml"))
    }
}
