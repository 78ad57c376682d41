/// Sums of stored numbers (minutes, counts) that cannot trap. `StoreCheck` refuses a file
/// with a number out of range when it is opened, but numbers also reach the program from
/// plan files, content and bundles, and later versions may add paths: every place that adds
/// stored numbers holds each to `±Limits.storedNumber` first and saturates instead of
/// overflowing (issue 20: `block.minutes = 2^62` trapped `plan show` and the live screen).
extension Limits {
    /// `value` held to what a stored number may be.
    package static func stored(_ value: Int) -> Int {
        min(max(value, -storedNumber), storedNumber)
    }

    /// `a + b`, each held to a stored number first; it cannot overflow.
    package static func add(_ a: Int, _ b: Int) -> Int {
        stored(a) + stored(b)
    }

    /// The sum of `values`, each held to a stored number, saturating at `Int.max` and
    /// `Int.min` rather than trapping, however many there are.
    package static func sum(_ values: some Sequence<Int>) -> Int {
        values.reduce(0) { total, value in
            let (sum, overflow) = total.addingReportingOverflow(stored(value))
            return overflow ? (value > 0 ? Int.max : Int.min) : sum
        }
    }
}
