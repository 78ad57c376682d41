import DialoogAge
import DialoogCore

extension AgeText: Words {
    package var dutch: String {
        switch self {
        case .error(let error): Self.dutch(error)
        case .badKeyLine: "geen geldige geheime sleutel (die begint met AGE-SECRET-KEY-1)."
        case .cliKeyAbstract: "Maakt of toont de sleutel waarmee een coördinator versleutelde bundels opent."
        case .cliKeyNewAbstract:
            "Maakt een nieuw sleutelpaar: het geheime deel blijft op deze laptop, het openbare deel (age1…) deel je uit."
        case .cliKeyShowAbstract: "Toont de openbare sleutel (age1…) bij de bewaarde geheime sleutel."
        case .cliKeyOutput: "Waar de geheime sleutel komt (standaard $XDG_DATA_HOME/dialoog/keys/coordinator.age-key)."
        case .cliKeyIdentity: "Het bestand met de geheime sleutel (standaard dat van dialoog key new)."
        case .cliPassphraseFile: "Lees het wachtwoord uit de eerste regel van dit bestand in plaats van het te vragen."
        case .keySaved(let path): "Geheime sleutel bewaard in \(path); alleen jij kunt dat bestand lezen."
        case .keyHandOut:
            "Geef de openbare sleutel hierboven aan de gespreksleiders die hun bundels naar jou sturen. "
                + "Het geheime bestand verlaat deze laptop nooit."
        case .keyTooOpen(let path, let mode):
            "Let op: \(path) is ook voor anderen leesbaar (modus \(mode)). Maak het privé met: chmod 600 \(path)"
        case .keyExists(let path):
            "Er staat al een sleutel in \(path). dialoog vervangt die niet: bundels die ermee versleuteld zijn, "
                + "gingen dan verloren. Kies een ander bestand met --output."
        case .keyMissing(let path): "Er is geen sleutel in \(path). Maak er een met: dialoog key new"
        case .identityNeeded(let path):
            "\(path) is versleuteld met een sleutel en hier is geen sleutel van de coördinator. Geef --identity "
                + "BESTAND. Er is niets ingelezen."
        case .cannotWrite(let path, let detail): "\(path) kan niet geschreven worden: \(detail)."
        case .cannotRead(let path, let detail): "\(path) kan niet gelezen worden: \(detail)."
        case .passphrasePrompt: "Wachtwoord: "
        case .passphraseRepeat: "Hetzelfde wachtwoord nog eens: "
        case .passphraseFileEmpty: "de eerste regel is leeg; daar hoort het wachtwoord te staan."
        case .passphrasesDiffer: "De twee wachtwoorden verschillen. Er is niets geschreven; probeer het opnieuw."
        case .noPassphraseSource:
            "Er is een wachtwoord nodig. Geef --passphrase-file BESTAND, of start de opdracht in een terminal, "
                + "dan vraagt dialoog erom."
        case .passphraseAborted: "Geen wachtwoord ingevoerd; er is niets gedaan."
        }
    }

    private static func dutch(_ error: AgeError) -> String {
        switch error {
        case .notAgeFile: "dit is geen versleuteld age-bestand (het begint niet met age-encryption.org/v1)."
        case .armored:
            "dit age-bestand is in tekstvorm (BEGIN AGE ENCRYPTED FILE); dialoog leest alleen de gewone vorm. "
                + "Vraag om het bestand zonder --armor."
        case .unsupportedVersion(let version):
            "dit age-bestand heeft versie '\(version)'; dialoog leest age-encryption.org/v1."
        case .unsupportedStanza(let kind):
            "dit bestand is versleuteld voor een sleutel van de soort '\(kind)'; dialoog opent alleen age-sleutels "
                + "(age1…) en wachtwoorden."
        case .malformedHeader: "de kop van het bestand is beschadigd; het kan niet geopend worden."
        case .noMatchingIdentity:
            "geen van de gegeven sleutels past: het bestand is voor een andere sleutel versleuteld."
        case .needsPassphrase: "dit bestand is met een wachtwoord versleuteld, niet voor een sleutel."
        case .needsKey: "dit bestand is voor een sleutel versleuteld, niet met een wachtwoord."
        case .wrongPassphrase: "het wachtwoord klopt niet."
        case .truncated: "het bestand is afgebroken: het einde ontbreekt. Vraag het opnieuw op."
        case .altered: "het bestand is beschadigd of veranderd: de controle klopt niet. Er is niets uit gebruikt."
        case .workFactorTooHigh(let factor, let maximum):
            "het wachtwoord vraagt scrypt-werkfactor \(factor); dialoog gaat niet hoger dan \(maximum), "
                + "anders loopt de laptop vast."
        case .badKeyText(line: nil):
            "dit is geen geldige age-sleutel (een openbare begint met age1, een geheime met AGE-SECRET-KEY-1)."
        case .badKeyText(let line?): "regel \(line) is geen geldige geheime sleutel."
        case .noIdentityInFile: "hier staat geen geheime sleutel (AGE-SECRET-KEY-1…) in."
        case .noRecipients: "er is geen ontvanger: noem minstens één openbare sleutel (age1…)."
        case .emptyPassphrase: "een leeg wachtwoord beschermt niets; kies een wachtwoord."
        }
    }
}
