import ArgumentParser
import DialoogCore
import DialoogPrint
import DialoogStore
import DialoogTUI
import Foundation

/// `dialoog meeting records|withdraw|correct`: what a meeting recorded, corrected afterwards.
/// A withdrawn record counts nowhere; the day of each change stays visible.
package struct MeetingCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "meeting", abstract: CommandText.cliMeetingAbstract.localized(CommandLineLanguage.current),
            subcommands: [Records.self, Withdraw.self, Correct.self])
    }

    package init() {}

    static func help(_ text: CommandText) -> ArgumentHelp { ArgumentHelp(text.localized(CommandLineLanguage.current)) }

    // MARK: - records

    package struct Records: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliMeetingRecordsAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: PlanCommand.help(.cliSeriesArgument)) package var series: String
        @Argument(help: help(.cliMeetingNumber)) package var meeting: Int

        package init() {}

        package func run() throws {
            try global.withStore { context in
                let plan = try context.plan(series)
                guard let found = plan.meeting(number: meeting) else {
                    throw CLIError.plan(.noSuchMeeting(meeting, available: plan.meetings.map(\.meeting.number)))
                }
                var entries: [MeetingEntry] = []
                try context.write { entries = try context.database.meetingEntries(meetingId: found.meeting.id) }
                guard !entries.isEmpty else {
                    say(CommandText.entriesNone(meeting: meeting).localized(context.language))
                    return
                }
                for entry in entries { say(MeetingCommand.line(entry, context: context)) }
            }
        }
    }

    /// One line of `records`: id, time, kind, value, and the day of a correction.
    static func line(_ entry: MeetingEntry, context: StoreContext) -> String {
        let language = context.language
        var parts = [
            entry.id, DateText.clock(entry.at, calendar: context.calendar),
            OverviewWords.entryKind(entry.kind).localized(language),
        ]
        switch entry.value {
        case .signal(let category, let response): parts.append("\(category.rawValue) · \(response.rawValue)")
        case .note(let text), .raisedTheme(let text): parts.append(text)
        case .promptUse(let promptId, let response):
            parts.append(promptId + (response.map { " · \($0.rawValue)" } ?? ""))
        case nil: break
        }
        if let day = entry.correctedAt {
            let day = DateText.day(day, now: context.now, calendar: context.calendar, language: language)
            parts.append(
                "(" + OverviewWords.entryCorrected(day: day, withdrawn: entry.withdrawn).localized(language) + ")")
        }
        return parts.joined(separator: "  ")
    }

    /// The one entry whose id starts with `reference`.
    static func entry(_ reference: String, context: StoreContext) throws(CLIError) -> MeetingEntry {
        let reference = reference.trimmingCharacters(in: .whitespaces).lowercased()
        var found: [MeetingEntry] = []
        try context.write { found = try context.database.meetingEntries(idPrefix: reference) }
        if let exact = found.first(where: { $0.id == reference }) { return exact }
        switch found.count {
        case 0: throw .store(.recordMissing(id: reference))
        case 1: return found[0]
        default: throw .usage(.entryAmbiguous(reference, count: found.count))
        }
    }

    // MARK: - withdraw

    package struct Withdraw: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: CommandText.cliMeetingWithdrawAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliRecordID)) package var id: String

        package init() {}

        package func run() throws {
            try global.withStore(writing: true) { context in
                let entry = try MeetingCommand.entry(id, context: context)
                try context.write { try context.database.withdrawEntry(id: entry.id, now: context.now) }
                say(CommandText.entryWithdrawnDone(id: entry.id).localized(context.language))
            }
        }
    }

    // MARK: - correct

    package struct Correct: ParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CommandText.cliMeetingCorrectAbstract.localized(CommandLineLanguage.current))
        }

        @OptionGroup package var global: GlobalOptions
        @Argument(help: help(.cliRecordID)) package var id: String
        @Option(help: help(.cliOptionCategory)) package var category: String?
        @Option(help: help(.cliOptionResponse)) package var response: String?
        @Option(help: help(.cliOptionText)) package var text: String?

        package init() {}

        package func run() throws {
            try global.withStore(writing: true) { context in
                let entry = try MeetingCommand.entry(id, context: context)
                let value = try corrected(entry)
                try context.write { try context.database.correctEntry(id: entry.id, to: value, now: context.now) }
                say(CommandText.entryCorrectedDone(id: entry.id).localized(context.language))
            }
        }

        /// The entry's value with the options given; refuses options its kind does not take.
        func corrected(_ entry: MeetingEntry) throws(CLIError) -> MeetingEntry.Value {
            switch entry.value {
            case .signal(let oldCategory, let oldResponse):
                guard text == nil, category != nil || response != nil else {
                    throw .usage(.entryCorrectionNeeded(.signal))
                }
                return .signal(
                    try Self.pick("--category", category, default: oldCategory),
                    try Self.pick("--response", response, default: oldResponse))
            case .promptUse(let promptId, _):
                guard text == nil, category == nil, let response else {
                    throw .usage(.entryCorrectionNeeded(.promptUse))
                }
                if response == "geen" || response == "none" { return .promptUse(promptId: promptId, response: nil) }
                return .promptUse(promptId: promptId, response: try Self.pick("--response", response, default: .open))
            case .note:
                return .note(try checked(LiveNote.maxLength, kind: .note))
            case .raisedTheme:
                return .raisedTheme(try checked(RaisedTheme.maxLength, kind: .raisedTheme))
            case nil:
                throw .store(.recordMissing(id: entry.id))
            }
        }

        private func checked(_ max: Int, kind: MeetingEntry.Kind) throws(CLIError) -> String {
            guard category == nil, response == nil, let text else { throw .usage(.entryCorrectionNeeded(kind)) }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard (1...max).contains(trimmed.count), !SafeText.containsUnsafe(trimmed), !trimmed.contains("\n")
            else { throw .usage(.entryBadText(max: max)) }
            return trimmed
        }

        /// `given` as a value of `T`, `fallback` when nil.
        static func pick<T: RawRepresentable & CaseIterable>(_ option: String, _ given: String?, default fallback: T)
            throws(CLIError) -> T where T.RawValue == String
        {
            guard let given else { return fallback }
            guard let value = T(rawValue: given.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw .usage(.entryBadValue(option: option, value: given, allowed: T.allCases.map(\.rawValue)))
            }
            return value
        }
    }
}
