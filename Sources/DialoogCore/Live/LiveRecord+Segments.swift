import Foundation

extension LiveRecord {
    /// Stops the running segment at `moment`; a segment of no length is dropped.
    package mutating func closeSegment(at moment: Date) {
        guard let last = segments.indices.last, segments[last].end == nil else { return }
        if moment <= segments[last].start {
            segments.removeLast()
        } else {
            segments[last].end = moment
        }
    }
}
