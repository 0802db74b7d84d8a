/// A look-up from names (or words of names) to entities that also knows,
/// for each entity, which keys point at it: merging one entity into
/// another re-points just its own keys instead of walking every key of
/// the article, which made merging cost more the longer the text.
struct EntityIndex<Key: Hashable> {
    private var entityOf: [Key: Int] = [:]
    /// Keys ever pointed at each entity; some may point elsewhere since.
    private var keysOf: [Int: [Key]] = [:]

    subscript(key: Key) -> Int? {
        get { entityOf[key] }
        set {
            guard let newValue else {
                entityOf[key] = nil
                return
            }
            if entityOf.updateValue(newValue, forKey: key) != newValue { keysOf[newValue, default: []].append(key) }
        }
    }

    /// Points every key that points at `other` at `index` instead.
    mutating func repoint(_ other: Int, to index: Int) {
        guard let keys = keysOf.removeValue(forKey: other) else { return }
        for key in keys where entityOf[key] == other { self[key] = index }
    }
}
