import DialoogCore

extension OverviewText {
    package var english: String {
        switch self {
        case .notice(let notice):
            switch notice {
            case .failed(let failure): "That did not work: \(failure.english)"
            case .filtersCleared: "Every filter cleared: the overview counts everything again."
            case .followUpDone(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).english)) of \(series) marked done. u opens it again."
            case .followUpOpened(let kind, let series):
                "\(Self.sentence(OverviewWords.kind(kind).english)) of \(series) is open again."
            case .themeApproved(let text):
                "“\(text)” released for reports and charts; r takes it back."
            case .themeRejected(let text):
                "“\(text)” stays on this laptop; reports count it as not released."
            case .targetSaved(let meetings): "Target saved: \(meetings) meetings."
            case .targetRemoved: "Target removed."
            case .noTarget: "There is no target to remove."
            case .targetNeedsNumber: "Type the number of meetings first (1 to 100,000)."
            case .targetTooLarge: "A target goes up to 100,000 meetings."
            case .notHeld(let kind, let number):
                "\(Self.sentence(LiveWords.meetingName(kind, number: number).localized(.en))) has not been held: "
                    + "there is nothing to evaluate yet."
            case .exporting: "Writing the report…"
            case .reading: "Working out the overzicht…"
            case .exported(let path): "Report: \(path) — open it in your browser to print or mail it."
            case .bundleExported(let path, let series, let meetings):
                "Bundle written encrypted to \(path): \(series) " + (series == 1 ? "series" : "series")
                    + ", \(meetings) "
                    + (meetings == 1 ? "meeting." : "meetings.")
            case .bundleImported(let imported):
                "Imported at \(imported.time) from laptop \(imported.laptops.joined(separator: ", ")): "
                    + "\(imported.added) new, \(imported.updated) updated, \(imported.unchanged) unchanged"
                    + (imported.conflicts > 0
                        ? ", \(imported.conflicts) in conflict (see dialoog import --dry-run)." : ".")
            case .bundleNeedsPath: "Type the file first."
            case .notStarted(let kind, let number):
                "\(Self.sentence(LiveWords.meetingName(kind, number: number).localized(.en))) has not started: "
                    + "nothing has been recorded yet."
            case .confirmWithdraw(let kind):
                "Withdraw this \(OverviewWords.entryKind(kind).english)? It will no longer count anywhere. y/n"
            case .withdrawn(let kind):
                "\(Self.sentence(OverviewWords.entryKind(kind).english)) withdrawn; the figures no longer count it."
            case .alreadyWithdrawn: "This has been withdrawn already."
            }
        }
    }
}
