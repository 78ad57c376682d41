import DialoogCore

extension LibraryText: Words {
    package var dutch: String {
        switch self {
        case .today: "vandaag"
        case .tomorrow: "morgen"
        case .weekday(let n): ["zo", "ma", "di", "wo", "do", "vr", "za"][(n - 1) % 7]
        case .month(let n):
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"][(n - 1) % 12]
        case .commonBaseTitle: "Gemeenschappelijke basis"
        case .libraryHeading(let heading): heading.dutch
        case .meetingHeading(let number, let minutes): "Bijeenkomst \(number) · \(minutes) min"
        case .meetingNumber(let number): "Bijeenkomst \(number)"
        case .groupSize(let min, let max): "\(min) tot \(max) deelnemers"
        case .aftercareAfter(let weeks): "Na ongeveer \(weeks) weken"
        case .groupChooses(let count): "De groep kiest er \(count):"
        case .origin(let file, let replaces):
            replaces.map { "Uit \(file), vervangt \($0)" } ?? "Uit \(file)"
        case .source(let ref):
            "\(ref.document), \(ref.section)" + (ref.lines.map { ", regels \($0)" } ?? "")
        case .followUp(let text): "Doorvragen: \(text)"
        case .promptKindName(let kind):
            switch kind {
            case .stelling: "Stellingen"
            case .vraag: "Vragen"
            case .casus: "Casussen (Wat als…?)"
            case .huiswerk: "Huiswerk"
            case .woordweb: "Woordweb"
            case .opening: "Openingsvragen"
            case .afsluiting: "Afsluitvragen"
            }
        case .temperatureName(let temperature): temperature.rawValue
        case .checkedOn(let date): "Gecontroleerd: \(date)"
        case .checkedOutdated(let date): "Gecontroleerd: \(date), ouder dan 12 maanden: controleer voor gebruik"
        case .minutesShort(let minutes): "\(minutes) min"
        case .minutesRange(let min, let max): "\(min)-\(max) min"
        case .provenance(.organisation(let lines), let organisation, let document):
            "eigen werkwijze \(organisation) (\(document):\(lines))"
        case .provenance(.dialoog, _, _): "voorstel van dialoog"
        case .provenance(.trainer, _, _): "aangepast door de trainer"
        case .provenanceLegendOwn(let organisation, let document):
            "eigen werkwijze \(organisation) (regels in \(document))"
        }
    }
}
