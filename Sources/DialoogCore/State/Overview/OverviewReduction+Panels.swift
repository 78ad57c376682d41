import Foundation

/// The panels over the overzicht: the filters (each change reads the overzicht again) and the
/// coordinator's target.
extension OverviewReduction {
    // MARK: - Filters

    mutating func performInFilter(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .filter(let row) = overviewState.panel else { return [] }
        let rows = OverviewFilterRow.allCases
        if let moved = command.moved(from: row.rawValue, last: rows.count - 1, page: rows.count) {
            overviewState.panel = .filter(row: rows[moved])
            return []
        }
        switch command {
        case .previousChoice, .nextChoice:
            step(row, by: command == .nextChoice ? 1 : -1)
            return reloadOverview()
        case .clearFilters:
            return clearFilters()
        case .closeOverlay:
            overviewState.panel = nil
        default:
            return performOnAnyScreen(command)
        }
        return []
    }

    /// Moves the filter of `row` one choice on (or back), round through "all".
    mutating func step(_ row: OverviewFilterRow, by step: Int) {
        let choices = overviewState.choices
        var filter = overviewState.filter
        switch row {
        case .organisation: filter.organisation = Self.cycle(filter.organisation, in: choices.organisations, by: step)
        case .method: filter.methodId = Self.cycle(filter.methodId, in: choices.methodIds, by: step)
        case .municipality: filter.municipality = Self.cycle(filter.municipality, in: choices.municipalities, by: step)
        case .facilitator: filter.facilitator = Self.cycle(filter.facilitator, in: choices.facilitators, by: step)
        case .laptop: filter.laptop = Self.cycle(filter.laptop, in: choices.laptops, by: step)
        case .period:
            let periods = OverviewPeriod.allCases
            let index = periods.firstIndex(of: overviewState.period)!
            overviewState.filter = filter
            setPeriod(periods[(index + step + periods.count) % periods.count])
            return
        case .demo: filter.includeDemo.toggle()
        }
        overviewState.filter = filter
    }

    /// The value after (or before) `value` among "all" (nil) and `choices`; a value no longer
    /// among the choices counts as "all".
    static func cycle(_ value: String?, in choices: [String], by step: Int) -> String? {
        let options: [String?] = [nil] + choices
        let index =
            value.flatMap { value in
                choices.firstIndex { $0.lowercased() == value.lowercased() }.map { $0 + 1 }
            } ?? 0
        return options[((index + step) % options.count + options.count) % options.count]
    }

    // MARK: - Target

    /// Opens the target form with the target as set, or empty with the filter's period (this
    /// year when the filter has none).
    mutating func openTargetForm() {
        var choices = OverviewPeriod.targetChoices.map(TargetPeriod.preset)
        let choice: Int
        if let target = overviewState.overview?.target {
            if let preset = OverviewPeriod.matching(from: target.from, to: target.to, now: now, calendar: calendar),
                let index = choices.firstIndex(of: .preset(preset))
            {
                choice = index
            } else {
                choices.insert(.kept(from: target.from, to: target.to), at: 0)
                choice = 0
            }
        } else {
            choice =
                choices.firstIndex(of: .preset(overviewState.period)) ?? choices.firstIndex(of: .preset(.thisYear))!
        }
        let digits = overviewState.overview?.target.map { String($0.amount) } ?? ""
        overviewState.panel = .target(
            TargetForm(digits: digits, replacing: !digits.isEmpty, choices: choices, choice: choice))
    }

    mutating func performInTarget(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .target(var form) = overviewState.panel else { return [] }
        switch command {
        case .previousChoice, .nextChoice:
            let count = form.choices.count
            form.choice = (form.choice + (command == .nextChoice ? 1 : count - 1)) % count
        case let command where command.textEdit != nil:
            guard let textEdit = command.textEdit else { break }
            form.field.apply(textEdit)
            form.replacing = false
        case .confirm:
            guard let meetings = Int(form.digits), meetings > 0 else {
                outcome.status = .show(.overview(.targetNeedsNumber))
                return []
            }
            guard let range = form.period.range(now: now, calendar: calendar) else { return [] }
            overviewState.panel = nil
            outcome.status = .show(.overview(.targetSaved(meetings)))
            return [.setTarget(OverviewTarget(amount: meetings, from: range.from, to: range.to))] + reloadOverview()
        case .removeTarget:
            overviewState.panel = nil
            guard overviewState.overview?.target != nil else {
                outcome.status = .show(.overview(.noTarget))
                return []
            }
            outcome.status = .show(.overview(.targetRemoved))
            return [.setTarget(nil)] + reloadOverview()
        case .closeOverlay:
            overviewState.panel = nil
            return []
        default:
            return performOnAnyScreen(command)
        }
        overviewState.panel = .target(form)
        return []
    }
}
