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
        let (high, low) = (next(), next())
        var bytes = [UInt8](repeating: 0, count: 36)
        var index = 0
        for byte in 0..<16 {
            var value = UInt8(truncatingIfNeeded: (byte < 8 ? high : low) >> (56 - UInt64(byte % 8) * 8))
            if byte == 6 { value = (value & 0x0F) | 0x40 }
            if byte == 8 { value = (value & 0x3F) | 0x80 }
            if [4, 6, 8, 10].contains(byte) {
                bytes[index] = UInt8(ascii: "-")
                index += 1
            }
            bytes[index] = Self.hex[Int(value >> 4)]
            bytes[index + 1] = Self.hex[Int(value & 0x0F)]
            index += 2
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex = Array("0123456789abcdef".utf8)
}
