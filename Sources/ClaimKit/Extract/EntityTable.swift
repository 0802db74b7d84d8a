/// Everyone and everything the article names, with the mentions that
/// refer to each. Surnames merge into full names ("Blinken" → "Antony
/// Blinken"), capitals into countries ("Kyiv" → Ukraine), possessive and
/// adjectival forms into one ("China's Foreign Ministry" = "the Chinese
/// Foreign Ministry"), and definite descriptions ("the news outlet") into
/// the last fitting body named before them.
struct Entity {
    var name: String
    var kind: SourceKind
    var reference: PhraseReading.Reference
    var aliases: [String] = []
    var mentions: [TextRange] = []
    var gender: Gender?
    var isPlural: Bool
    var firstPosition: Int
    var lastPosition: Int
    var nameTokenCount: Int
}

struct EntityTable {
    private(set) var entities: [Entity] = []
    private var byKey: [String: Int] = [:]
    private var bySurname: [String: Int] = [:]

    subscript(index: Int) -> Entity { entities[index] }

    /// The entity a phrase refers to, creating it when it is new.
    /// `position` is the scalar offset of the mention, for recency.
    mutating func resolve(_ reading: PhraseReading, at mention: TextRange) -> Int? {
        let position = mention.start
        let index: Int
        switch reading.reference {
        case .backReference:
            if let earlier = mostRecent(before: position, where: { Self.fits($0, reading.kind, exactly: true) })
                ?? mostRecent(before: position, where: { Self.fits($0, reading.kind, exactly: false) })
            {
                index = earlier
                note(mention: mention, of: index)
                return index
            }
            index = create(reading, position: position)
        case .name:
            if let existing = byKey[reading.key] {
                index = existing
            } else if let nameCount = reading.nameRange?.count, nameCount == 1,
                let full = bySurname[reading.key], entities[full].kind == .person || reading.kind != .person
            {
                index = full
                byKey[reading.key] = full
            } else {
                index = create(reading, position: position)
            }
        case .role, .anonymous:
            index = byKey[reading.key] ?? create(reading, position: position)
        }
        addAlias(reading.surface, to: index)
        if reading.reference == .name, reading.surface != reading.name {
            addAlias(reading.name, to: index)
        }
        refine(index, with: reading)
        note(mention: mention, of: index)
        return index
    }

    /// Makes `alias` another way to refer to `index` ("Russia's envoy" →
    /// Kirill Dmitriev), moving its mentions over if it was an entity of
    /// its own.
    mutating func merge(_ other: Int, into index: Int) {
        guard other != index else { return }
        for alias in [entities[other].name] + entities[other].aliases { addAlias(alias, to: index) }
        entities[index].mentions.append(contentsOf: entities[other].mentions)
        entities[index].firstPosition = min(entities[index].firstPosition, entities[other].firstPosition)
        entities[index].lastPosition = max(entities[index].lastPosition, entities[other].lastPosition)
        if entities[index].kind == .unknown { entities[index].kind = entities[other].kind }
        for (key, value) in byKey where value == other { byKey[key] = index }
        for (key, value) in bySurname where value == other { bySurname[key] = index }
        entities[other].mentions = []
        entities[other].aliases = []
    }

    mutating func note(mention: TextRange, of index: Int) {
        if !entities[index].mentions.contains(mention) { entities[index].mentions.append(mention) }
        entities[index].lastPosition = max(entities[index].lastPosition, mention.start)
        entities[index].firstPosition = min(entities[index].firstPosition, mention.start)
    }

    mutating func setGender(_ gender: Gender, of index: Int) {
        if entities[index].gender == nil { entities[index].gender = gender }
    }

    mutating func setKind(_ kind: SourceKind, of index: Int) {
        entities[index].kind = kind
    }

    mutating func addAlias(_ alias: String, to index: Int) {
        guard !alias.isEmpty, alias != entities[index].name, !entities[index].aliases.contains(alias) else { return }
        entities[index].aliases.append(alias)
    }

    /// The entity mentioned most recently before `position` that passes `fits`.
    func mostRecent(before position: Int, where fits: (Entity) -> Bool) -> Int? {
        var best: Int?
        var bestPosition = -1
        for (index, entity) in entities.enumerated() where fits(entity) {
            let last = entity.mentions.lazy.filter { $0.start < position }.map(\.start).max() ?? -1
            if last > bestPosition {
                bestPosition = last
                best = index
            }
        }
        return best
    }

    /// Whether an entity can be what "the <noun>" of a kind refers to.
    /// `exactly` false lets a name of unknown kind stand for an organisation.
    static func fits(_ entity: Entity, _ kind: SourceKind, exactly: Bool) -> Bool {
        guard entity.reference == .name else { return false }
        switch kind {
        case .media: return entity.kind == .media
        case .organization: return entity.kind == .organization || !exactly && entity.kind == .unknown
        case .government: return entity.kind == .government
        default: return entity.kind == kind
        }
    }

    private mutating func create(_ reading: PhraseReading, position: Int) -> Int {
        let index = entities.count
        entities.append(
            Entity(
                name: reading.name, kind: reading.kind, reference: reading.reference, gender: reading.gender,
                isPlural: reading.isPlural, firstPosition: position, lastPosition: position,
                nameTokenCount: reading.nameRange?.count ?? 0))
        byKey[reading.key] = index
        if reading.reference == .name, reading.kind == .person || reading.kind == .unknown,
            let count = reading.nameRange?.count, count >= 2
        {
            let surname = reading.key.split(separator: " ").last.map(String.init) ?? reading.key
            if bySurname[surname] == nil { bySurname[surname] = index }
            // A surname met before the full name joins it now.
            if let earlier = byKey[surname], earlier != index, entities[earlier].nameTokenCount == 1 {
                merge(earlier, into: index)
            }
        }
        return index
    }

    private mutating func refine(_ index: Int, with reading: PhraseReading) {
        if entities[index].gender == nil { entities[index].gender = reading.gender }
        if entities[index].kind == .unknown && reading.kind != .unknown { entities[index].kind = reading.kind }
        // A fuller proper name becomes the canonical one.
        if reading.reference == .name, let count = reading.nameRange?.count, count > entities[index].nameTokenCount,
            entities[index].reference == .name, entities[index].kind != .government
        {
            addAlias(entities[index].name, to: index)
            entities[index].name = reading.name
            entities[index].aliases.removeAll { $0 == reading.name }
            entities[index].nameTokenCount = count
        }
    }
}
