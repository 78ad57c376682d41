/// Bech32 (BIP 173), the text of age's keys: `age1…` for a public key and
/// `AGE-SECRET-KEY-1…` for a secret one. Without BIP 173's 90-character limit, as age does.
enum Bech32 {
    private static let alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]

    /// Lower-case Bech32 of `bytes` under the human-readable part `hrp` (given lower-case).
    static func encode(hrp: String, _ bytes: [UInt8]) -> String {
        let values = regroup(bytes, from: 8, to: 5, pad: true) ?? []
        let checksum = polymod(expand(hrp) + values + [0, 0, 0, 0, 0, 0]) ^ 1
        let check = (0..<6).map { UInt8((checksum >> (5 * (5 - UInt32($0)))) & 31) }
        return hrp + "1" + String(decoding: (values + check).map { alphabet[Int($0)] }, as: UTF8.self)
    }

    /// The bytes of `text` when it is valid Bech32 with human-readable part `hrp` (compared
    /// without case); mixed case is refused, as BIP 173 says.
    static func decode(_ text: String, hrp: String) -> [UInt8]? {
        let lower = text.lowercased()
        guard lower == text || text.uppercased() == text else { return nil }
        guard let separator = lower.utf8.lastIndex(of: UInt8(ascii: "1")) else { return nil }
        let readable = String(lower[..<separator])
        guard readable == hrp.lowercased() else { return nil }
        var values: [UInt8] = []
        for byte in lower.utf8[lower.utf8.index(after: separator)...] {
            guard let value = alphabet.firstIndex(of: byte) else { return nil }
            values.append(UInt8(value))
        }
        guard values.count >= 6, polymod(expand(readable) + values) == 1 else { return nil }
        return regroup(Array(values.dropLast(6)), from: 5, to: 8, pad: false)
    }

    private static func expand(_ hrp: String) -> [UInt8] {
        let bytes = Array(hrp.utf8)
        return bytes.map { $0 >> 5 } + [0] + bytes.map { $0 & 31 }
    }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var check: UInt32 = 1
        for value in values {
            let top = check >> 25
            check = (check & 0x1ff_ffff) << 5 ^ UInt32(value)
            for bit in 0..<5 where (top >> UInt32(bit)) & 1 == 1 { check ^= generator[bit] }
        }
        return check
    }

    /// Regroups bits; without padding, leftover bits must be fewer than `from` and all zero.
    private static func regroup(_ values: [UInt8], from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator = 0
        var bits = 0
        var result: [UInt8] = []
        let mask = (1 << to) - 1
        for value in values {
            guard Int(value) >> from == 0 else { return nil }
            accumulator = (accumulator << from) | Int(value)
            bits += from
            while bits >= to {
                bits -= to
                result.append(UInt8((accumulator >> bits) & mask))
            }
            accumulator &= (1 << bits) - 1
        }
        if pad {
            if bits > 0 { result.append(UInt8((accumulator << (to - bits)) & mask)) }
        } else if bits >= from || accumulator != 0 {
            return nil
        }
        return result
    }
}
