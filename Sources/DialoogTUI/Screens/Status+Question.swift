import DialoogCore

extension Status {
    /// A question the next key answers (j/n, or Esc to throw a form away): the status line
    /// wraps it instead of cutting it.
    var isQuestion: Bool {
        guard case .plan(let notice) = self else { return false }
        switch notice {
        case .confirmRemoveBlock, .confirmRemoveMeeting, .confirmEraseSeries, .confirmDuplicateSeries,
            .confirmDiscardForm:
            return true
        default:
            return false
        }
    }
}
