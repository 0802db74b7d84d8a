/// A read-only map from word keys to lexicon facts, built once. Word keys
/// are already well-mixed 64-bit hashes, so they index an open-addressed
/// table directly; the standard Dictionary would hash them again with
/// SipHash on every one of the millions of look-ups a parse makes.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [WordKey: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        for (key, value) in entries {
            var slot = WordTable.slot(key.value, mask)
            while values[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key.value
            values[slot] = value
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 32)) & UInt64(mask))
    }

    @inline(__always)
    subscript(key: WordKey) -> Value? {
        var slot = WordTable.slot(key.value, mask)
        while let value = values[slot] {
            if keys[slot] == key.value { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
