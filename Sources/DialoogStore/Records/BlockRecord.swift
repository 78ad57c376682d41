import DialoogCore
import GRDB

/// A row of `block`: a `PlanBlock` with the meeting it belongs to and its place in the agenda.
/// Its prompts are rows of `blockPrompt`.
struct BlockRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "block"

    var id: String
    var meetingId: String
    var position: Int
    var title: String
    var kind: BlockKind
    var form: String
    var minutes: Int
    var theme: String?
    var guidance: String
    var materials: String
    /// Stored as a JSON array of strings.
    var questions: [String]
    var chosenByGroup: Bool
    /// `Provenance.stored` ("organisatie:1790-1794", "dialoog", "trainer"); NULL when unknown.
    var provenance: String?
    var methodFingerprint: String?

    init(_ block: PlanBlock, meetingId: String, position: Int) {
        id = block.id
        self.meetingId = meetingId
        self.position = position
        title = block.title
        kind = block.kind
        form = block.form
        minutes = block.minutes
        theme = block.theme
        guidance = block.guidance
        materials = block.materials
        questions = block.questions
        chosenByGroup = block.chosenByGroup
        provenance = block.provenance?.stored
        methodFingerprint = block.methodFingerprint
    }

    func planBlock(prompts: [String]) -> PlanBlock {
        PlanBlock(
            id: id, title: title, kind: kind, form: form, minutes: minutes, theme: theme, guidance: guidance,
            materials: materials, questions: questions, prompts: prompts, chosenByGroup: chosenByGroup,
            // A value the CHECK did not let in cannot be there; anything odd reads as unknown.
            provenance: provenance.flatMap(Provenance.init(stored:)), methodFingerprint: methodFingerprint)
    }
}

extension BlockKind: DatabaseValueConvertible {}
