/// The fingerprint of the lexicon files' bytes that a parser's version is
/// made of. Taken eight bytes at a time: every reader start takes it
/// before its first frame, and byte-at-a-time FNV-1a (`ByteFingerprint`)
/// spent 20 ms on the 1.4 MB model alone.
///
/// Each step (xor a word in, multiply by an odd constant, fold the high
/// half down) is a bijection of the state, so any one changed word always
/// changes the result; several changes collide by chance (one in 2^64).
struct LexiconDigest {
    private var hash: UInt64 = 0x243F_6A88_85A3_08D3

    init() {}

    @inline(__always)
    private static func mixed(_ value: UInt64) -> UInt64 {
        let product = value &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 32)
    }

    /// Adds the bytes and their count, so parts cannot run into each other.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var hash = self.hash
        let words = bytes.count / 8
        for index in 0..<words {
            hash = Self.mixed(hash ^ bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
        }
        var tail: UInt64 = 0
        for offset in stride(from: bytes.count - 1, through: words * 8, by: -1) {
            tail = tail << 8 | UInt64(bytes[offset])
        }
        hash = Self.mixed(hash ^ tail)
        self.hash = Self.mixed(hash ^ UInt64(bytes.count))
    }

    /// Sixteen hex digits.
    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
