/// A small seeded random generator (SplitMix64): the same seed gives the same demo data on
/// every machine and every run. Its helpers are written out here rather than taken from the
/// standard library, whose algorithms for `random(in:using:)` and `shuffled(using:)` may change
/// between Swift versions.
package struct SplitMix64: Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, each equally likely (the bias of the modulo is far below
    /// anything a demo could show).
    package mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `p` (0–1).
    package mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    package mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }

    /// The elements in a random order (Fisher–Yates).
    package mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for index in result.indices.dropLast().reversed() {
            result.swapAt(index + 1, int(0...(index + 1)))
        }
        return result
    }

    /// A version-4 UUID string in lower case, like the ids dialoog makes itself.
    package mutating func uuid() -> String {
        var bytes =
            withUnsafeBytes(of: next().bigEndian) { Array($0) } + withUnsafeBytes(of: next().bigEndian) { Array($0) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
        let characters = Array(hex)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }
        return groups.joined(separator: "-")
    }
}
