/// Stable identifiers derived from text. Uses 64-bit FNV-1a over the
/// lower-cased letters and digits of the words, so punctuation, spacing,
/// case and quote style do not change an identity; Swift's `Hasher` is
/// seeded per process and would.
public enum Fingerprint {
    public static func of(_ text: String) -> String {
        of(parts: [text])
    }

    /// One fingerprint over several parts, kept distinct by a separator.
    public static func of(parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for (index, part) in parts.enumerated() {
            if index > 0 { feed(0x1f) }
            // Words are joined by one space whatever separated them, and
            // leading or trailing punctuation leaves no trace.
            var wroteWord = false
            var betweenWords = false
            for scalar in part.unicodeScalars {
                let value = scalar.value
                let isWordScalar: Bool
                if value < 0x80 {
                    isWordScalar = (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || value >= 0x30 && value <= 0x39
                } else {
                    isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                }
                guard isWordScalar else {
                    betweenWords = true
                    continue
                }
                if betweenWords && wroteWord { feed(0x20) }
                betweenWords = false
                wroteWord = true
                if value < 0x80 {
                    feed(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
                } else {
                    for lower in scalar.properties.lowercaseMapping.utf8 { feed(lower) }
                }
            }
        }
        return hex(hash)
    }

    /// A fingerprint over words already reduced to word keys (case and
    /// quote style folded) and a tag: how a claim's identity is made from
    /// its tokens without building its text again.
    static func of(words: some Sequence<WordKey>, tag: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for word in words {
            var value = word.value
            for _ in 0..<8 {
                feed(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
        feed(0x1f)
        for byte in tag.lowercased().utf8 { feed(byte) }
        return hex(hash)
    }

    private static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
