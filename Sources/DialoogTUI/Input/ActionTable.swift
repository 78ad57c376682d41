// Over 400 lines on purpose: one row per command (96 of them), so that a command's group,
// help and hint words in both languages are found in one place (README, Decisions).

import DialoogCore

/// The one table of commands: one row per command with its group, its words for the `?` help
/// and its word on the hint line, in both languages side by side. The keymap binds keys to
/// these commands by name (`Command.rawValue`); the `?` help, the hint line and the README's
/// key table are generated from here. A command without its row, or a row without both
/// languages, does not compile.
package enum ActionTable {
    package struct Entry: Equatable, Sendable {
        package var command: Command
        package var group: ActionGroup
        /// What the command does, for the `?` help and the README's key table.
        package var help: Phrase
        /// One or two words on the hint line at the bottom of the screen.
        package var hint: Phrase
    }

    package static func entry(_ command: Command) -> Entry {
        // Both labels of a pair are required: a row without its English does not compile.
        typealias Pair = (nl: String, en: String)
        func row(_ group: ActionGroup, hint: Pair, help: Pair) -> Entry {
            Entry(
                command: command, group: group, help: Phrase(nl: help.nl, en: help.en),
                hint: Phrase(nl: hint.nl, en: hint.en))
        }
        return switch command {
        // MARK: Everywhere
        case .moveUp:
            row(.moving, hint: (nl: "kiezen", en: "choose"), help: (nl: "een regel omhoog", en: "one line up"))
        case .moveDown:
            row(.moving, hint: (nl: "kiezen", en: "choose"), help: (nl: "een regel omlaag", en: "one line down"))
        case .pageUp:
            row(.moving, hint: (nl: "bladeren", en: "page"), help: (nl: "een scherm omhoog", en: "one screen up"))
        case .pageDown:
            row(.moving, hint: (nl: "bladeren", en: "page"), help: (nl: "een scherm omlaag", en: "one screen down"))
        case .moveFirst:
            row(
                .moving, hint: (nl: "begin/eind", en: "first/last"),
                help: (nl: "naar het begin", en: "to the beginning"))
        case .moveLast:
            row(.moving, hint: (nl: "begin/eind", en: "first/last"), help: (nl: "naar het eind", en: "to the end"))
        case .help:
            row(
                .general, hint: (nl: "help", en: "help"),
                help: (nl: "deze hulp met de toetsen", en: "this help with the keys"))
        case .openCommandLine:
            row(
                .general, hint: (nl: "opdracht", en: "command"),
                help: (nl: "opdracht typen (:q, :help, :theme)", en: "type a command (:q, :help, :theme)"))
        case .redraw:
            row(
                .general, hint: (nl: "opnieuw tekenen", en: "redraw"),
                help: (nl: "het scherm opnieuw tekenen", en: "redraw the screen"))
        case .quit:
            row(.general, hint: (nl: "stoppen", en: "quit"), help: (nl: "dialoog verlaten", en: "leave dialoog"))
        case .closeOverlay:
            row(
                .general, hint: (nl: "sluiten", en: "close"),
                help: (nl: "sluiten zonder iets te doen", en: "close without doing anything"))
        case .submit:
            row(
                .commandLine, hint: (nl: "uitvoeren", en: "run"),
                help: (nl: "de getypte opdracht uitvoeren", en: "run the typed command"))
        case .deleteBackward:
            row(
                .typing, hint: (nl: "wissen", en: "delete"),
                help: (nl: "het teken voor de cursor wissen", en: "erase the character before the cursor"))
        // MARK: Typing
        case .cursorLeft:
            row(
                .typing, hint: (nl: "cursor", en: "cursor"),
                help: (nl: "cursor een teken naar links", en: "cursor one character left"))
        case .cursorRight:
            row(
                .typing, hint: (nl: "cursor", en: "cursor"),
                help: (nl: "cursor een teken naar rechts", en: "cursor one character right"))
        case .cursorToStart:
            row(
                .typing, hint: (nl: "cursor", en: "cursor"),
                help: (nl: "cursor naar het begin van de tekst", en: "cursor to the start of the text"))
        case .cursorToEnd:
            row(
                .typing, hint: (nl: "cursor", en: "cursor"),
                help: (nl: "cursor naar het eind van de tekst", en: "cursor to the end of the text"))
        case .wordLeft:
            row(
                .typing, hint: (nl: "cursor", en: "cursor"),
                help: (nl: "cursor een woord terug", en: "cursor one word back"))
        case .wordRight:
            row(
                .typing, hint: (nl: "cursor", en: "cursor"),
                help: (nl: "cursor een woord verder", en: "cursor one word on"))
        case .deleteForward:
            row(
                .typing, hint: (nl: "wissen", en: "delete"),
                help: (nl: "het teken onder de cursor wissen", en: "erase the character under the cursor"))
        case .deleteToStart:
            row(
                .typing, hint: (nl: "wissen", en: "delete"),
                help: (nl: "wissen tot het begin van de tekst", en: "erase to the start of the text"))
        case .deleteToEnd:
            row(
                .typing, hint: (nl: "wissen", en: "delete"),
                help: (nl: "wissen tot het eind van de tekst", en: "erase to the end of the text"))
        case .deleteWordBackward:
            row(
                .typing, hint: (nl: "wissen", en: "delete"),
                help: (nl: "het woord voor de cursor wissen", en: "erase the word before the cursor"))
        case .openLibrary:
            row(
                .general, hint: (nl: "bibliotheek", en: "library"),
                help: (
                    nl: "de bibliotheek openen: methodieken, thema's, hulp, begrippen",
                    en: "open the library: methodologies, themes, help, terms"
                ))
        case .nextTab: row(.moving, hint: (nl: "tabblad", en: "tab"), help: (nl: "volgend tabblad", en: "next tab"))
        case .previousTab:
            row(.moving, hint: (nl: "tabblad", en: "tab"), help: (nl: "vorig tabblad", en: "previous tab"))
        case .open:
            row(
                .general, hint: (nl: "openen", en: "open"),
                help: (nl: "openen wat onder de cursor staat", en: "open what is under the cursor"))
        case .search:
            row(
                .general, hint: (nl: "zoeken", en: "search"),
                help: (
                    nl: "zoeken in de hele bibliotheek (ids, teksten, vertalingen)",
                    en: "search the whole library (ids, texts, translations)"
                ))
        // MARK: Planner
        case .previousMeeting:
            row(.moving, hint: (nl: "kiezen", en: "choose"), help: (nl: "vorige bijeenkomst", en: "previous meeting"))
        case .nextMeeting:
            row(
                .moving, hint: (nl: "kiezen", en: "choose"),
                help: (nl: "volgende bijeenkomst (ook extra en nazorg)", en: "next meeting (extra and aftercare too)"))
        case .addBlock:
            row(
                .planning, hint: (nl: "erbij", en: "add"),
                help: (
                    nl: "een blok toevoegen na het blok onder de cursor",
                    en: "add a block after the one under the cursor"
                ))
        case .addTemplateBlock:
            row(
                .planning, hint: (nl: "uit methode", en: "from method"),
                help: (
                    nl: "een blok uit de agenda van de methode of een werkvorm toevoegen (typ om te zoeken)",
                    en: "add a block from the method's agenda or a working form (type to search)"
                ))
        case .swapTopic:
            row(
                .planning, hint: (nl: "onderwerp", en: "topic"),
                help: (
                    nl: "het onderwerp van de bijeenkomst wisselen uit de lijst van de methode (typ om te zoeken)",
                    en: "swap the meeting's topic from the method's list (type to search)"
                ))
        case .takeSuggestion:
            row(
                .planning, hint: (nl: "overnemen", en: "take"),
                help: (
                    nl: "de gemeente overnemen zoals die al gespeld wordt (staat onder het veld)",
                    en: "take the municipality as it is already spelled (shown below the field)"
                ))
        case .editSeries:
            row(
                .planning, hint: (nl: "gegevens", en: "details"),
                help: (
                    nl: "de gegevens van de serie: naam, gespreksleiders, groep, grootte, plek, gemeente",
                    en: "the series' details: name, facilitators, group, size, venue, municipality"
                ))
        case .eraseSeries:
            row(
                .planning, hint: (nl: "serie verwijderen", en: "erase series"),
                help: (
                    nl: "de hele serie verwijderen, met alles wat ze vastlegde, voorgoed (vraagt eerst)",
                    en: "erase the series: the whole series with all it recorded, for good (asks first)"
                ))
        case .duplicateSeries:
            row(
                .planning, hint: (nl: "kopie", en: "copy"),
                help: (
                    nl: "een kopie zonder data of verslagen (vraagt eerst)",
                    en: "a copy without dates or records (asks first)"
                ))
        case .saveTemplate:
            row(
                .planning, hint: (nl: "sjabloon", en: "template"),
                help: (
                    nl: "de serie bewaren als sjabloon, zonder data, namen en verslagen (vraagt een naam)",
                    en: "save the series as a template, without dates, names or records (asks a name)"
                ))
        case .chooseTemplate:
            row(
                .planning, hint: (nl: "sjabloon", en: "template"),
                help: (
                    nl: "beginnen met de agenda van een bewaard sjabloon",
                    en: "start from the agenda of a saved template"
                ))
        case .removeBlock:
            row(.planning, hint: (nl: "weg", en: "remove"), help: (nl: "het blok verwijderen", en: "remove the block"))
        case .moveBlockUp:
            row(
                .planning, hint: (nl: "verplaatsen", en: "move"),
                help: (nl: "het blok een plaats naar voren", en: "move the block one place earlier"))
        case .moveBlockDown:
            row(
                .planning, hint: (nl: "verplaatsen", en: "move"),
                help: (nl: "het blok een plaats naar achteren", en: "move the block one place later"))
        case .duplicateBlock:
            row(
                .planning, hint: (nl: "dupliceren", en: "duplicate"),
                help: (nl: "het blok dupliceren (zonder prompts)", en: "duplicate the block (without its prompts)"))
        case .moreMinutes:
            row(
                .planning, hint: (nl: "minuten", en: "minutes"),
                help: (nl: "een minuut langer", en: "one minute longer"))
        case .fewerMinutes:
            row(
                .planning, hint: (nl: "minuten", en: "minutes"),
                help: (nl: "een minuut korter", en: "one minute shorter"))
        case .fiveMoreMinutes:
            row(
                .planning, hint: (nl: "+5 min", en: "+5 min"),
                help: (nl: "vijf minuten langer", en: "five minutes longer"))
        case .pickPrompts:
            row(
                .planning, hint: (nl: "prompts", en: "prompts"),
                help: (nl: "prompts kiezen voor het blok", en: "pick prompts for the block"))
        case .addChecklistItem:
            row(
                .planning, hint: (nl: "eigen punt", en: "own item"),
                help: (
                    nl: "een eigen punt op de voorbereidingslijst zetten (kinderopvang, tolk)",
                    en: "add an item of your own to the checklist (childcare, interpreter)"
                ))
        case .renameChecklistItem:
            row(
                .planning, hint: (nl: "hernoemen", en: "rename"),
                help: (nl: "een eigen punt van de lijst anders noemen", en: "rename an item of your own"))
        case .removeChecklistItem:
            row(
                .planning, hint: (nl: "weg", en: "remove"),
                help: (
                    nl: "een eigen punt van de lijst halen (u zet het terug)",
                    en: "remove an item of your own (u brings it back)"
                ))
        case .checklist:
            row(
                .general, hint: (nl: "voorbereiding", en: "checklist"),
                help: (nl: "de voorbereidingslijst van de serie", en: "the series' preparation checklist"))
        case .warnings:
            row(
                .general, hint: (nl: "waarschuwingen", en: "warnings"),
                help: (
                    nl: "naar de waarschuwingen; Enter gaat naar het blok",
                    en: "to the warnings; Enter goes to the block"
                ))
        case .addMeeting:
            row(
                .planning, hint: (nl: "extra", en: "extra"),
                help: (nl: "een extra bijeenkomst toevoegen", en: "add an extra meeting"))
        case .addAftercare:
            row(
                .planning, hint: (nl: "nazorg", en: "aftercare"),
                help: (nl: "de nazorgbijeenkomst toevoegen (één keer)", en: "add the aftercare meeting (once)"))
        case .removeMeeting:
            row(
                .planning, hint: (nl: "bijeenkomst weg", en: "remove meeting"),
                help: (
                    nl: "de extra of nazorgbijeenkomst verwijderen (de drie vaste blijven)",
                    en: "remove the extra or aftercare meeting (the three regular ones stay)"
                ))
        case .edit:
            row(
                .planning, hint: (nl: "bewerken", en: "edit"),
                help: (nl: "de tekst van het veld bewerken", en: "edit the field's text"))
        case .removePrompt:
            row(
                .planning, hint: (nl: "weghalen", en: "take off"),
                help: (nl: "de prompt van het blok halen", en: "take the prompt off the block"))
        case .toggle:
            row(.planning, hint: (nl: "aan/uit", en: "tick"), help: (nl: "aan- of uitvinken", en: "tick or untick"))
        case .allThemes:
            row(
                .moving, hint: (nl: "alle thema's", en: "all themes"),
                help: (nl: "wisselen tussen dit thema en alle thema's", en: "switch between this theme and all themes"))
        case .editMeeting:
            row(
                .planning, hint: (nl: "bijeenkomst", en: "meeting"),
                help: (
                    nl: "de bijeenkomst bewerken: datum, duur, doel, hulpkaart",
                    en: "edit the meeting: date, length, purpose, help card"
                ))
        case .printPlan:
            row(
                .planning, hint: (nl: "afdrukken", en: "print"),
                help: (
                    nl: "het plan als HTML-bestand om af te drukken (ook :print)",
                    en: "the plan as an HTML file to print (also :print)"
                ))
        case .exportReport:
            row(
                .general, hint: (nl: "rapport", en: "report"),
                help: (
                    nl: "het gefilterde overzicht als HTML-rapport (ook :print)",
                    en: "the filtered overzicht as an HTML report (also :print)"
                ))
        case .exportBundle:
            row(
                .general, hint: (nl: "bundel", en: "bundle"),
                help: (
                    nl: "de getoonde series als versleutelde bundel",
                    en: "the series shown as an encrypted bundle"
                ))
        case .completePath:
            row(
                .general, hint: (nl: "aanvullen", en: "complete"),
                help: (
                    nl: "map of bestand aanvullen (nog eens: de keuzes); in het sleutelveld: volgend veld",
                    en: "complete the folder or file (again: the choices); in the key field: next field"
                ))
        case .importBundle:
            row(
                .general, hint: (nl: "inlezen", en: "import"),
                help: (
                    nl: "een bundel van een andere laptop inlezen",
                    en: "import a bundle from another laptop"
                ))
        case .refillHelpCard:
            row(
                .planning, hint: (nl: "kaart vullen", en: "refill card"),
                help: (
                    nl: "de hulpkaart opnieuw vullen uit de thema's",
                    en: "fill the help card anew from the meeting's themes"
                ))
        case .newSeries:
            row(
                .general, hint: (nl: "nieuw", en: "new"),
                help: (
                    nl: "een nieuwe serie maken, met een voorstel voor drie bijeenkomsten",
                    en: "make a new series, with three meetings proposed"
                ))
        case .nextField: row(.moving, hint: (nl: "veld", en: "field"), help: (nl: "volgend veld", en: "next field"))
        case .previousField:
            row(.moving, hint: (nl: "veld", en: "field"), help: (nl: "vorig veld", en: "previous field"))
        case .previousChoice:
            row(.moving, hint: (nl: "keuze", en: "choice"), help: (nl: "vorige keuze", en: "previous choice"))
        case .nextChoice:
            row(.moving, hint: (nl: "keuze", en: "choice"), help: (nl: "volgende keuze", en: "next choice"))
        case .confirm:
            row(
                .general, hint: (nl: "bevestigen", en: "confirm"),
                help: (
                    nl: "bevestigen: bewaren, of door naar het volgende veld",
                    en: "confirm: save, or go on to the next field"
                ))
        case .newLocalHelp:
            row(
                .general, hint: (nl: "lokaal adres", en: "local entry"),
                help: (
                    nl: "nieuw lokaal adres: hulp in een gemeente, alleen met nagegaan nummers",
                    en: "new local entry: help in one municipality, with checked numbers only"
                ))
        case .editLocalHelp:
            row(
                .general, hint: (nl: "bewerken", en: "edit"),
                help: (
                    nl: "dit lokale adres bewerken (een landelijk adres: als lokale kopie)",
                    en: "edit this local entry (a national one: as a local copy)"
                ))
        // MARK: Live mode
        case .runMeeting:
            row(
                .general, hint: (nl: "bijeenkomst", en: "meeting"),
                help: (
                    nl: "de bijeenkomst van deze serie openen die nu loopt of de volgende is",
                    en: "open this series' meeting that is running or comes next"
                ))
        case .toggleTimer:
            row(
                .meeting, hint: (nl: "timer", en: "timer"),
                help: (nl: "de timer van het blok starten of pauzeren", en: "start or pause the block's timer"))
        case .nextBlock:
            row(
                .meeting, hint: (nl: "volgende", en: "next"),
                help: (nl: "naar het volgende blok (de timer gaat mee)", en: "to the next block (the timer goes along)")
            )
        case .previousBlock:
            row(
                .meeting, hint: (nl: "vorige", en: "previous"),
                help: (nl: "terug naar het vorige blok", en: "back to the previous block"))
        case .attendance:
            row(
                .meeting, hint: (nl: "aanwezig", en: "attendance"),
                help: (nl: "aanwezigheid: bijnamen of tellen", en: "attendance: nicknames or a headcount"))
        case .promptDeck:
            row(
                .meeting, hint: (nl: "stellingen", en: "prompts"),
                help: (nl: "de stellingen en vragen van dit blok", en: "the statements and questions of this block"))
        case .groundRules:
            row(
                .meeting, hint: (nl: "regels", en: "rules"),
                help: (nl: "de spelregels van de methodiek", en: "the methodology's ground rules"))
        case .helpCard:
            row(
                .meeting, hint: (nl: "hulp", en: "help card"),
                help: (
                    nl: "de hulpkaart: 112, de vaste lijnen, de thema's, eerdere signalen en lokale hulp",
                    en: "the help card: 112, the lines always there, the themes, earlier signals and local help"
                ))
        case .searchHelp:
            row(
                .meeting, hint: (nl: "alle hulp", en: "all help"),
                help: (
                    nl: "alle hulp doorzoeken: naam, wat, voor wie, soort, gemeente",
                    en: "search all help: name, what, for whom, kind, municipality"
                ))
        case .disclosure:
            row(
                .meeting, hint: (nl: "als iemand vertelt", en: "disclosure"),
                help: (
                    nl: "als iemand iets vertelt: wat je nu doet (kort, daaronder alles met bronnen)",
                    en: "when someone tells you something: what to do now (short, then in full with sources)"
                ))
        case .note:
            row(
                .meeting, hint: (nl: "notitie", en: "note"),
                help: (nl: "een korte notitie bij dit blok (geen namen)", en: "a short note on this block (no names)"))
        case .signal:
            row(
                .meeting, hint: (nl: "signaal", en: "signal"),
                help: (
                    nl: "een signaal vastleggen: alleen categorie, wat je deed en een vervolgdatum",
                    en: "record a signal: only a category, what you did and a follow-up date"
                ))
        case .privacyScreen:
            row(
                .meeting, hint: (nl: "scherm uit", en: "hide"),
                help: (
                    nl: "scherm uit: alles weg tot je een toets indrukt",
                    en: "privacy screen: everything hidden until a key is pressed"
                ))
        case .undo:
            // Live mode and the planner both undo: a general command, not only the meeting's.
            row(
                .general, hint: (nl: "ongedaan", en: "undo"),
                help: (nl: "de laatste handeling ongedaan maken", en: "undo the last action"))
        case .endMeeting:
            row(
                .meeting, hint: (nl: "afsluiten", en: "close"),
                help: (nl: "de bijeenkomst afsluiten", en: "close the meeting"))
        case .leaveLive:
            row(
                .meeting, hint: (nl: "terug", en: "back"),
                help: (
                    nl: "terug naar het startscherm; de bijeenkomst blijft open",
                    en: "back to the start screen; the meeting stays open"
                ))
        case .addParticipant:
            row(
                .meeting, hint: (nl: "erbij", en: "add"),
                help: (
                    nl: "een deelnemer toevoegen (bijnaam of initialen); bij tellen: één erbij",
                    en: "add a participant (nickname or initials); when counting: one more"
                ))
        case .renameParticipant:
            row(
                .meeting, hint: (nl: "hernoemen", en: "rename"),
                help: (
                    nl: "de bijnaam van een deelnemer veranderen (de deelnemer blijft dezelfde)",
                    en: "change a participant's nickname (the participant stays the same)"
                ))
        case .removeParticipant:
            row(
                .meeting, hint: (nl: "weghalen", en: "remove"),
                help: (
                    nl: "een deelnemer uit deze bijeenkomst wissen (u maakt het ongedaan)",
                    en: "erase a participant from this meeting (u undoes it)"
                ))
        case .countMode:
            row(
                .meeting, hint: (nl: "tellen/namen", en: "count/names"),
                help: (nl: "wisselen tussen bijnamen en tellen", en: "switch between nicknames and a headcount"))
        case .responseOpen:
            row(
                .meeting, hint: (nl: "reactie", en: "response"),
                help: (nl: "reactie van de groep: open", en: "the group's response: open"))
        case .responseMixed:
            row(
                .meeting, hint: (nl: "reactie", en: "response"),
                help: (nl: "reactie van de groep: gemengd", en: "the group's response: mixed"))
        case .responseResistance:
            row(
                .meeting, hint: (nl: "reactie", en: "response"),
                help: (nl: "reactie van de groep: weerstand", en: "the group's response: resistance"))
        case .responseSilence:
            row(
                .meeting, hint: (nl: "reactie", en: "response"),
                help: (nl: "reactie van de groep: stilte", en: "the group's response: silence"))
        case .addAgreement:
            row(
                .meeting, hint: (nl: "afspraak", en: "agreement"),
                help: (
                    nl: "een afspraak van de groep typen; hij staat daarna bij de spelregels van de groep",
                    en: "type an agreement of the group; it then stands with the group's ground rules"
                ))
        case .raiseTheme:
            row(
                .meeting, hint: (nl: "eigen thema", en: "own theme"),
                help: (nl: "een thema noteren dat de groep zelf inbracht", en: "note a theme the group raised itself"))
        case .addStatement:
            row(
                .meeting, hint: (nl: "eigen stelling", en: "own statement"),
                help: (
                    nl: "een stelling typen die een deelnemer verwoordde; de reeks bewaart hem als eigen stelling",
                    en: "type a statement a participant phrased; the series keeps it as its own statement"
                ))
        // MARK: Evaluation
        case .evaluate:
            row(
                .general, hint: (nl: "evalueren", en: "evaluate"),
                help: (nl: "de laatste afgesloten bijeenkomst evalueren", en: "evaluate the latest closed meeting"))
        case .stepBack:
            row(
                .evaluation, hint: (nl: "aanpassen", en: "adjust"),
                help: (
                    nl: "lager, een week eerder, of de vorige keuze in de lijst",
                    en: "lower, a week earlier, or the previous item in the list"
                ))
        case .stepForward:
            row(
                .evaluation, hint: (nl: "aanpassen", en: "adjust"),
                help: (
                    nl: "hoger, een week later, of de volgende keuze in de lijst",
                    en: "higher, a week later, or the next item in the list"
                ))
        case .toggleField:
            row(
                .evaluation, hint: (nl: "aan/uit", en: "tick"),
                help: (
                    nl: "aan- of uitvinken; nazorg en intervisie aan of uit",
                    en: "tick or untick; aftercare and intervisie on or off"
                ))
        case .editField:
            row(
                .evaluation, hint: (nl: "typen", en: "type"),
                help: (
                    nl: "een aantal, thema of afspraak typen; een keuze aanvinken",
                    en: "type a count, theme or agreement; tick a choice"
                ))
        case .increase:
            row(
                .evaluation, hint: (nl: "aantal", en: "count"),
                help: (
                    nl: "één meer (aantal, cijfer, week later), of een regel erbij",
                    en: "one more (count, score, a week later), or add a line"
                ))
        case .decrease:
            row(
                .evaluation, hint: (nl: "aantal", en: "count"),
                help: (nl: "één minder (aantal, cijfer, week eerder)", en: "one less (count, score, a week earlier)"))
        case .score1:
            row(.evaluation, hint: (nl: "cijfer", en: "score"), help: (nl: "cijfer 1 (laag)", en: "score 1 (low)"))
        case .score2: row(.evaluation, hint: (nl: "cijfer", en: "score"), help: (nl: "cijfer 2", en: "score 2"))
        case .score3: row(.evaluation, hint: (nl: "cijfer", en: "score"), help: (nl: "cijfer 3", en: "score 3"))
        case .score4: row(.evaluation, hint: (nl: "cijfer", en: "score"), help: (nl: "cijfer 4", en: "score 4"))
        case .score5:
            row(.evaluation, hint: (nl: "cijfer", en: "score"), help: (nl: "cijfer 5 (hoog)", en: "score 5 (high)"))
        case .clearValue:
            row(.evaluation, hint: (nl: "wissen", en: "clear"), help: (nl: "het veld leegmaken", en: "empty the field"))
        case .removeLine:
            row(
                .evaluation, hint: (nl: "weg", en: "remove"),
                help: (nl: "de regel onder de cursor weghalen", en: "remove the line under the cursor"))
        case .planIntervisie:
            row(
                .evaluation, hint: (nl: "intervisie", en: "intervisie"),
                help: (
                    nl: "intervisie aanzetten, twee weken na de bijeenkomst",
                    en: "turn intervisie on, two weeks after the meeting"
                ))
        case .closeEvaluation:
            row(
                .evaluation, hint: (nl: "terug", en: "back"),
                help: (nl: "terug; alles is al bewaard", en: "back; everything is already saved"))
        case .unlockEvaluation:
            row(
                .evaluation, hint: (nl: "wijzigen", en: "edit"),
                help: (
                    nl: "een evaluatie uit het overzicht wijzigen, na bevestigen",
                    en: "change an evaluation opened from the overview, after confirming"
                ))
        // MARK: Overzicht
        case .openOverview:
            row(
                .general, hint: (nl: "overzicht", en: "overview"),
                help: (
                    nl: "het overzicht: alle series, cijfers, grafieken, opvolging",
                    en: "the overview: all series, figures, charts, follow-ups"
                ))
        case .showFollowUps:
            row(
                .general, hint: (nl: "opvolgen", en: "follow-ups"),
                help: (
                    nl: "alle open opvolging: signalen, nazorg en intervisie",
                    en: "every open follow-up (signals, aftercare, peer support)"
                ))
        case .filter:
            row(
                .general, hint: (nl: "filter", en: "filter"),
                help: (
                    nl: "de filters: wie, welke methodiek, waar en wanneer",
                    en: "the filters: who, which method, where and when"
                ))
        case .clearFilters:
            row(
                .general, hint: (nl: "filters wissen", en: "clear filters"),
                help: (nl: "alle filters wissen", en: "clear every filter"))
        case .sort:
            row(
                .general, hint: (nl: "sorteren", en: "sort"),
                help: (
                    nl: "anders sorteren: datum, naam, organisatie of cijfers",
                    en: "sort otherwise: date, name, organisation or figures"
                ))
        case .nextGrouping:
            row(
                .general, hint: (nl: "andere tabel", en: "other table"),
                help: (
                    nl: "de tabel per gemeente, per methodiek of per organisatie",
                    en: "the table per municipality, per method or per organisation"
                ))
        case .setTarget:
            row(
                .general, hint: (nl: "doel", en: "target"),
                help: (
                    nl: "een doel zetten: aantal bijeenkomsten in een periode",
                    en: "set a target: a number of meetings in a period"
                ))
        case .removeTarget:
            row(
                .general, hint: (nl: "doel weg", en: "remove target"),
                help: (nl: "het doel weghalen", en: "remove the target"))
        case .markDone:
            row(
                .general, hint: (nl: "afgehandeld", en: "done"),
                help: (nl: "de opvolging afhandelen (vandaag)", en: "mark the follow-up as done (today)"))
        case .markOpen:
            row(
                .general, hint: (nl: "weer open", en: "open again"),
                help: (nl: "afgehandelde opvolging weer openzetten", en: "open a follow-up marked done again"))
        case .approveTheme:
            row(
                .general, hint: (nl: "vrijgeven", en: "release"),
                help: (
                    nl: "een eigen thema vrijgeven voor rapporten en grafieken",
                    en: "release a group's own theme for reports and charts"
                ))
        case .rejectTheme:
            row(
                .general, hint: (nl: "hier houden", en: "keep here"),
                help: (
                    nl: "een eigen thema op deze laptop houden (telt als niet vrijgegeven)",
                    en: "keep a group's own theme on this laptop (counted as not released)"
                ))
        case .meetingRecords:
            row(
                .general, hint: (nl: "vastgelegd", en: "records"),
                help: (
                    nl: "vastgelegd in de bijeenkomst: vergissingen intrekken",
                    en: "what the meeting recorded: withdraw a mistake"
                ))
        case .withdrawRecord:
            row(
                .general, hint: (nl: "intrekken", en: "withdraw"),
                help: (
                    nl: "een signaal, notitie, vraag of thema intrekken (na j/n)",
                    en: "withdraw a signal, note, prompt or theme (after y/n)"
                ))
        }
    }
}
