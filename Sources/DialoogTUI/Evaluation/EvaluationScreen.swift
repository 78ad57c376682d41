import DialoogCore
import DialoogPrint

/// The evaluation form of a meeting that has ended: the fields in a list on the left, each
/// with its value, and the field under the cursor in detail on the right. Below 72 columns the
/// detail goes under the list.
package enum EvaluationScreen {
    /// From this width the detail has a column of its own beside the list.
    package static let sideBySideWidth = 72

    package static func draw(_ state: AppState, keymap: Keymap, into canvas: inout Canvas) {
        let language = state.language
        guard let form = state.evaluation else {
            Chrome.drawTitle(state, subtitle: EvaluationText.title.localized(language), into: &canvas)
            Chrome.drawStatus(state, fallback: "", into: &canvas)
            Chrome.drawHints(state, keymap: keymap, into: &canvas)
            return
        }
        let subject = form.subject
        let meeting = LiveWords.meetingName(subject.meeting.kind, number: subject.meeting.number).localized(language)
        // A narrow screen has no heading over the list: the title says which meeting it is.
        let what =
            EvaluationText.title.localized(language)
            + (canvas.width >= sideBySideWidth ? "" : " " + meeting)
        Chrome.drawTitle(state, subtitle: what + " · " + subject.series.name, into: &canvas)
        let top = Chrome.topRows
        let bottom = canvas.height - Chrome.bottomRows
        let day = subject.meetingDate.map {
            DateText.day($0, now: state.now, calendar: state.calendar, language: language)
        }
        let heading = " " + EvaluationWords.listHeading(meeting: meeting, day: day).localized(language)
        if canvas.width >= sideBySideWidth {
            let left = listWidth(canvas.width)
            canvas.text(heading, x: 0, y: top, style: .heading, maxWidth: left - 1)
            EvaluationList.draw(state, form: form, x: 0, width: left, top: top + 1, bottom: bottom, into: &canvas)
            for row in top..<bottom { canvas.text(canvas.glyphs.vertical, x: left, y: row, style: .border) }
            let width = canvas.width - left - 3
            EvaluationDetail.make(state, form: form, width: width, ascii: canvas.asciiOnly)
                .draw(x: left + 2, width: width, top: top, bottom: bottom, language: language, into: &canvas)
        } else {
            // The list keeps at least three rows; the detail gets the rest under a rule.
            let body = bottom - top
            let listRows = max(3, body / 2 - 1)
            EvaluationList.draw(
                state, form: form, x: 0, width: canvas.width, top: top, bottom: top + listRows, into: &canvas)
            canvas.horizontalLine(y: top + listRows)
            let width = canvas.width - 2
            EvaluationDetail.make(state, form: form, width: width, ascii: canvas.asciiOnly)
                .draw(x: 1, width: width, top: top + listRows + 1, bottom: bottom, language: language, into: &canvas)
        }
        Chrome.drawStatus(state, fallback: quiet(form, state: state), into: &canvas)
        Chrome.drawHints(state, keymap: keymap, into: &canvas)
    }

    /// The list column: room for the labels and a value like "11 gekomen · 14 verwacht".
    static func listWidth(_ width: Int) -> Int {
        max(44, min(52, width * 2 / 5))
    }

    /// The status line when nothing is said: that the form is read only, that every change is
    /// stored, or the nudge toward intervisie when the gespreksleider is not doing well and it
    /// is not planned yet; with "bewerkt op" when it was changed from the overzicht.
    private static func quiet(_ form: EvaluationForm, state: AppState) -> String {
        let language = state.language
        let nudge = form.evaluation.suggestsIntervisie && form.evaluation.intervisieDue == nil
        let line = (form.locked ? EvaluationWords.quietReadOnly : nudge ? .quietNudge : .quiet).localized(language)
        guard let edited = form.evaluation.editedAt else { return line }
        let day = DateText.day(edited, now: state.now, calendar: state.calendar, language: language)
        return line + " · " + EvaluationWords.editedOn(day: day).localized(language)
    }
}
