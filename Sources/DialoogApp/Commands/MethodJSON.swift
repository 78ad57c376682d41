import DialoogCore

/// `dialoog methods show ID --format json`: the methodology as it is read, with its group
/// variants beside it (`written_for` and `variants`, each variant's meetings with their agenda
/// written out; a block the variant keeps from the method's own agenda says `kept: true`).
struct MethodJSON: Encodable {
    var method: Methodology
    var variants: MethodVariants?

    private enum Keys: String, CodingKey {
        case writtenFor, variants
    }

    func encode(to encoder: any Encoder) throws {
        try method.encode(to: encoder)
        guard let variants else { return }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(variants.writtenFor, forKey: .writtenFor)
        try container.encode(
            variants.variants.map { VariantJSON(variant: $0, method: method) }, forKey: .variants)
    }

    struct VariantJSON: Encodable {
        var groups: [TargetGroup]
        var summary: String
        var meetings: [MeetingJSON]

        init(variant: MethodVariant, method: Methodology) {
            groups = variant.groups
            summary = variant.summary
            let resolved = method.meetings(for: variant)
            meetings = variant.meetings.compactMap { replaced in
                guard let meeting = resolved.first(where: { $0.number == replaced.number }) else { return nil }
                let agenda = zip(replaced.agenda, meeting.agenda).map { source, block in
                    if case .kept = source { return BlockJSON(block: block, kept: true) }
                    return BlockJSON(block: block, kept: false)
                }
                return MeetingJSON(number: meeting.number, purpose: meeting.purpose, agenda: agenda)
            }
        }
    }

    struct MeetingJSON: Encodable {
        var number: Int
        var purpose: String
        var agenda: [BlockJSON]
    }

    struct BlockJSON: Encodable {
        var block: AgendaBlock
        var kept: Bool

        private enum Keys: String, CodingKey { case kept }

        func encode(to encoder: any Encoder) throws {
            try block.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(kept, forKey: .kept)
        }
    }
}
