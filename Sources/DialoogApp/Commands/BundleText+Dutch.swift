import DialoogCore
import DialoogStore

extension BundleText: Words {
    package var dutch: String {
        switch self {
        case .cliExportAbstract: "Schrijft series naar één bundel voor de coördinator (zonder bijnamen en notities)."
        case .cliImportAbstract: "Leest bundels van andere laptops in: alles in één keer of niets."
        case .cliEraseAbstract: "Wist een deelnemer, serie of bijeenkomst echt, en onthoudt alleen de id."
        case .cliBackupAbstract: "Maakt een reservekopie van de database, ook terwijl dialoog open is."
        case .cliRestoreAbstract: "Zet een reservekopie terug en past de wissingen van daarna opnieuw toe."
        case .optSeries: "Eén serie: id, begin van de id of naam."
        case .optName: "Series waarvan de naam dit bevat."
        case .optOrganisation: "Series van deze organisatie."
        case .optPeriod: "Series met een bijeenkomst in deze periode (2026, 2026-Q4, 2026-11)."
        case .optIncludeDemo: "Neem ook demoseries mee."
        case .optOutput: "Het bundelbestand dat geschreven wordt."
        case .optForce: "Vervang een bestaand bestand."
        case .optTo: "Versleutel voor deze publieke sleutel (age1…); mag vaker."
        case .optPassphraseFile: "Versleutel of open met het wachtwoord in dit bestand."
        case .optIdentity: "Open met de geheime sleutel in dit bestand."
        case .optPlain: "Schrijf zonder versleuteling (alleen als het echt moet)."
        case .optWithNames: "Neem de bijnamen van deelnemers mee (alleen versleuteld)."
        case .optWithNotes: "Neem de notities uit de bijeenkomsten mee."
        case .optLaptop: "Alleen series van deze laptop (de id, of het begin ervan, zoals import die toont)."
        case .optBundles: "De bundelbestanden."
        case .optDryRun: "Laat zien wat er zou veranderen, zonder iets te veranderen."
        case .optPrefer: "Bij een conflict: newer (hoogste revisie), bundle of here."
        case .optYes: "Niet vragen: voor scripts."
        case .optEraseKind: "participant, series of meeting."
        case .optEraseId: "De id (of de eerste 8 tekens); bij een serie ook de naam."
        case .optBackupFile: "Het bestand voor de reservekopie."
        case .optRestoreFile: "De reservekopie die teruggezet wordt."
        case .lockMissing:
            "Kies hoe het bestand beveiligd wordt: --to age1… (de sleutel van de coördinator), --passphrase-file "
                + "BESTAND, of --plain voor een onversleuteld bestand. In een terminal vraagt dialoog om een wachtwoord."
        case .plainWithKey: "--plain gaat niet samen met --to of --passphrase-file."
        case .badRecipient(let value): "'\(value)' is geen publieke sleutel; die begint met age1."
        case .age(let problem): problem.message(.nl)
        case .namesNeedEncryption:
            "--with-names gaat niet samen met --plain: bijnamen gaan alleen versleuteld de deur uit."
        case .plainWarning:
            "Let op: dit bestand is niet versleuteld. Iedereen die het in handen krijgt, kan het lezen."
        case .namesWarning: "Let op: deze bundel bevat de bijnamen van de deelnemers."
        case .badPeriod(let value): "'\(value)' is geen periode. Schrijf 2026, 2026-Q4 of 2026-11."
        case .outputExists(let path): "\(path) bestaat al. Kies een andere naam, of vervang het met --force."
        case .outputNotAFile(let path): "\(path) is geen gewoon bestand; er is niets geschreven."
        case .cannotWrite(let path, let detail): "\(path) kan niet geschreven worden: \(detail)."
        case .noKeyToExportTo:
            "Typ de sleutel van de coördinator (age1…): op deze laptop staat geen coördinatorsleutel. "
                + "Er is niets geschreven."
        case .nothingToExport: "Geen series die hierbij passen; er is niets geschreven."
        case .exported(let path, let series, let meetings):
            "Bundel geschreven naar \(path): \(series) \(series == 1 ? "serie" : "series"), "
                + "\(meetings) \(meetings == 1 ? "bijeenkomst" : "bijeenkomsten")."
        case .fileMissing(let path): "\(path) bestaat niet."
        case .inputNotAFile(let path): "\(path) is geen gewoon bestand; er is niets ingelezen."
        case .fileUnreadable(let path, let detail): "\(path) kan niet gelezen worden: \(detail)."
        case .problem(let problem): problem.dutch
        case .importDryRun: "Proef: er is niets veranderd. Dit zou er gebeuren:"
        case .importAdded(let name, let origin): "  nieuw        \(name) (van laptop \(origin.prefix(8)))"
        case .importUpdated(let name, let origin, let revision):
            "  bijgewerkt   \(name) (van laptop \(origin.prefix(8)), revisie \(revision))"
        case .importUnchanged(let name): "  ongewijzigd  \(name)"
        case .importOlder(let name, let revision):
            "  overgeslagen \(name): revisie \(revision) is ouder dan wat hier staat"
        case .importErasedSeries(let name): "  gewist       \(name): deze serie is gewist en komt niet terug"
        case .importConflict(let conflict):
            "  conflict     \(conflict.entry.name): hier revisie \(conflict.here.revision) "
                + "(\(conflict.here.held) van \(conflict.here.meetings) gehouden, \(conflict.here.evaluations) evaluaties), "
                + "in de bundel revisie \(conflict.bundle.revision) (\(conflict.bundle.held) van "
                + "\(conflict.bundle.meetings) gehouden, \(conflict.bundle.evaluations) evaluaties); "
                + (conflict.keptBundle ? "die uit de bundel is bewaard" : "die van hier is bewaard")
        case .importErased(let count): "  \(count) gewiste \(count == 1 ? "gegeven" : "gegevens") opnieuw weggehaald"
        case .importNothingChanged: "Niets veranderd: alles in deze bundels stond er al."
        case .importDone(let bundles): "\(bundles) \(bundles == 1 ? "bundel" : "bundels") ingelezen."
        case .eraseNotFound(let kind, let reference): "Geen \(kind.dutch) gevonden voor '\(reference)'."
        case .eraseAmbiguous(let kind, let reference, let count):
            "'\(reference)' past bij \(count) keer \(kind.dutch); geef meer tekens van de id."
        case .eraseWhat(let item): "Wissen: \(item.dutch)."
        case .eraseAsk: "Dit kan niet ongedaan gemaakt worden. Echt wissen? (j/n) "
        case .eraseNeedsYes: "Wissen vraagt om bevestiging; geef --yes als er geen terminal is."
        case .eraseCancelled: "Niet gewist."
        case .erased(let item):
            "Gewist: \(item.dutch). Alleen de id is onthouden, zodat de volgende bundel het ook elders wist."
        case .backupWritten(let path): "Reservekopie geschreven naar \(path)."
        case .restoreNeedsForce(let path):
            "\(path) bestaat al. Terugzetten vervangt alles daarin; geef --force als dat de bedoeling is."
        case .restoreNotDatabase(let path): "\(path) is geen reservekopie van dialoog; er is niets veranderd."
        case .restored(let path, let erasures):
            "Reservekopie teruggezet in \(path)"
                + (erasures == 0
                    ? "." : "; \(erasures) latere \(erasures == 1 ? "wissing" : "wissingen") opnieuw toegepast.")
        }
    }
}

extension AppDatabase.Erasable {
    var dutch: String {
        switch kind {
        case .participant: "deelnemer \(nickname ?? id) in \(series)"
        case .meeting: "bijeenkomst \(number ?? 0) van \(series), met alles wat erin is vastgelegd"
        case .series: "serie \(series), met alle bijeenkomsten, deelnemers en evaluaties"
        }
    }

    var english: String {
        switch kind {
        case .participant: "participant \(nickname ?? id) in \(series)"
        case .meeting: "meeting \(number ?? 0) of \(series), with everything recorded in it"
        case .series: "series \(series), with all its meetings, participants and evaluations"
        }
    }
}

extension BundleProblem {
    var dutch: String {
        switch self {
        case .unreadable(let file, let place):
            "\(file): geen leesbare bundel" + (place.isEmpty ? "" : " (bij \(place))")
                + ". Er is niets ingelezen."
        case .notABundle(let file): "\(file): geen bundel van dialoog. Er is niets ingelezen."
        case .newerVersion(let file, let version):
            "\(file): gemaakt door een nieuwere dialoog (bundelversie \(version)). Werk dialoog bij. Er is niets ingelezen."
        case .badVersion(let file, let version): "\(file): onbekende bundelversie \(version). Er is niets ingelezen."
        case .badId(let file, let place, let value): "\(file): \(place): '\(value)' is geen id. Er is niets ingelezen."
        case .unsafeText(let file, let place): "\(file): \(place): tekst met stuurtekens. Er is niets ingelezen."
        case .outOfRange(let file, let place, let value):
            "\(file): \(place): '\(value)' valt buiten wat dialoog aankan. Er is niets ingelezen."
        case .tooMany(let file, let place, let count, let limit):
            "\(file): \(place): \(count) is meer dan \(limit). Er is niets ingelezen."
        case .unknownTable(let file, let place):
            "\(file): \(place) is onbekend in deze versie van dialoog. Er is niets ingelezen."
        case .wrongSeries(let file, let place):
            "\(file): \(place) hoort niet bij deze serie. Er is niets ingelezen."
        case .refused(let file, _, let detail):
            "\(file): de database weigert \(detail). Er is niets ingelezen."
        }
    }
}
