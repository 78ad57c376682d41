/// A feature's slice of the state with its reducer. The requirement is the rule: a slice
/// reduces with only `inout Self` and a read-only `Context`, so it cannot reach another
/// slice's state; what it needs from the rest of the program it asks for in its `Outcome`,
/// and the root (`AppState+Apply.swift`) applies that.
package protocol FeatureSlice: Equatable, Sendable {
    mutating func reduce(_ command: Command, in context: Context) -> Outcome
}

extension StartState: FeatureSlice {}
extension LibraryState: FeatureSlice {}
extension Overlay: FeatureSlice {}
