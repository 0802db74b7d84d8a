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
    /// Whether the entity has been the subject of a sentence or an
    /// attribution: a bare name only in "Harwick plant" is no candidate
    /// for "the company".
    var wasSubject = false
    /// Whether the name was ever met where only a name is capitalised: not
    /// at a sentence's start, where "Sales rose" capitalises any word.
    var cappedInsideSentence = false
    /// For an organisation, what sort it is ("the union" finds no company).
    var bodyType: BodyType?
    /// What the table asks of the names and mentions over and over, kept
    /// up to date as they change so that no question walks them all.
    fileprivate var derived = DerivedNames()
}

/// The starts of an entity's mentions in order, the word hashes of its
/// name and aliases, and the acronyms they make.
private struct DerivedNames {
    var mentionStarts: [Int] = []
    var aliasSet: Set<String> = []
    var words: Set<UInt64> = []
    var initials: Set<String> = []
    /// Acronyms of the aliases alone, from their leading capitals: a
    /// person is spelled out only by an office they were given.
    var leadingInitials: Set<String> = []

    /// How many mentions start before `position`, by binary search.
    func mentionCount(before position: Int) -> Int {
        var low = 0
        var high = mentionStarts.count
        while low < high {
            let middle = (low + high) / 2
            if mentionStarts[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func addMention(at start: Int) {
        if let last = mentionStarts.last, last > start {
            mentionStarts.insert(start, at: mentionCount(before: start))
        } else {
            mentionStarts.append(start)
        }
    }

    mutating func addName(_ name: String, isAlias: Bool) {
        if isAlias { aliasSet.insert(name) }
        var hash = WordKey.offsetBasis
        var inWord = false
        for scalar in name.unicodeScalars {
            if scalar == " " {
                if inWord { words.insert(hash) }
                hash = WordKey.offsetBasis
                inWord = false
            } else {
                WordKey.feed(scalar, into: &hash)
                inWord = true
            }
        }
        if inWord { words.insert(hash) }
        if let short = EntityTable.initials(of: name) { initials.insert(short) }
        if isAlias, let short = EntityTable.initials(of: name, leadingOnly: true) { leadingInitials.insert(short) }
    }

    /// Rebuilt when a name becomes an alias or an alias the name, the only
    /// changes after which something may no longer hold.
    static func of(_ entity: Entity) -> DerivedNames {
        var derived = DerivedNames()
        derived.mentionStarts = entity.derived.mentionStarts
        derived.addName(entity.name, isAlias: false)
        for alias in entity.aliases { derived.addName(alias, isAlias: true) }
        return derived
    }
}

struct EntityTable {
    private(set) var entities: [Entity] = []
    private var byKey = EntityIndex<EntityKey>()
    private var bySurname = EntityIndex<WordKey>()
    /// First words of bodies' names: "Norvale" for "Norvale Foods".
    private var byFirstWord = EntityIndex<WordKey>()
    /// Every mention already noted, by entity.
    private var noted: Set<NotedMention> = []

    private struct NotedMention: Hashable {
        var entity: Int
        var range: TextRange
    }

    /// The entities a description, an acronym or a short name is matched
    /// against: the most recently named ones, so that matching costs the
    /// same at the end of a long text as at its start.
    private var recentEntities: Range<Int> { max(0, entities.count - Reach.entities)..<entities.count }
    /// Entities merged into others, and where they went.
    private var mergedInto: [Int: Int] = [:]
    /// Roles held for someone: whose, which role → the person ("her rep").
    private var ownedRoles: [OwnedRole: Int] = [:]

    private struct OwnedRole: Hashable {
        var owner: Int
        var role: WordKey
    }

    func ownedRole(_ owner: Int, _ role: WordKey) -> Int? {
        ownedRoles[OwnedRole(owner: current(owner), role: role)].map { current($0) }
    }

    /// Gives an entity a better canonical name, keeping the old one as an alias.
    mutating func rename(_ index: Int, to name: String) {
        let index = current(index)
        let current = entities[index].name
        let weaker = current.split(separator: " ").first.map { ["her", "his", "their", "its"].contains($0.lowercased()) } ?? false
        // "Maya Lindell's rep" reads better than "representative for Lindell" too.
        guard current != name, weaker || current.contains(" for ") && name.contains("\u{2019}s ") || name.contains("'s ")
        else { return }
        addAlias(entities[index].name, to: index)
        entities[index].name = name
        entities[index].aliases.removeAll { $0 == name }
        entities[index].derived = DerivedNames.of(entities[index])
    }

    mutating func registerOwnedRole(_ owner: Int, _ role: WordKey, _ entity: Int) {
        ownedRoles[OwnedRole(owner: current(owner), role: role)] = entity
    }

    subscript(index: Int) -> Entity { entities[index] }

    /// Where an entity lives now: itself, or the one it was merged into.
    func current(_ index: Int) -> Int {
        var index = index
        while let next = mergedInto[index] { index = next }
        return index
    }

    /// The entity a phrase refers to, creating it when it is new.
    /// `mention` is where the phrase stands; `lookAhead` lets a headline's
    /// description find a body the article names only later.
    mutating func resolve(_ reading: PhraseReading, at mention: TextRange, lookAhead: Bool = false) -> Int? {
        let position = lookAhead ? Int.max : mention.start
        let index: Int
        switch reading.reference {
        case .backReference, .generic:
            if let found = antecedent(of: reading, before: position) {
                note(mention: mention, of: found)
                // "the news outlet" is one more way the article names it.
                addAlias(reading.surface, to: found)
                return found
            }
            index = byKey[reading.key] ?? create(reading, position: mention.start)
        case .name:
            if PhraseReader.isAcronym(reading.name), let full = spelledOut(reading.name) {
                // "The FAA" after "the Federal Aviation Administration".
                if let existing = byKey[reading.key], current(existing) != full, entities[current(existing)].nameTokenCount <= 1 {
                    merge(current(existing), into: full)
                }
                index = full
                byKey[reading.key] = full
            } else if let existing = byKey[reading.key] {
                index = existing
            } else if let nameCount = reading.nameRange?.count, nameCount >= 2, let body = bodyNamed(startingWith: reading.name) {
                // "Varuna Agro" after "Varuna Agro Industries".
                index = body
                byKey[reading.key] = body
            } else if let nameCount = reading.nameRange?.count,
                nameCount == 1 || nameCount == 2 && EntityTable.startsWithParticle(reading.name),
                let surname = reading.key.lastWord, let full = bySurname[surname],
                [.person, .unknown].contains(entities[current(full)].kind) || reading.kind != .person
            {
                index = full
                byKey[reading.key] = full
            } else if let nameCount = reading.nameRange?.count, nameCount == 1, reading.kind != .person,
                let word = reading.key.lastWord, let body = byFirstWord[word]
            {
                index = body
                byKey[reading.key] = body
            } else {
                index = create(reading, position: mention.start)
            }
        case .anonymous:
            // "one of the people" after "two people familiar with the matter";
            // a headline's "council aides" for the lede's "three council aides".
            if reading.isDefinite || lookAhead, let head = reading.groupHead,
                let group = salient(
                    before: position,
                    where: { $0.reference == .anonymous && Self.uses($0, word: WordKey(head)) })
            {
                note(mention: mention, of: group)
                return group
            }
            index = byKey[reading.key] ?? create(reading, position: mention.start)
        case .role:
            // "the minister" after "The Minister of Transport, Fabien Delacourt";
            // a headline's "Lawyer Says" for the lawyer the article names.
            if reading.surface.lowercased().hasPrefix("the ") || lookAhead, let role = reading.name.split(separator: " ").last,
                let named = salient(
                    before: position,
                    where: { $0.kind == .person && $0.reference == .name && Self.uses($0, word: WordKey(role)) })
            {
                note(mention: mention, of: named)
                addAlias(reading.surface, to: named)
                return named
            }
            index = byKey[reading.key] ?? create(reading, position: mention.start)
        }
        addAlias(reading.surface, to: index)
        if reading.reference == .name, reading.surface != reading.name {
            addAlias(reading.name, to: index)
        }
        // A short form, given in brackets or met before the full name.
        let spelled = reading.reference == .name && reading.kind != .person ? EntityTable.initials(of: reading.name) : nil
        for short in [reading.acronym, spelled].compactMap({ $0 }) {
            let key = EntityKey.name([WordKey(short)])
            if let earlier = byKey[key], current(earlier) != index, entities[current(earlier)].nameTokenCount <= 1 {
                merge(current(earlier), into: index)
            }
            if short == reading.acronym {
                byKey[key] = index
                addAlias(short, to: index)
            }
        }
        refine(index, with: reading)
        note(mention: mention, of: index)
        return index
    }

    /// The body whose name's initials spell `acronym`: "NTSB" for the
    /// National Transportation Safety Board.
    /// A person only by an office they were given: "the PPRO" for "the
    /// Police Public Relations Officer in the state, SP Grace Nwachukwu".
    private func spelledOut(_ acronym: String) -> Int? {
        recentEntities.last { index in
            guard mergedInto[index] == nil, entities[index].reference == .name else { return false }
            if entities[index].kind == .person {
                return entities[index].derived.leadingInitials.contains(acronym)
            }
            return entities[index].derived.initials.contains(acronym)
        }
    }

    /// The capitals a name of three or more words abbreviates to, small
    /// words skipped: "Federal Aviation Administration" → "FAA".
    /// With `leadingOnly`, the leading run of capitalised words counts
    /// ("the Police Public Relations Officer in the state" → "PPRO");
    /// otherwise every word must be capitalised ("United Nations report"
    /// abbreviates to nothing).
    static func initials(of name: String, leadingOnly: Bool = false) -> String? {
        // Asked for every name and alias an entity gets: words are walked
        // in place, without splitting the name into an array of them.
        var letters = String.UnicodeScalarView()
        let scalars = name.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index] != " " else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var count = 0
            while index < scalars.endIndex && scalars[index] != " " {
                count += 1
                index = scalars.index(after: index)
            }
            if count <= 3 && isSmallWord(scalars[start..<index]) { continue }
            let first = scalars[start]
            if Tokenizer.isUppercase(first) {
                letters.append(first)
            } else if leadingOnly {
                break
            } else {
                return nil
            }
        }
        return letters.count >= 2 ? String(letters) : nil
    }

    private static let smallWords: Set<String> = ["of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "&"]
    private static let smallWordKeys = WordSet(Array(smallWords))

    /// Whether a word is one of `smallWords`, in any case. They are all
    /// ASCII, so an ASCII word is compared by its key, built without a
    /// String; any other word the slow way.
    private static func isSmallWord(_ word: Substring.UnicodeScalarView) -> Bool {
        guard word.allSatisfy(\.isASCII) else { return smallWords.contains(String(word).lowercased()) }
        var hash = WordKey.offsetBasis
        for scalar in word { WordKey.feed(scalar, into: &hash) }
        return smallWordKeys.contains(WordKey(value: hash))
    }

    /// Makes `alias` another way to refer to `index` ("Russia's envoy" →
    /// Kirill Dmitriev), moving its mentions over if it was an entity of
    /// its own.
    mutating func merge(_ other: Int, into index: Int) {
        guard other != index else { return }
        for alias in [entities[other].name] + entities[other].aliases { addAlias(alias, to: index) }
        for mention in entities[other].mentions {
            noted.insert(NotedMention(entity: index, range: mention))
            entities[index].derived.addMention(at: mention.start)
        }
        entities[index].mentions.append(contentsOf: entities[other].mentions)
        entities[index].firstPosition = min(entities[index].firstPosition, entities[other].firstPosition)
        entities[index].lastPosition = max(entities[index].lastPosition, entities[other].lastPosition)
        if entities[index].kind == .unknown { entities[index].kind = entities[other].kind }
        byKey.repoint(other, to: index)
        bySurname.repoint(other, to: index)
        byFirstWord.repoint(other, to: index)
        entities[index].wasSubject = entities[index].wasSubject || entities[other].wasSubject
        entities[index].cappedInsideSentence = entities[index].cappedInsideSentence || entities[other].cappedInsideSentence
        entities[other].mentions = []
        entities[other].aliases = []
        entities[other].derived = DerivedNames()
        mergedInto[other] = index
    }

    mutating func note(mention: TextRange, of entity: Int) {
        let index = current(entity)
        if noted.insert(NotedMention(entity: index, range: mention)).inserted {
            entities[index].mentions.append(mention)
            entities[index].derived.addMention(at: mention.start)
        }
        entities[index].lastPosition = max(entities[index].lastPosition, mention.start)
        entities[index].firstPosition = min(entities[index].firstPosition, mention.start)
    }

    mutating func markSubject(_ index: Int) {
        entities[index].wasSubject = true
    }

    mutating func markCappedInsideSentence(_ index: Int) {
        entities[current(index)].cappedInsideSentence = true
    }

    mutating func setGender(_ gender: Gender, of index: Int) {
        if entities[index].gender == nil { entities[index].gender = gender }
    }

    mutating func setKind(_ kind: SourceKind, of index: Int) {
        entities[index].kind = kind
    }

    mutating func addAlias(_ alias: String, to index: Int) {
        guard !alias.isEmpty, alias != entities[index].name, !entities[index].derived.aliasSet.contains(alias) else { return }
        entities[index].aliases.append(alias)
        entities[index].derived.addName(alias, isAlias: true)
    }

    /// The one body whose name begins with `words` and goes on:
    /// "Varuna Agro" for "Varuna Agro Industries".
    private func bodyNamed(startingWith words: String) -> Int? {
        let prefix = words + " "
        let bodies = recentEntities.filter { index in
            mergedInto[index] == nil && entities[index].reference == .name
                && [.organization, .government, .media].contains(entities[index].kind) && entities[index].name.hasPrefix(prefix)
        }
        return bodies.count == 1 ? bodies[0] : nil
    }

    /// "Van Wyk", "de Klerk": a surname with its particle.
    static func startsWithParticle(_ name: String) -> Bool {
        guard let first = name.split(separator: " ").first else { return false }
        return Document.nameParticles.contains(WordKey(first))
    }

    /// Merges into `index` an unnamed person ("a Treasury minister") met
    /// shortly before `position` whose description shares one of `words`.
    mutating func absorbUnnamedRole(sharing words: [WordKey], into index: Int, before position: Int) {
        for other in recentEntities where other != index && mergedInto[other] == nil {
            let entity = entities[other]
            guard entity.reference == .role, entity.kind == .person, !entity.mentions.isEmpty,
                entity.firstPosition < position, position - entity.lastPosition < 400,
                ([entity.name] + entity.aliases).contains(where: { $0.lowercased().hasPrefix("a ") || $0.lowercased().hasPrefix("an ") }),
                words.contains(where: { Self.uses(entity, word: $0) })
            else { continue }
            merge(other, into: index)
        }
    }

    /// Whether the entity's name or one of its aliases has the word, in
    /// any case: "Police" in "Millbrook Police", "company" in "the company
    /// that runs the AMAs". Hashes the words in place; asked only when a
    /// description needs an antecedent.
    static func uses(_ entity: Entity, word: WordKey) -> Bool {
        entity.derived.words.contains(word.value)
    }

    /// What "the company", "the audit", "Police" refer to: a body whose
    /// name or aliases share the noun ("Millbrook Police"; a bare noun may
    /// find it later in the article), else the most talked-about body of
    /// that kind so far, else a name of unknown kind ("Pixavel").
    private mutating func antecedent(of reading: PhraseReading, before position: Int) -> Int? {
        let words = reading.name.split(separator: " ").filter { $0.lowercased() != "the" }
        let lastWord = words.last ?? ""
        let headWord = WordKey(lastWord)
        let singular = lastWord.hasSuffix("s") ? WordKey(lastWord.dropLast()) : headWord
        let modifiers = words.dropLast().map { WordKey($0) }
        let compatible: (Entity) -> Bool = { entity in
            if entity.kind == reading.kind || entity.kind == .unknown { return true }
            if reading.kind == .document { return false }
            return ![SourceKind.person, .anonymous, .document].contains(entity.kind)
        }
        // "the union" is no company, "the company" no union; a name of
        // unknown sort may be a company.
        let sameSort: (Entity) -> Bool = { entity in
            guard let wanted = reading.bodyType else { return true }
            // "the airline" is no agency that regulates airlines.
            guard let sort = entity.bodyType else { return wanted == .business && entity.kind != .government }
            return sort == wanted
        }
        // "Police" finds "Millbrook Police"; "separatist forces" does not
        // find "Merovian Armed Forces": every word must be there.
        let sharesHead: (Entity) -> Bool = { entity in
            guard compatible(entity), entity.reference != .anonymous else { return false }
            guard Self.uses(entity, word: headWord) || Self.uses(entity, word: singular) else { return false }
            return modifiers.allSatisfy { Self.uses(entity, word: $0) }
        }
        if let found = salient(before: position, where: sharesHead) { return found }
        // "the health authority" for "Tamarack Health": a body's name that
        // has every word describing it.
        let namedByModifiers: (Entity) -> Bool = { entity in
            !modifiers.isEmpty && entity.reference == .name && (entity.kind == .unknown || compatible(entity))
                && entity.kind != .person && sameSort(entity) && modifiers.allSatisfy { Self.uses(entity, word: $0) }
        }
        if reading.kind != .document, let found = salient(before: position, where: namedByModifiers) { return found }
        if reading.reference == .generic, let later = salient(before: Int.max, where: sharesHead) { return later }
        if reading.reference == .generic && reading.isPlural { return nil }
        // "the company" may be the story's company; "the shipping ministry",
        // with words of its own, is a body of its own.
        let shortGeneric = reading.reference == .generic && words.count <= 2
        // "the Minneapolis-based chip maker" is the story's company too.
        let business = reading.bodyType == .business && reading.reference == .backReference
        guard reading.isBare || reading.kind == .document || shortGeneric || business else { return nil }
        // "the government" is a country's, not any public body met before
        // (a UN office, a police force): only one called a government.
        if headWord == EntityTable.governmentWord { return nil }
        // Another document only when just mentioned and named generally:
        // "The audit found …; the report said" — but "the indictment" after
        // "court documents", or "the minutes" after "the reports", is new.
        if reading.kind == .document, !EntityTable.generalDocumentWords.contains(headWord) { return nil }
        let recent = reading.kind == .document ? position - 600 : Int.min
        let exact: (Entity) -> Bool = { Self.fits($0, reading.kind) && $0.lastPosition >= recent && sameSort($0) }
        if let found = salient(before: position, where: exact) { return found }
        // A name of unknown sort may be "the company", not "the state utility".
        guard reading.kind == .organization, reading.isBare || shortGeneric else { return nil }
        let unknownSubject: (Entity) -> Bool = {
            // "Sales rose sharply, the company said": one capitalised word
            // opening a sentence may be any noun, not the company.
            $0.reference == .name && $0.kind == .unknown && $0.wasSubject && sameSort($0)
                && ($0.nameTokenCount >= 2 || $0.cappedInsideSentence)
        }
        return salient(before: position, where: unknownSubject)
    }

    static let governmentWord = WordKey("government")

    /// Words that may name any document: "the report" after "the audit".
    static let generalDocumentWords: WordSet = WordSet([
        "report", "reports", "document", "documents", "statement", "study", "analysis", "findings", "paper",
    ])

    /// The entity that passes `fits` and is most talked about before
    /// `position` — the story's company, not the last one named in passing
    /// — with the most recent mention breaking ties.
    func salient(before position: Int, where fits: (Entity) -> Bool) -> Int? {
        var best: Int?
        var bestScore = (count: 0, last: -1)
        for index in recentEntities where fits(entities[index]) {
            // Read in place: a copy of `derived` would retain its five collections.
            let count = entities[index].derived.mentionCount(before: position)
            guard count > 0 else { continue }
            let last = entities[index].derived.mentionStarts[count - 1]
            if count > bestScore.count || count == bestScore.count && last > bestScore.last {
                bestScore = (count, last)
                best = index
            }
        }
        return best
    }

    /// Whether an entity can be what "the <noun>" of a kind refers to.
    static func fits(_ entity: Entity, _ kind: SourceKind) -> Bool {
        // Documents are named by description ("a state audit"), bodies by name.
        if kind == .document { return entity.kind == .document }
        return entity.reference == .name && entity.kind == kind
    }

    private mutating func create(_ reading: PhraseReading, position: Int) -> Int {
        let index = entities.count
        entities.append(
            Entity(
                name: reading.name, kind: reading.kind, reference: reading.reference,
                gender: reading.gender, isPlural: reading.isPlural,
                firstPosition: position, lastPosition: position, nameTokenCount: reading.nameRange?.count ?? 0,
                bodyType: reading.bodyType))
        entities[index].derived.addName(reading.name, isAlias: false)
        byKey[reading.key] = index
        // A body's first word names it too: "Norvale" for "Norvale Foods";
        // a paper's first word names whose it is ("Kovrania's readout").
        if reading.reference == .name, ![.person, .government, .document].contains(reading.kind),
            let count = reading.nameRange?.count, count >= 2, case .name(let words) = reading.key, let first = words.first
        {
            if byFirstWord[first] == nil { byFirstWord[first] = index }
            if let earlier = byKey[.name([first])], earlier != index, entities[earlier].nameTokenCount == 1,
                entities[earlier].kind != .person
            {
                merge(earlier, into: index)
            }
        }
        if reading.reference == .name, reading.kind == .person || reading.kind == .unknown,
            let count = reading.nameRange?.count, count >= 2
        {
            if let surname = reading.key.lastWord {
                if bySurname[surname] == nil { bySurname[surname] = index }
                // A surname met before the full name joins it now.
                if let earlier = byKey[.name([surname])], earlier != index, entities[earlier].nameTokenCount == 1 {
                    merge(earlier, into: index)
                }
            }
        }
        return index
    }

    private mutating func refine(_ index: Int, with reading: PhraseReading) {
        if entities[index].gender == nil { entities[index].gender = reading.gender }
        if entities[index].bodyType == nil { entities[index].bodyType = reading.bodyType }
        if entities[index].kind == .unknown && reading.kind != .unknown { entities[index].kind = reading.kind }
        // A fuller proper name becomes the canonical one.
        if reading.reference == .name, let count = reading.nameRange?.count, count > entities[index].nameTokenCount,
            entities[index].reference == .name, entities[index].kind != .government
        {
            addAlias(entities[index].name, to: index)
            entities[index].name = reading.name
            entities[index].aliases.removeAll { $0 == reading.name }
            entities[index].derived = DerivedNames.of(entities[index])
            entities[index].nameTokenCount = count
        }
    }
}
