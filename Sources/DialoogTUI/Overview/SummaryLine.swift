import DialoogCore
import DialoogPrint

/// Draws one line of the series summary (a `SummaryRow`) across the screen's width.
struct SummaryLine {
    let state: AppState
    let summary: SeriesSummary
    let width: Int

    private var language: Language { state.language }

    func draw(_ row: SummaryRow, y: Int, into canvas: inout Canvas) {
        switch row {
        case .heading(let section): drawHeading(section, y: y, into: &canvas)
        case .empty(let section):
            canvas.text(
                OverviewWords.sectionEmpty(section).localized(language), x: 3, y: y, style: .dim, maxWidth: width - 4)
        case .meeting(let index): drawMeeting(index, y: y, into: &canvas)
        case .walked(let number): drawWalked(number, y: y, into: &canvas)
        case .prompt(let index):
            let used = summary.promptsUsed[index]
            let text = state.library?.prompt(used.promptId)?.text ?? used.promptId
            drawNumbered(used.meetingNumber, mark: used.landed ? landedMark(canvas) : nil, text: text, y: y, &canvas)
        case .raisedTheme(let index):
            let theme = summary.raisedThemes[index]
            drawNumbered(theme.meetingNumber, mark: nil, text: theme.text, y: y, &canvas)
        case .agreement(let index):
            let agreement = summary.agreements[index]
            drawNumbered(agreement.meetingNumber, mark: nil, text: agreement.text, y: y, &canvas)
        case .recommendation(let index):
            let recommendation = summary.recommendations[index]
            drawNumbered(recommendation.meetingNumber, mark: nil, text: recommendation.text, y: y, &canvas)
        case .volunteers:
            let meetings = summary.meetings
            let hours = meetings.compactMap(\.volunteerHours)
            let euros = meetings.compactMap(\.expenses)
            let scores = meetings.compactMap(\.collaboration)
            var parts: [String] = []
            if !hours.isEmpty { parts.append(EvaluationWords.hours(Limits.sum(hours)).localized(language)) }
            if !euros.isEmpty {
                parts.append(OverviewWords.expensesTotal(Limits.sum(euros)).localized(language))
            }
            if !scores.isEmpty {
                let average = Double(Limits.sum(scores)) / Double(scores.count)
                parts.append(
                    OverviewWords.collaborationAverage(OverviewFormat.decimal(average, language)).localized(language))
            }
            canvas.text(parts.joined(separator: " \(canvas.glyphs.separator) "), x: 3, y: y, maxWidth: width - 4)
        case .followUp(let index): drawFollowUp(summary.followUps[index], y: y, into: &canvas)
        case .blank: break
        }
    }

    /// The section's heading, with the legend of its marks after it where there is room.
    private func drawHeading(_ section: SummarySection, y: Int, into canvas: inout Canvas) {
        let used = canvas.text(
            " " + OverviewWords.section(section).localized(language), x: 0, y: y, style: .heading,
            maxWidth: width - 1)
        var legend: [(String, Style)] = []
        switch section {
        case .walked:
            for temperature in Temperature.allCases {
                legend.append(
                    (TemperatureMark.symbol(temperature, ascii: canvas.asciiOnly), TemperatureMark.style(temperature)))
                legend.append((" " + LibraryText.temperatureName(temperature).localized(language) + "  ", .dim))
            }
            legend.append((noThemeMark(canvas), .dim))
            legend.append((" " + OverviewWords.noThemeMark.localized(language), .dim))
        case .prompts:
            legend = [(landedMark(canvas), .accent), (" " + OverviewWords.landed.localized(language), .dim)]
        default: break
        }
        let legendWidth = legend.map { TextWidth.of($0.0) }.reduce(0, +)
        guard !legend.isEmpty, used + 3 + legendWidth <= width - 1 else { return }
        var x = used + 3
        for (text, style) in legend { x += canvas.text(text, x: x, y: y, style: style) }
    }

    /// "▶ bijeenkomst 1  di 10 nov  ▇▇▇▇▇▇░░ 11 van 14 verwacht  gehouden · geëvalueerd".
    private func drawMeeting(_ index: Int, y: Int, into canvas: inout Canvas) {
        let meetings = summary.meetings
        let meeting = meetings[index]
        let selected = index == state.overviewState.summaryMeeting
        let base: Style = selected ? .selected : .normal
        canvas.fill(y: y, style: selected ? .selected : .normal)
        if selected { canvas.text(canvas.glyphs.pointer, x: 1, y: y, style: .selected) }
        let names = meetings.map { LiveWords.meetingName($0.kind, number: $0.number).localized(language) }
        let nameWidth = names.map { TextWidth.of($0) }.max() ?? 0
        var x = 3
        canvas.text(names[index], x: x, y: y, style: base, maxWidth: width - 4)
        x += nameWidth + 2
        let day = meeting.date.map { DateText.day($0, now: state.now, calendar: state.calendar, language: language) }
        let dayWidth =
            meetings.compactMap(\.date).map {
                TextWidth.of(DateText.day($0, now: state.now, calendar: state.calendar, language: language))
            }.max() ?? 1
        canvas.text(day ?? "–", x: x, y: y, style: selected ? .selected : .dim, maxWidth: max(0, width - 1 - x))
        x += dayWidth + 2
        guard x < width - 1 else { return }
        let separator = " \(canvas.glyphs.separator) "
        guard meeting.state == .ended else {
            canvas.text(
                OverviewWords.meetingState(meeting.state).localized(language), x: x, y: y,
                style: selected ? .selected : .dim, maxWidth: width - 1 - x)
            return
        }
        let barWidth = width >= 100 ? 24 : width >= 80 ? 12 : 8
        let scale = meetings.map { max($0.attendance, $0.expected ?? 0) }.max() ?? 1
        if x + barWidth + 2 < width {
            BarChart.meter(
                meeting.attendance, goal: max(meeting.attendance, meeting.expected ?? 0), scale: scale, x: x, y: y,
                width: barWidth, into: &canvas)
            x += barWidth + 1
        }
        var evaluated = (meeting.evaluated ? OverviewWords.evaluated : .notEvaluated).localized(language)
        if let edited = meeting.editedAt {
            let day = DateText.day(edited, now: state.now, calendar: state.calendar, language: language)
            evaluated += separator + EvaluationWords.editedOn(day: day).localized(language)
        }
        let used = canvas.text(
            OverviewWords.attended(meeting.attendance, expected: meeting.expected).localized(language), x: x, y: y,
            style: base, maxWidth: max(0, width - 1 - x))
        canvas.text(
            separator + evaluated, x: x + used, y: y, style: selected ? .selected : .dim,
            maxWidth: max(0, width - 1 - x - used))
    }

    /// "bijeenkomst 1  ❄ 12  · 15  ~ 20  ▲ 25": the blocks in the order they ran, each as the
    /// mark of its theme's temperature, with the minutes it ran.
    private func drawWalked(_ number: Int, y: Int, into canvas: inout Canvas) {
        let meeting = summary.meetings.first { $0.number == number }
        let name = LiveWords.meetingName(meeting?.kind ?? .regular, number: number).localized(language)
        let nameWidth =
            summary.meetings.map { TextWidth.of(LiveWords.meetingName($0.kind, number: $0.number).localized(language)) }
            .max() ?? TextWidth.of(name)
        canvas.text(name, x: 3, y: y, maxWidth: width - 4)
        var x = 3 + nameWidth + 2
        let ellipsis = canvas.asciiOnly ? "..." : canvas.glyphs.ellipsis
        let blocks = summary.walked.filter { $0.meetingNumber == number }
        for (index, block) in blocks.enumerated() {
            let temperature = block.theme.flatMap { state.library?.theme($0)?.temperature }
            let mark = temperature.map { TemperatureMark.symbol($0, ascii: canvas.asciiOnly) } ?? noThemeMark(canvas)
            let minutes = String(Int((Double(block.seconds) / 60).rounded()))
            let token = mark + " " + minutes
            let last = index == blocks.count - 1
            // Room for this token, and for an ellipsis after it when more follow.
            guard x + TextWidth.of(token) + (last ? 0 : 2 + TextWidth.of(ellipsis)) <= width - 1 else {
                canvas.text(ellipsis, x: x, y: y, style: .dim)
                return
            }
            x += canvas.text(mark, x: x, y: y, style: temperature.map(TemperatureMark.style) ?? .dim)
            x += canvas.text(" " + minutes, x: x, y: y) + 2
        }
    }

    /// "2  ✓ Wat betekent ...": the meeting's number, a mark, and the text.
    private func drawNumbered(_ number: Int, mark: String?, text: String, y: Int, _ canvas: inout Canvas) {
        canvas.text(String(number), x: 3, y: y, style: .dim)
        if let mark { canvas.text(mark, x: 6, y: y, style: .accent) }
        canvas.text(text, x: 8, y: y, maxWidth: max(0, width - 9))
    }

    /// "! di 24 nov  signaal · huiselijk geweld · bijeenkomst 2".
    private func drawFollowUp(_ followUp: FollowUp, y: Int, into canvas: inout Canvas) {
        let late = followUp.isOverdue(today: state.calendar.startOfDay(state.now))
        if late { canvas.text("!", x: 1, y: y, style: .error) }
        let day = DateText.day(followUp.due, now: state.now, calendar: state.calendar, language: language)
        let used = canvas.text(day, x: 3, y: y, style: late ? .error : .normal)
        let separator = " \(canvas.glyphs.separator) "
        var what = OverviewWords.kind(followUp.kind).localized(language)
        if let category = followUp.category { what += separator + LiveWords.category(category).localized(language) }
        what +=
            separator + LiveWords.meetingName(followUp.meetingKind, number: followUp.meetingNumber).localized(language)
        canvas.text(what, x: 3 + used + 2, y: y, maxWidth: max(0, width - 1 - (3 + used + 2)))
    }

    private func landedMark(_ canvas: Canvas) -> String { canvas.asciiOnly ? "+" : "✓" }
    /// A block without a theme (welcome, break, closing) has no temperature.
    private func noThemeMark(_ canvas: Canvas) -> String { canvas.asciiOnly ? "o" : "○" }
}
