/// What all seven methodologies share (`methods/basis.yaml`).
package struct CommonBase: Equatable, Codable, Sendable {
    package var mission: String
    package var principles: [NamedText]
    package var socratic: Socratic
    package var groundRules: [String]
    package var workingForms: [WorkingForm]
    package var tips: [NamedText]
    package var cautions: [Caution]
    package var source: SourceRef
    package var origin: ContentOrigin

    package struct Socratic: Equatable, Codable, Sendable {
        package var principles: [NamedText]
        package var practice: [NamedText]
    }

    package struct Caution: Equatable, Codable, Sendable {
        package var id: String
        package var name: String
        package var text: String
    }
}

/// A working form (werkvorm) such as dialogue, duo's or statements.
package struct WorkingForm: Equatable, Codable, Sendable {
    package var id: String
    package var name: String
    package var purpose: String
    package var minutes: MinuteRange
    package var how: [String]
    package var caution: String?

    package struct MinuteRange: Equatable, Codable, Sendable {
        package var min: Int
        package var max: Int
    }
}
