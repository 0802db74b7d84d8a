/// A small fixed set of words (a dozen auxiliaries, pronouns, particles)
/// asked about for every token. A linear scan of a few integers beats
/// hashing each look-up through `Set`.
struct WordSet: Sendable {
    private let keys: [UInt64]

    init(_ words: [String]) {
        keys = words.map { WordKey($0).value }
    }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool {
        keys.contains(key.value)
    }
}
