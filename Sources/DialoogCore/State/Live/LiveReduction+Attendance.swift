import Foundation

/// The attendance panel: who came, a headcount, nicknames typed.
extension LiveReduction {
    // MARK: - Attendance

    mutating func performInAttendance(_ command: Command) -> [Effect] {
        outcome.status = .clear
        guard case .attendance(var panel) = live.panel, let meeting = live.meeting else { return [] }
        let counting = meeting.record.countOnly
        if let typed = panel.typing {
            switch command {
            case .confirm:
                if counting { return setCount(typed, panel: panel) }
                if panel.typingUnnamed { return setUnnamed(typed, panel: panel) }
                if let id = panel.renaming { return renameParticipant(id, to: typed, panel: panel) }
                return addParticipant(typed, panel: panel)
            case let command where command.textEdit != nil:
                guard let textEdit = command.textEdit else { break }
                if panel.field?.apply(textEdit) == true, panel.typing != typed { panel.warnedFullName = nil }
            case .closeOverlay:
                panel.typing = nil
                panel.typingUnnamed = false
                panel.renaming = nil
                panel.warnedFullName = nil
            case .redraw:
                return [.redrawAll]
            default:
                return performOnAnyScreen(command)
            }
            live.panel = .attendance(panel)
            return []
        }
        let listed = meeting.attendanceOrder
        // Named: one row per participant, then the row of those without a nickname.
        let rows = counting ? Headcount.Field.allCases.count : listed.count + 1
        let onUnnamed = !counting && panel.row == listed.count
        if let row = command.moved(from: panel.row, last: rows - 1, page: livePageSize) {
            panel.row = row
            live.panel = .attendance(panel)
            return []
        }
        let field = Headcount.Field.allCases[min(panel.row, Headcount.Field.allCases.count - 1)]
        switch command {
        case .toggle:
            if counting {
                // Typed afresh: the number on screen stays until Enter with a new one.
                panel.field = TextField(limit: 3)
                live.panel = .attendance(panel)
                return []
            }
            if onUnnamed {
                panel.field = TextField(limit: 3)
                panel.typingUnnamed = true
                live.panel = .attendance(panel)
                return []
            }
            guard listed.indices.contains(panel.row) else { return [] }
            let person = listed[panel.row]
            let present = !meeting.record.present.contains(person.id)
            return change(.presenceChanged(person.nickname, present: present)) { record, _ in
                if present { record.present.insert(person.id) } else { record.present.remove(person.id) }
            }
        case .addParticipant:
            if counting { return adjustCount(field, by: 1) }
            panel.field = TextField(limit: Participant.nicknameLength)
            live.panel = .attendance(panel)
        case .previousChoice, .nextChoice:
            let step = command == .nextChoice ? 1 : -1
            if counting { return adjustCount(field, by: step) }
            if onUnnamed { return adjustUnnamed(by: step) }
            guard listed.indices.contains(panel.row) else { return [] }
            let person = listed[panel.row]
            let roles = Participant.Role.allCases
            let role = roles[((roles.firstIndex(of: person.role) ?? 0) + step + roles.count) % roles.count]
            return change(.roleChanged(person.nickname, role)) { record, _ in
                guard let index = record.participants.firstIndex(where: { $0.id == person.id }) else { return }
                record.participants[index].role = role
            }
        case .renameParticipant:
            guard !counting, listed.indices.contains(panel.row) else { return [] }
            let person = listed[panel.row]
            panel.field = TextField(person.nickname, limit: Participant.nicknameLength)
            panel.renaming = person.id
            panel.warnedFullName = nil
            live.panel = .attendance(panel)
        case .removeParticipant:
            guard !counting, listed.indices.contains(panel.row) else { return [] }
            return removeParticipant(listed[panel.row], panel: panel)
        case .countMode:
            panel.row = 0
            live.panel = .attendance(panel)
            return change(.countModeChanged(countOnly: !counting)) { record, _ in record.countOnly.toggle() }
        case .closeOverlay:
            live.panel = nil
        default:
            if let effects = performSafetyKey(command) { return effects }
            return performOnAnyScreen(command)
        }
        return []
    }

    mutating func addParticipant(_ typed: String, panel: AttendancePanel) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        var panel = panel
        let nickname = typed.trimmingCharacters(in: .whitespaces)
        guard !nickname.isEmpty else {
            panel.typing = nil
            live.panel = .attendance(panel)
            return []
        }
        if let known = meeting.record.participants.first(where: {
            $0.nickname.caseInsensitiveCompare(nickname) == .orderedSame
        }) {
            panel.typing = nil
            panel.row = meeting.attendanceOrder.firstIndex { $0.id == known.id } ?? panel.row
            live.panel = .attendance(panel)
            outcome.status = .show(.live(.alreadyListed(known.nickname)))
            return change(.presenceChanged(known.nickname, present: true)) { record, _ in
                record.present.insert(known.id)
            }
        }
        if Participant.looksLikeFullName(nickname), panel.warnedFullName != nickname {
            panel.warnedFullName = nickname
            live.panel = .attendance(panel)
            outcome.status = .show(.live(.looksLikeFullName(nickname)))
            return []
        }
        let person = Participant(id: ids.next(), seriesId: meeting.series.id, nickname: nickname)
        let effects = change(.participantAdded(nickname)) { record, _ in
            record.participants.append(person)
            record.present.insert(person.id)
        }
        panel.typing = nil
        panel.warnedFullName = nil
        panel.row = live.meeting?.attendanceOrder.firstIndex { $0.id == person.id } ?? 0
        live.panel = .attendance(panel)
        return effects
    }

    /// Enter on a new nickname for a participant: the same participant (same id, same
    /// attendance in every meeting), called otherwise from now on. A nickname another
    /// participant of the series has is refused; one that looks like a full name is questioned
    /// once, as when adding.
    mutating func renameParticipant(_ id: String, to typed: String, panel: AttendancePanel) -> [Effect] {
        guard let meeting = live.meeting,
            let person = meeting.record.participants.first(where: { $0.id == id })
        else { return [] }
        var panel = panel
        let nickname = typed.trimmingCharacters(in: .whitespaces)
        func done() {
            panel.typing = nil
            panel.renaming = nil
            panel.warnedFullName = nil
            live.panel = .attendance(panel)
        }
        guard !nickname.isEmpty, nickname != person.nickname else {
            done()
            return []
        }
        if let other = meeting.record.participants.first(where: {
            $0.id != id && $0.nickname.caseInsensitiveCompare(nickname) == .orderedSame
        }) {
            outcome.status = .show(.live(.nicknameTaken(other.nickname)))
            live.panel = .attendance(panel)
            return []
        }
        if Participant.looksLikeFullName(nickname), panel.warnedFullName != nickname {
            panel.warnedFullName = nickname
            live.panel = .attendance(panel)
            outcome.status = .show(.live(.looksLikeFullName(nickname)))
            return []
        }
        done()
        return change(.participantRenamed(person.nickname, to: nickname)) { record, _ in
            guard let index = record.participants.firstIndex(where: { $0.id == id }) else { return }
            record.participants[index].nickname = nickname
        }
    }

    /// Takes a participant out of this meeting: not present here, and when no earlier meeting
    /// lists them, gone from the series altogether (the store deletes a participant no
    /// meeting lists). Undo, while the meeting runs, puts them back as they were.
    mutating func removeParticipant(_ person: Participant, panel: AttendancePanel) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        let erased = !meeting.returning.contains(person.id)
        let effects = change(.participantRemoved(person.nickname, erased: erased)) { record, _ in
            record.present.remove(person.id)
            if erased { record.participants.removeAll { $0.id == person.id } }
        }
        guard !effects.isEmpty else { return [] }
        var panel = panel
        let rows = (live.meeting?.attendanceOrder.count ?? 0) + 1
        panel.row = min(panel.row, rows - 1)
        live.panel = .attendance(panel)
        outcome.status = .show(.live(.participantRemoved(person.nickname, erased: erased)))
        return effects
    }

    mutating func setCount(_ typed: String, panel: AttendancePanel) -> [Effect] {
        var panel = panel
        let field = Headcount.Field.allCases[min(panel.row, Headcount.Field.allCases.count - 1)]
        panel.typing = nil
        guard !typed.isEmpty else {
            live.panel = .attendance(panel)
            return []
        }
        guard let number = Int(typed), (0...Headcount.maximum).contains(number) else {
            outcome.status = .show(.live(.badCount(typed)))
            return []
        }
        live.panel = .attendance(panel)
        return change(.headcountChanged) { record, _ in record.headcount[field] = number }
    }

    /// Enter on the row of those without a nickname: the number typed.
    mutating func setUnnamed(_ typed: String, panel: AttendancePanel) -> [Effect] {
        var panel = panel
        panel.typing = nil
        panel.typingUnnamed = false
        live.panel = .attendance(panel)
        guard !typed.isEmpty else { return [] }
        guard let number = Int(typed), (0...LiveRecord.unnamedMaximum).contains(number) else {
            outcome.status = .show(.live(.badCount(typed)))
            return []
        }
        return change(.unnamedChanged(number)) { record, _ in record.unnamed = number }
    }

    mutating func adjustUnnamed(by step: Int) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        let next = min(max(meeting.record.unnamed + step, 0), LiveRecord.unnamedMaximum)
        guard next != meeting.record.unnamed else { return [] }
        return change(.unnamedChanged(next)) { record, _ in record.unnamed = next }
    }

    mutating func adjustCount(_ field: Headcount.Field, by step: Int) -> [Effect] {
        guard let meeting = live.meeting else { return [] }
        let current = meeting.record.headcount[field] ?? 0
        let next = min(max(current + step, 0), Headcount.maximum)
        return change(.headcountChanged) { record, _ in record.headcount[field] = next }
    }

    // MARK: - The prompt deck
}
