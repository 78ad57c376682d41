import DialoogCore

/// The words about a methodology's group variants, on its page in the bibliotheek and in
/// `dialoog methods show`. Group labels are the vocabulary's and are never translated.
package enum VariantText: Equatable, Sendable, Words {
    case heading
    /// The groups the method's own agenda is written for, and whether it has variants.
    case writtenFor([TargetGroup], variants: Bool)
    /// The title of one variant.
    case variantFor([TargetGroup])
    /// A block a variant keeps from the method's own agenda.
    case kept

    package var dutch: String {
        switch self {
        case .heading: "Varianten per groep"
        case .writtenFor(let groups, let variants):
            "De bijeenkomsten hierboven zijn geschreven voor: \(Self.labels(groups))."
                + (variants ? " Voor een andere groep kiest dialoog de variant die het best past." : "")
        case .variantFor(let groups): "Voor \(Self.labels(groups))"
        case .kept: "zoals in de eigen agenda hierboven"
        }
    }

    package var english: String {
        switch self {
        case .heading: "Variants per group"
        case .writtenFor(let groups, let variants):
            "The meetings above are written for: \(Self.labels(groups))."
                + (variants ? " For another group dialoog chooses the variant that fits best." : "")
        case .variantFor(let groups): "For \(Self.labels(groups))"
        case .kept: "as in the method's own agenda above"
        }
    }

    private static func labels(_ groups: [TargetGroup]) -> String {
        groups.map(\.rawValue).joined(separator: ", ")
    }
}
