import Foundation

/// One block of a meeting's plan: what happens, how long, on which theme, and the prompts the
/// gespreksleider has ready for it.
package struct PlanBlock: Codable, Equatable, Hashable, Identifiable, Sendable {
    /// A UUID string: live mode records what happened against it.
    package var id: String
    package var title: String
    package var kind: BlockKind
    /// A working form id from `methods/basis.yaml`.
    package var form: String
    package var minutes: Int
    /// A theme id, or nil for a block without one (welkom, pauze).
    package var theme: String?
    /// What the gespreksleider does in this block, in the methodology's words or the trainer's.
    package var guidance: String
    /// What to bring or set up for the block (a film, the flip-over), as the trainer writes it.
    package var materials: String
    package var questions: [String]
    /// Prompt ids from `content/prompts/`, in the order they will be used.
    package var prompts: [String]
    /// The theme was chosen by the group (Kezban, Mudawwanah), not set by the plan.
    package var chosenByGroup: Bool
    /// Whose the block was when it was made: the method's block's provenance, `.trainer` for a
    /// block the trainer added, nil for a block from before dialoog kept it.
    package var provenance: Provenance?
    /// `PlanBlock.fingerprint` of the block as the method wrote it; when the block no longer
    /// matches, the trainer has changed it (`shownProvenance`).
    package var methodFingerprint: String?

    package init(
        id: String = UUID().uuidString.lowercased(), title: String, kind: BlockKind, form: String, minutes: Int,
        theme: String? = nil, guidance: String = "", materials: String = "", questions: [String] = [],
        prompts: [String] = [],
        chosenByGroup: Bool = false, provenance: Provenance? = nil, methodFingerprint: String? = nil
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.form = form
        self.minutes = minutes
        self.theme = theme
        self.guidance = guidance
        self.materials = materials
        self.questions = questions
        self.prompts = prompts
        self.chosenByGroup = chosenByGroup
        self.provenance = provenance
        self.methodFingerprint = methodFingerprint
    }

    /// The longest a block may be; the same bound as the content files.
    package static let minuteRange = Limits.blockMinutes
    /// The longest materials line the store keeps.
    package static let materialsLength = Limits.name
}
