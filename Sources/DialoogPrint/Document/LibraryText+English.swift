import DialoogCore

extension LibraryText {
    package var english: String {
        switch self {
        case .today: "today"
        case .tomorrow: "tomorrow"
        case .weekday(let n): ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(n - 1) % 7]
        case .month(let n):
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(n - 1) % 12]
        case .commonBaseTitle: "Common base"
        case .libraryHeading(let heading): heading.english
        case .meetingHeading(let number, let minutes): "Meeting \(number) · \(minutes) min"
        case .meetingNumber(let number): "Meeting \(number)"
        case .groupSize(let min, let max): "\(min) to \(max) participants"
        case .aftercareAfter(let weeks): "After about \(weeks) weeks"
        case .groupChooses(let count): "The group chooses \(count):"
        case .origin(let file, let replaces):
            replaces.map { "From \(file), replaces \($0)" } ?? "From \(file)"
        case .source(let ref):
            "\(ref.document), \(ref.section)" + (ref.lines.map { ", lines \($0)" } ?? "")
        case .followUp(let text): "Follow-up: \(text)"
        case .promptKindName(let kind):
            switch kind {
            case .stelling: "Statements"
            case .vraag: "Questions"
            case .casus: "Cases (What if…?)"
            case .huiswerk: "Homework"
            case .woordweb: "Word web"
            case .opening: "Opening questions"
            case .afsluiting: "Closing questions"
            }
        case .temperatureName(let temperature):
            switch temperature {
            case .koud: "cold"
            case .lauw: "lukewarm"
            case .warm: "warm"
            case .heet: "hot"
            }
        case .checkedOn(let date): "Checked: \(date)"
        case .checkedOutdated(let date): "Checked: \(date), over 12 months ago: check before use"
        case .minutesShort(let minutes): "\(minutes) min"
        case .minutesRange(let min, let max): "\(min)-\(max) min"
        case .provenance(.organisation(let lines), let organisation, let document):
            "\(organisation)'s own practice (\(document):\(lines))"
        case .provenance(.dialoog, _, _): "dialoog's proposal"
        case .provenance(.trainer, _, _): "changed by the trainer"
        case .provenanceLegendOwn(let organisation, let document):
            "\(organisation)'s own practice (lines in \(document))"
        }
    }
}
