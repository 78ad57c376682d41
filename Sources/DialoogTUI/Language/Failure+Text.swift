import DialoogCore

// A failure is worded when it is drawn, in the language of that moment.
extension Failure: Words {
    package var dutch: String { worded(\.dutch) }
    package var english: String { worded(\.english) }

    private func worded(_ words: (any Words) -> String) -> String {
        switch self {
        case .store(let error): words(error.text)
        case .proposal(let problem): words(PlannerText.proposalProblem(problem))
        case .contentNotFound(let looked): words(Text.contentNotFound(looked: looked))
        case .contentFolderMissing(let path): words(Text.contentFolderMissing(path))
        case .planMissing: words(PlannerText.planMissing)
        case .nothingToEvaluate: words(EvaluationText.nothingToEvaluate)
        case .helpFileNotWritten(let path, let reason): words(Text.helpFileNotWritten(path: path, reason: reason))
        case .printNotWritten(let path, let reason): words(Text.printNotWritten(path: path, reason: reason))
        case .bundleRefused(let path, let reason): words(Text.bundleRefused(path: path, reason: reason))
        case .helpEntryNotWritable(let field): words(Text.helpEntryNotWritable(field: field))
        case .helpEntryNotLocal(let id): words(Text.helpEntryNotLocal(id: id))
        case .helpEntryShadowed(let id, let shown): words(Text.helpEntryShadowed(id: id, shown: shown))
        case .unexpected(let description): description
        }
    }
}

extension StoreError {
    /// The sentence for the user, from the catalog.
    package var text: Text {
        switch self {
        case .newerDatabase(let path, let unknown): .storeNewerDatabase(path: path, unknown: unknown)
        case .notDialoog(let path): .storeNotDialoog(path: path)
        case .damaged(let path, let detail): .storeDamaged(path: path, detail: detail)
        case .cannotCreateFolder(let path, let detail): .storeCannotCreateFolder(path: path, detail: detail)
        case .cannotOpen(let path, let detail): .storeCannotOpen(path: path, detail: detail)
        case .diskFull(let path): .storeDiskFull(path: path)
        case .planChanged(let series): .storePlanChanged(series: series)
        case .seriesAlreadyExists(let id, let name): .storeSeriesAlreadyExists(id: id, name: name)
        case .meetingAlreadyHeld(let series, let number): .storeMeetingAlreadyHeld(series: series, number: number)
        case .idInOtherSeries(let id, let series): .storeIdInOtherSeries(id: id, series: series)
        case .notSaved(let detail): .storeNotSaved(detail: detail)
        case .agendaAlreadyHeld(let series, let number): .storeAgendaAlreadyHeld(series: series, number: number)
        case .seriesMissing(let id): .storeSeriesMissing(id: id)
        case .meetingMissing(let id): .storeMeetingMissing(id: id)
        case .meetingEnded(let series, let number): .storeMeetingEnded(series: series, number: number)
        case .otherMeetingRunning(let series, let number): .storeOtherMeetingRunning(series: series, number: number)
        case .seriesFinished(let series): .storeSeriesFinished(series: series)
        case .meetingNotEnded(let series, let number): .storeMeetingNotEnded(series: series, number: number)
        case .databaseMissing(let path): .storeDatabaseMissing(path: path)
        case .followUpMissing(let id): .storeFollowUpMissing(id: id)
        case .recordMissing(let id): .storeRecordMissing(id: id)
        case .notAFile(let path): .storeNotAFile(path: path)
        case .planSetsState(let series, let number, let state):
            .storePlanSetsState(series: series, number: number, state: state)
        case .badValue(let path, let table, let column, let row, let value):
            .storeBadValue(path: path, table: table, column: column, row: row, value: value)
        }
    }
}
