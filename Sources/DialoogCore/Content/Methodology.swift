/// One organisation's way of running a series of three dialogue meetings (`methods/<id>.yaml`).
package struct Methodology: Equatable, Codable, Sendable {
    package var id: String
    package var name: String
    package var organisation: Organisation
    package var summary: String
    package var goal: String
    package var subgoals: [String]
    package var targetGroup: String
    package var typical: [String]
    /// The theory of change, in order.
    package var chain: [String]
    package var phases: [NamedText]
    package var meetings: [MethodMeeting]
    package var groupChoice: GroupChoice?
    package var rules: [NamedText]
    package var groupSize: GroupSize
    package var aftercare: Aftercare?
    package var source: SourceRef
    package var origin: ContentOrigin

    package struct Organisation: Equatable, Codable, Sendable {
        package var name: String
        package var short: String
    }

    package struct GroupSize: Equatable, Codable, Sendable {
        package var min: Int
        package var max: Int
        package var text: String?
    }

    package struct Aftercare: Equatable, Codable, Sendable {
        package var weeks: Int
        package var text: String
    }

    /// Where the group picks the themes of its meetings (Kezban, Mudawwanah).
    package struct GroupChoice: Equatable, Codable, Sendable {
        package var text: String
        package var choose: Int
        package var options: [Option]

        package struct Option: Equatable, Codable, Sendable {
            package var name: String
            package var themes: [String]
        }
    }
}

/// One of the three meetings of a methodology, with its default agenda.
package struct MethodMeeting: Equatable, Codable, Sendable {
    package var number: Int
    package var purpose: String
    package var themes: [String]
    package var agenda: [AgendaBlock]

    package var minutes: Int { Limits.sum(agenda.map(\.minutes)) }
}

/// One block of a meeting's agenda.
package struct AgendaBlock: Equatable, Codable, Sendable {
    package var title: String
    package var kind: BlockKind
    package var form: String
    package var minutes: Int
    package var theme: String?
    package var guidance: String
    package var questions: [String]
    /// For methods where the group chooses: this block takes the group's n-th choice (1-based).
    package var groupTheme: Int? = nil
    /// Whose the block is: the organisation's own practice or dialoog's proposal (`by:`).
    package var provenance: Provenance = .dialoog
    /// Whose each question is, one per question; a question without its own `by` has the block's.
    package var questionProvenance: [Provenance] = []

    package init(
        title: String, kind: BlockKind, form: String, minutes: Int, theme: String? = nil, guidance: String,
        questions: [String] = [], groupTheme: Int? = nil, provenance: Provenance = .dialoog,
        questionProvenance: [Provenance] = []
    ) {
        self.title = title
        self.kind = kind
        self.form = form
        self.minutes = minutes
        self.theme = theme
        self.guidance = guidance
        self.questions = questions
        self.groupTheme = groupTheme
        self.provenance = provenance
        self.questionProvenance = questionProvenance
    }

    /// The provenance of question `index`: its own, else the block's.
    package func provenance(ofQuestion index: Int) -> Provenance {
        questionProvenance.indices.contains(index) ? questionProvenance[index] : provenance
    }
}
