import DialoogCore
import DialoogTestSupport
import Testing

/// The local help form, key in, form and effect out: opened from the help tab, typed, checked,
/// saved as one effect, and asked about before a half-filled form is thrown away.
@Suite("Local help form")
struct LocalHelpReducerTests {
    /// The bibliotheek on its help tab, the shipped library loaded.
    static func onHelpTab() -> AppState {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.nextTab))
        _ = state.reduce(.command(.nextTab))
        #expect(state.libraryState.tab == .help)
        return state
    }

    static func type(_ text: String, into state: inout AppState) {
        _ = state.reduce(.insertText(text))
        _ = state.reduce(.command(.nextField))
    }

    /// A new form filled in, on its last line.
    static func filled(phone: String = "030 123 45 67") -> AppState {
        var state = onHelpTab()
        _ = state.reduce(.command(.newLocalHelp))
        type("Buurtteam Noordwest", into: &state)
        type("Praktische hulp en een luisterend oor.", into: &state)
        type("Inwoners van Utrecht Noordwest.", into: &state)
        _ = state.reduce(.command(.nextField))  // kind: slachtoffers
        type(phone, into: &state)
        for _ in 0..<4 { _ = state.reduce(.command(.nextField)) }  // web, chat, hours, languages
        _ = state.reduce(.command(.nextChoice))  // anonymous: ja
        _ = state.reduce(.command(.nextField))
        _ = state.reduce(.command(.nextField))  // checked: today, as it starts
        type("Utrecht", into: &state)
        return state
    }

    @Test func theFormOpensOnTheHelpTabOnly() {
        var state = Fixtures.libraryState()
        _ = state.reduce(.command(.newLocalHelp))
        #expect(state.libraryState.form == nil)
        #expect(state.status == .localHelp(.onlyOnHelpTab))
        state = Self.onHelpTab()
        _ = state.reduce(.command(.newLocalHelp))
        #expect(state.libraryState.form?.field == .name)
        #expect(state.inputMode == .localHelpText)
        #expect(state.libraryState.form?.values.checked == "2026-12-01")
    }

    @Test func aFilledFormIsSavedAsOneEffect() throws {
        var state = Self.filled()
        #expect(state.libraryState.form?.field == .save)
        let effects = state.reduce(.command(.confirm))
        guard case .saveLocalHelp(let entry) = effects.first else {
            Issue.record("no save: \(effects), \(String(describing: state.status))")
            return
        }
        #expect(entry.id == "lokaal-utrecht-buurtteam-noordwest")
        #expect(entry.phone == "030 123 45 67")
        #expect(entry.municipality == "Utrecht")
        #expect(entry.anonymous == .ja)
        #expect(entry.kind == .slachtoffers)
        #expect(entry.checked.description == "2026-12-01")
        #expect(entry.source.document == LocalHelpForm.ownCheck)
        // Saved: the form closes on the entry's page.
        _ = state.reduce(.localHelpSaved(entry, path: "~/.config/dialoog/content/hulp/\(entry.id).yaml"))
        #expect(state.libraryState.form == nil)
        #expect(state.libraryState.page == .help(entry.id))
    }

    @Test func aPhoneNumberHasOnlyDigitsSpacesPlusAndDash() {
        var state = Self.filled(phone: "bel 030-1234")
        #expect(state.reduce(.command(.confirm)).isEmpty)
        #expect(state.status == .localHelp(.badPhone("bel 030-1234")))
        #expect(state.libraryState.form?.field == .phone)
        #expect(LocalHelpForm.isPhone("+31 (0)30") == false)
        #expect(LocalHelpForm.isPhone("+31 30-123 45 67"))
        #expect(LocalHelpForm.isPhone("- -") == false)
    }

    @Test func aFailureKeepsTheFormAsItWas() {
        var state = Self.filled()
        _ = state.reduce(.command(.confirm))
        _ = state.reduce(.localHelpFailed(.helpFileNotWritten(path: "/x", reason: "Permission denied")))
        #expect(state.libraryState.form?.values.name == "Buurtteam Noordwest")
        #expect(state.libraryState.form?.saving == false)
        #expect(state.status == .localHelp(.notSaved(.helpFileNotWritten(path: "/x", reason: "Permission denied"))))
    }

    @Test func escOnAHalfFilledFormAsksFirst() {
        var state = Self.onHelpTab()
        _ = state.reduce(.command(.newLocalHelp))
        _ = state.reduce(.insertText("Buurt"))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.form != nil)
        #expect(state.status == .localHelp(.confirmDiscard))
        // Any other key goes back to the form, with what was typed.
        _ = state.reduce(.command(.nextField))
        #expect(state.libraryState.form?.values.name == "Buurt")
        #expect(state.libraryState.form?.field == .name)
        _ = state.reduce(.command(.closeOverlay))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.form == nil)
        // An untouched form closes at once.
        _ = state.reduce(.command(.newLocalHelp))
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.libraryState.form == nil)
    }

    @Test func aShippedEntryIsCopiedAsANewLocalOne() {
        var state = Self.onHelpTab()
        let rows = state.libraryState.rows(in: state.library!)
        state.libraryState.selection[.help] = rows.firstIndex(of: .help("veilig-thuis"))!
        _ = state.reduce(.command(.editLocalHelp))
        let form = state.libraryState.form
        #expect(form?.isEdit == false)
        #expect(form?.values.phone == "0800-2000")
        #expect(form?.values.municipality == "")
        // Without a municipality it is not saved.
        state.libraryState.form?.field = .save
        _ = state.reduce(.command(.confirm))
        #expect(state.status == .localHelp(.required(.municipality)))
        state.libraryState.form?.values.municipality = "Utrecht"
        state.libraryState.form?.field = .save
        let effects = state.reduce(.command(.confirm))
        guard case .saveLocalHelp(let entry) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(entry.id == "lokaal-utrecht-veilig-thuis")
        #expect(entry.always == nil)
        #expect(entry.themes == ["hulp-zoeken", "huiselijk-geweld"])
    }

    @Test func aLocalEntryIsEditedInPlaceAndKeepsItsID() {
        let local = HelpEntry(
            id: "lokaal-utrecht-buurtteam", name: "Buurtteam", what: "Hulp.", forWhom: "Inwoners.", phone: "030 1",
            kind: .slachtoffers, signals: [.huiselijkGeweld], themes: ["opvoeding"], municipality: "Utrecht",
            checked: ContentDate(year: 2026, month: 1, day: 2),
            source: SourceRef(document: "telefoongesprek", section: "januari 2026"),
            origin: ContentOrigin(file: "content/hulp/lokaal-utrecht-buurtteam.yaml"))
        var form = LocalHelpForm(from: local, today: ContentDate(year: 2026, month: 11, day: 20))
        #expect(form.isEdit)
        #expect(!form.hasChanges)
        form.values.name = "Buurtteam Noord"
        let entry = try? form.entry(today: ContentDate(year: 2026, month: 11, day: 20), taken: [local.id]).get()
        #expect(entry?.id == local.id)
        #expect(entry?.source == local.source)
        #expect(entry?.signals == [.huiselijkGeweld])
        #expect(entry?.checked.description == "2026-01-02")
    }

    @Test func aNewEntryNeverTakesTheFileOfAnother() {
        var form = LocalHelpForm(municipality: "Utrecht", today: ContentDate(year: 2026, month: 11, day: 20))
        form.values.name = "Buurtteam"
        form.values.what = "Hulp."
        form.values.forWhom = "Inwoners."
        let entry = try? form.entry(
            today: ContentDate(year: 2026, month: 11, day: 20), taken: ["lokaal-utrecht-buurtteam"]
        ).get()
        #expect(entry?.id == "lokaal-utrecht-buurtteam-2")
        form.values.checked = "2026-11-21"
        #expect(
            form.entry(today: ContentDate(year: 2026, month: 11, day: 20), taken: [])
                == .failure(LocalHelpForm.Problem(notice: .dateInFuture, field: .checked)))
    }

    @Test func fromThePlannersMeetingEditorForTheSeriesMunicipalityAndBackAgain() {
        var state = Fixtures.plannerState(Fixtures.plan())
        _ = state.reduce(.command(.nextMeeting))
        _ = state.reduce(.command(.editMeeting))
        #expect(state.inputMode == .meetingEditor)
        _ = state.reduce(.command(.newLocalHelp))
        #expect(state.screen == .library)
        #expect(state.libraryState.tab == .help)
        #expect(state.libraryState.form?.values.municipality == "Den Haag")
        // Esc on an untouched form goes back to the planner as it was left.
        _ = state.reduce(.command(.closeOverlay))
        #expect(state.screen == .planner)
        #expect(state.plannerState.meeting == 1)
        #expect(state.inputMode == .meetingEditor)
        // Saved: back to the planner too, with the entry in the library.
        _ = state.reduce(.command(.newLocalHelp))
        state.libraryState.form?.values.name = "Wijkteam"
        state.libraryState.form?.values.what = "Hulp."
        state.libraryState.form?.values.forWhom = "Inwoners."
        state.libraryState.form?.field = .save
        let effects = state.reduce(.command(.confirm))
        guard case .saveLocalHelp(let entry) = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(entry.id == "lokaal-den-haag-wijkteam")
        _ = state.reduce(.localHelpSaved(entry, path: "x"))
        #expect(state.screen == .planner)
        #expect(state.inputMode == .meetingEditor)
        #expect(state.status == .localHelp(.saved(path: "x")))
    }
}
