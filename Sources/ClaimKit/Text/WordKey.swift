/// The identity of a word for lexicon look-ups: a 64-bit FNV-1a hash of
/// its lower-cased scalars, with typographic apostrophes folded into `'`
/// and Latin accents dropped ("Dóra" is "dora").
/// Hashing the scalars in place lets the tokenizer look words up without
/// building a String for each one.
public struct WordKey: Hashable, Sendable {
    public let value: UInt64

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    init(value: UInt64) { self.value = value }

    public init(_ word: some StringProtocol) {
        var hash = WordKey.offsetBasis
        for scalar in word.unicodeScalars { WordKey.feed(scalar, into: &hash) }
        value = hash
    }

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        var hash = WordKey.offsetBasis
        for scalar in scalars { WordKey.feed(scalar, into: &hash) }
        value = hash
    }

    @inline(__always)
    static func feed(_ scalar: Unicode.Scalar, into hash: inout UInt64) {
        let value = scalar.value
        if value < 0x80 {
            var byte = UInt8(truncatingIfNeeded: value)
            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* prime
            return
        }
        if let plain = LatinFolding.plain(scalar) {
            for byte in plain { hash = (hash ^ UInt64(byte)) &* prime }
            return
        }
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x2032:
            hash = (hash ^ 0x27) &* prime
        default:
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                var remaining = lower.value
                // Feed the scalar's value byte by byte; only equality matters.
                repeat {
                    hash = (hash ^ UInt64(remaining & 0xFF)) &* prime
                    remaining >>= 8
                } while remaining > 0
            }
        }
    }
}
