import ArgumentParser
import DialoogCore
import DialoogStore
import DialoogTUI
import Foundation

/// `dialoog run SERIES [--meeting N]`: the full-screen program, straight into live mode for
/// a meeting of the series: the one named, else the one running, else the next.
package struct RunCommand: ParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "run", abstract: CommandText.cliRunAbstract.localized(CommandLineLanguage.current))
    }

    @OptionGroup package var global: GlobalOptions
    @Argument(help: PlanCommand.help(.cliSeriesArgument)) package var series: String
    @Option(help: ArgumentHelp(CommandText.cliRunMeeting.localized(CommandLineLanguage.current), valueName: "number"))
    package var meeting: Int?

    package init() {}

    package func run() throws {
        var request: LiveRequest?
        // Everything that can be wrong with the meeting is said now, on the plain terminal,
        // and nothing is written until live mode opens it.
        try global.withStore { context in
            let plan = try context.plan(series)
            var wanted = LiveRequest.series(id: plan.series.id)
            if let meeting {
                guard let found = plan.meeting(number: meeting) else {
                    throw CLIError.plan(.noSuchMeeting(meeting, available: plan.meetings.map(\.meeting.number)))
                }
                wanted = .meeting(id: found.meeting.id)
            }
            var target: Meeting?
            try context.write { target = try context.database.liveTarget(wanted) }
            request = target.map { .meeting(id: $0.id) } ?? wanted
        }
        let environment = AppEnvironment()
        try CLIError.reporting(global.language(environment)) {
            let ending = try TUISession(environment: environment, options: global, launchLive: request).run()
            if case .signal(let number) = ending { throw ExitCode(128 + number) }
        }
    }
}
