/// Where the evaluation form was opened from, so closing it goes back there.
package enum EvaluationOrigin: Equatable, Sendable {
    /// The start screen: after the end of a meeting, or with `e` on a series.
    case start
    /// The coordinator's overzicht.
    case overview
    /// A series at a glance.
    case summary(seriesId: String)
}
