import Foundation

/// The quick note being typed is kept with the meeting (issue 20): a kill, a flat battery or a
/// crash while typing does not take it, and the note panel offers it again on resume.
extension LiveState {
    /// Stores the note being typed with the meeting (nil or only spaces: none), outside undo.
    mutating func keepNoteDraft(_ text: String?) -> [Effect] {
        let draft = text?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false ? text : nil
        guard var record = meeting?.record, record.noteDraft != draft else { return [] }
        record.noteDraft = draft
        meeting?.record = record
        return [.saveLive(record)]
    }
}
