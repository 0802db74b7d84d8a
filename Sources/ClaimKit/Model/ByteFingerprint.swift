import Foundation

/// 64-bit FNV-1a over raw bytes, with each part's length mixed in so that
/// parts cannot run into each other. Unlike `Fingerprint`, which folds
/// case and punctuation to follow an article through edits, every byte
/// counts: it tells whether content is exactly what was seen before.
public struct ByteFingerprint: Sendable {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func feed(_ bytes: some Sequence<UInt8>) {
        // Bytes side by side (Data, arrays, native strings) go through a
        // plain pointer: a generic iterator costs several times more a byte.
        if bytes.withContiguousStorageIfAvailable({ feed(buffer: $0) }) != nil { return }
        var count: UInt64 = 0
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
            count += 1
        }
        for shift in stride(from: 0, to: 64, by: 8) {
            hash ^= (count >> UInt64(shift)) & 0xFF
            hash = hash &* 0x0000_0100_0000_01b3
        }
    }

    private mutating func feed(buffer: UnsafeBufferPointer<UInt8>) {
        var hash = self.hash
        for byte in buffer {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let count = UInt64(buffer.count)
        for shift in stride(from: 0, to: 64, by: 8) {
            hash ^= (count >> UInt64(shift)) & 0xFF
            hash = hash &* 0x0000_0100_0000_01b3
        }
        self.hash = hash
    }

    public mutating func feed(_ text: String) { feed(text.utf8) }

    /// Sixteen hex digits.
    public var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
