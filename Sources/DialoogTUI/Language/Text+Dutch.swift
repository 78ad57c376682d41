import DialoogCore

extension Text {
    var dutch: String {
        switch self {
        case .appName: "dialoog"
        case .tagline: "voor gespreksleiders"
        case .upcomingHeading: "EERSTVOLGENDE BIJEENKOMSTEN"
        case .seriesHeading(let count): "SERIES (\(count))"
        case .noUpcoming: "Er staat geen bijeenkomst met een datum gepland."
        case .loading: "Series worden gelezen…"
        case .emptyTitle: "Nog geen series"
        case .emptyExplanation:
            "Een serie is één groep die drie bijeenkomsten volgt, van koude naar hete thema's: "
                + "van opvoeding en leven in twee culturen naar zelfbeschikking en geweld. "
                + "Zodra er series zijn, staat de eerstvolgende bijeenkomst hier bovenaan."
        case .emptyNextSteps:
            "? toont de toetsen, :theme licht|donker|mono kiest de kleuren, "
                + "en dialoog --help toont de opdrachten."
        case .databaseLabel(let path): "Gegevens: \(path)"
        case .meetingNumber(let kind, let number, let total):
            switch kind {
            case .regular: "bijeenkomst \(number)/\(total)"
            case .extra: "extra bijeenkomst"
            case .aftercare: "nazorgbijeenkomst"
            }
        case .held(let held, let total): "\(held)/\(total) gehouden"
        case .completed: "afgerond"
        case .noDate: "nog geen datum"
        case .today: "vandaag"
        case .tomorrow: "morgen"
        case .weekday(let n): ["zo", "ma", "di", "wo", "do", "vr", "za"][(n - 1) % 7]
        case .month(let n):
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][(n - 1) % 12]

        case .helpTitle(let mode): "Toetsen · \(Text.modeName(mode).dutch)"
        case .helpFooter: "Esc, q of ? sluit deze hulp · ↑↓ scrollt"
        case .group(let group):
            switch group {
            case .moving: "Bewegen"
            case .general: "Algemeen"
            case .commandLine: "Opdrachtregel"
            }
        case .hint(let command):
            switch command {
            case .moveUp, .moveDown: "kiezen"
            case .pageUp, .pageDown: "bladeren"
            case .moveFirst, .moveLast: "begin/eind"
            case .help: "help"
            case .openCommandLine: "opdracht"
            case .redraw: "opnieuw tekenen"
            case .quit: "stoppen"
            case .closeOverlay: "sluiten"
            case .submit: "uitvoeren"
            case .deleteBackward: "wissen"
            }
        case .helpMoveUp: "een regel omhoog"
        case .helpMoveDown: "een regel omlaag"
        case .helpPageUp: "een scherm omhoog"
        case .helpPageDown: "een scherm omlaag"
        case .helpMoveFirst: "naar het begin"
        case .helpMoveLast: "naar het eind"
        case .helpHelp: "deze hulp met de toetsen"
        case .helpCommandLine: "opdracht typen (:q, :help, :theme)"
        case .helpRedraw: "het scherm opnieuw tekenen"
        case .helpQuit: "dialoog verlaten"
        case .helpClose: "sluiten zonder iets te doen"
        case .helpSubmit: "de getypte opdracht uitvoeren"
        case .helpDeleteBackward: "het laatste teken wissen"
        case .commandLineHint: "Enter voert uit · Esc annuleert · :q  :help  :theme licht|donker|mono  :taal en"
        case .keysColumn: "Toets"
        case .actionColumn: "Wat het doet"
        case .modeName(let mode):
            switch mode {
            case .start: "startscherm"
            case .help: "hulp"
            case .commandLine: "opdrachtregel"
            }

        case .status(let status):
            switch status {
            case .unknownCommand(let word): "Onbekende opdracht ':\(word)'. Typ :help voor wat er kan."
            case .themeChanged(let theme): "Kleuren: \(Text.themeName(theme).dutch)."
            case .unknownTheme(let word):
                word.isEmpty
                    ? "Welk thema? Typ :theme licht, :theme donker of :theme mono."
                    : "Onbekend thema '\(word)'. Kies licht, donker of mono."
            case .languageChanged(let language): "Taal: \(Text.languageName(language).dutch)."
            case .unknownLanguage(let word): "Onbekende taal '\(word)'. Kies nl of en."
            case .loadFailed(let message): "De series konden niet gelezen worden: \(message)"
            case .terminalNotUTF8: Text.notUTF8.dutch
            }
        case .themeName(let theme):
            switch theme {
            case .dark: "donker"
            case .light: "licht"
            case .mono: "zwart-wit"
            }
        case .languageName(let language):
            switch language {
            case .nl: "Nederlands"
            case .en: "Engels"
            }

        case .tooSmall(let size): "Het venster is te klein (\(size.width)×\(size.height))."
        case .tooSmallAdvice(let minimum):
            "dialoog heeft minstens \(minimum.width)×\(minimum.height) nodig. "
                + "Maak het venster groter of de letters kleiner; er gaat niets verloren."

        case .cliAbstract: "Metgezel voor gespreksleiders van dialoogbijeenkomsten."
        case .cliDiscussion:
            "Zonder opdracht opent dialoog het schermprogramma. De gegevens staan in één "
                + "SQLite-bestand, standaard $XDG_DATA_HOME/dialoog/dialoog.sqlite "
                + "(of ~/.local/share/dialoog/dialoog.sqlite)."
        case .cliOptionDatabase: "Het databasebestand (standaard in de XDG-gegevensmap)."
        case .cliOptionLanguage: "De taal van het scherm: nl of en (standaard volgens LANG)."
        case .cliKeysAbstract: "Toont de toetsen van elk scherm, uit dezelfde tabel als de ?-hulp."
        case .cliOptionFormat: "Uitvoer: text of md."
        case .notATerminal:
            "dialoog is een schermprogramma en heeft een terminal nodig voor invoer en uitvoer. "
                + "Start het in een terminalvenster, of zie dialoog --help voor de opdrachten "
                + "die zonder scherm werken."
        case .notUTF8: "Geen UTF-8: accenten vereenvoudigd. Zet LANG=nl_NL.UTF-8."
        case .unknownLanguageOption(let value): "Onbekende taal '\(value)'. Kies nl of en."
        case .badClock(let value):
            "DIALOOG_NOW='\(value)' is geen tijd. Schrijf het als 2026-12-01T19:30:00, of laat het weg."
        case .terminalFailed(let term):
            "De terminal '\(term)' kan niet gestart worden. Zet TERM op bijvoorbeeld xterm-256color."

        case .storeNewerDatabase(let path, let unknown):
            "\(path) is bijgewerkt door een nieuwere versie van dialoog "
                + "(onbekende stappen: \(unknown.joined(separator: ", "))). "
                + "Deze versie laat het bestand ongemoeid; installeer de nieuwste dialoog om het te openen."
        case .storeNotDialoog(let path):
            "\(path) is geen database van dialoog. Het bestand is niet aangeraakt; "
                + "kies een ander bestand met --db, of verplaats dit bestand."
        case .storeDamaged(let path, let detail):
            "\(path) is beschadigd (\(detail)). Het bestand is niet aangeraakt; "
                + "zet een reservekopie terug of start met een nieuw bestand via --db."
        case .storeCannotCreateFolder(let path, let detail):
            "De map \(path) kan niet gemaakt worden (\(detail)). Kies een andere plek met --db."
        case .storeCannotOpen(let path, let detail):
            "\(path) kan niet geopend worden (\(detail)). Controleer de rechten op het bestand en de map."
        }
    }
}
