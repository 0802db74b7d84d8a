enum Gender: Sendable {
    case male
    case female
}

/// What a source's noun phrase says about who it names: the canonical
/// name, its kind, and a key under which other mentions of the same
/// source are found.
struct PhraseReading {
    enum Reference: Equatable {
        /// A proper name: "Antony Blinken", "Chinese Foreign Ministry".
        case name
        /// A description that names someone by role: "Russia's envoy",
        /// "the head of the state nuclear corporation Rosatom".
        case role
        /// An unnamed group: "military experts", "people familiar with the matter".
        case anonymous
        /// A definite description that points back to a named source:
        /// "the news outlet", "the company".
        case backReference
    }

    var range: Range<Int>
    var surface: String
    var name: String
    var key: String
    var kind: SourceKind
    var reference: Reference
    var isPlural: Bool
    var gender: Gender?
    /// The proper-name tokens, when there are any.
    var nameRange: Range<Int>?
}

/// Reads noun phrases into `PhraseReading`s.
struct PhraseReader {
    let document: Document
    private var lexicon: Lexicon { document.lexicon }
    private var tokens: [Token] { document.tokens }

    /// The people or bodies a phrase names: one reading, or one per
    /// conjunct for "Senator Elizabeth Warren and congresswoman Alexandria
    /// Ocasio-Cortez". Empty when the phrase names no possible source.
    func readings(_ range: Range<Int>) -> [PhraseReading] {
        conjuncts(range).compactMap(reading)
    }

    /// Splits a phrase at "and" when both sides name someone on their own,
    /// but not inside a name such as "Center for Strategic and
    /// International Studies".
    func conjuncts(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where tokens[index].key == Document.keyAnd && tokens[index].kind == .word {
            let left = start..<index
            let right = (index + 1)..<range.upperBound
            guard !left.isEmpty, !right.isEmpty else { continue }
            if endsWithOrganizationWord(range) && document.isProper(index - 1) && document.isProper(index + 1) {
                continue
            }
            guard left.contains(where: document.isProper) || left.contains(where: isAnonymousHead),
                right.contains(where: document.isProper) || right.contains(where: isAnonymousHead)
            else { continue }
            parts.append(left)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    private func isAnonymousHead(_ index: Int) -> Bool { document.classes[index].contains(.anonymousHead) }

    private func organizationKind(at index: Int) -> SourceKind? {
        if let kind = lexicon.organizationKind(tokens[index].key) { return kind }
        return nil
    }

    /// The kind of a multi-word organisation word ending at `index`
    /// ("think tank", "news agency", "White House").
    private func organizationPhraseKind(endingAt index: Int, from lower: Int) -> SourceKind? {
        var start = index
        while start >= max(lower, index - 3) {
            if let match = lexicon.phrase(
                at: start, in: tokens,
                where: {
                    if case .organizationWord = $0 { return true }
                    return false
                }), start + match.length == index + 1, case .organizationWord(let kind) = match.kind
            {
                return kind
            }
            start -= 1
        }
        return nil
    }

    private func endsWithOrganizationWord(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        return organizationKind(at: last) != nil || organizationPhraseKind(endingAt: last, from: range.lowerBound) != nil
    }

    private func isTitleLike(_ index: Int) -> Bool {
        let wordClass = document.classes[index]
        if !wordClass.isDisjoint(with: [.title, .role, .roleModifier]) { return true }
        return lexicon.place(tokens[index].key) != nil
    }

    func reading(_ range: Range<Int>) -> PhraseReading? {
        guard !range.isEmpty else { return nil }
        var core = range.lowerBound
        while core < range.upperBound - 1, tokens[core].kind == .word,
            [WordKey("the"), WordKey("a"), WordKey("an")].contains(tokens[core].key)
        {
            core += 1
        }
        // The head segment follows the last possessive: "U.S. President
        // Donald Trump's special envoy Steve Witkoff" is headed by
        // "special envoy Steve Witkoff".
        var headStart = core
        var possessor: Range<Int>?
        for index in core..<range.upperBound where tokens[index].kind == .possessive {
            possessor = headStart..<index
            headStart = index + 1
        }
        guard headStart < range.upperBound else { return nil }
        let head = headStart..<range.upperBound
        let surface = document.text(range)
        let plainSurface = document.text(core..<range.upperBound)

        // An outlet named anywhere at the end of the phrase.
        if let outlet = outletRange(in: head) {
            return PhraseReading(
                range: range, surface: surface, name: document.text(outlet), key: key(outlet), kind: .media,
                reference: .name, isPlural: false, gender: nil, nameRange: outlet)
        }

        let run = finalProperRun(in: head)
        let lead = head.first(where: { document.isProper($0) || isNounWord($0) }) ?? head.lowerBound
        let leadIsRoleWithPreposition =
            !document.classes[lead].isDisjoint(with: [.role, .title]) && lead + 1 < head.upperBound
            && document.classes[lead + 1].contains(.preposition) && !document.isProper(lead + 1)

        if let run, run.upperBound == head.upperBound {
            // A place: "Moscow", "Ukraine", "the United States".
            if let place = place(of: run) {
                return PhraseReading(
                    range: range, surface: surface, name: lexicon.places[place].name, key: "place:\(place)",
                    kind: .government,
                    reference: .name, isPlural: false, gender: nil, nameRange: run)
            }
            let orgKind = run.reversed().lazy.compactMap { organizationKind(at: $0) }.first
                ?? organizationPhraseKind(endingAt: run.upperBound - 1, from: run.lowerBound)
            // "Head of the Kharkiv Oblast Military Administration": a role in a body.
            if orgKind != nil && leadIsRoleWithPreposition {
                return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
            }
            if let orgKind {
                let nameStart = run.lowerBound
                let name = document.text(nameStart..<run.upperBound)
                var key = key(nameStart..<run.upperBound)
                if let possessor, let place = place(of: trimmedPossessor(possessor)) {
                    key = demonymKey(place) + " " + key
                }
                let plain = possessor != nil ? plainSurface : name
                return PhraseReading(
                    range: range, surface: surface, name: plain, key: key, kind: orgKind, reference: .name,
                    isPlural: false, gender: nil, nameRange: run)
            }
            // "the state nuclear corporation Rosatom", "the label Big Machine"
            let describedBy = run.lowerBound > head.lowerBound ? organizationKind(at: run.lowerBound - 1) : nil
            if leadIsRoleWithPreposition && lead < run.lowerBound {
                return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
            }
            if let describedBy {
                return PhraseReading(
                    range: range, surface: surface, name: document.text(run), key: key(run), kind: describedBy,
                    reference: .name, isPlural: false, gender: nil, nameRange: run)
            }
            // A person: strip titles, offices and nationalities.
            var nameStart = run.lowerBound
            while nameStart < run.upperBound - 1, isTitleLike(nameStart) || isConnector(nameStart) {
                nameStart += 1
            }
            let nameRange = nameStart..<run.upperBound
            // Only titles ("President"), or an office of a place ("President of Ukraine").
            if isTitleLike(nameStart) && nameStart == run.upperBound - 1 && nameStart > run.lowerBound
                || nameStart > run.lowerBound && place(of: nameRange) != nil
            {
                return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
            }
            let hasTitle = nameStart > run.lowerBound || head.lowerBound < run.lowerBound
            return PhraseReading(
                range: range, surface: surface, name: document.text(nameRange), key: key(nameRange),
                kind: hasTitle || nameRange.count >= 2 ? .person : .unknown, reference: .name, isPlural: false,
                gender: gender(in: head), nameRange: nameRange)
        }

        if leadIsRoleWithPreposition {
            return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
        }
        guard let last = head.last(where: isNounWord) else { return nil }
        let lastClass = document.classes[last]
        if lastClass.contains(.anonymousHead) || head.contains(where: isAnonymousHead) {
            let name = lowercasedFirst(plainSurface)
            return PhraseReading(
                range: range, surface: surface, name: name, key: "anon:" + name.lowercased(), kind: .anonymous,
                reference: .anonymous, isPlural: isPluralNoun(last), gender: nil, nameRange: nil)
        }
        if !lastClass.isDisjoint(with: [.role, .title]) {
            return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
        }
        if let kind = organizationKind(at: last) ?? organizationPhraseKind(endingAt: last, from: head.lowerBound) {
            let definite = core > range.lowerBound || possessor != nil
            guard definite || kind == .document else { return nil }
            let name = lowercasedFirst(plainSurface)
            return PhraseReading(
                range: range, surface: surface, name: name, key: "desc:" + name.lowercased(), kind: kind,
                reference: kind == .document && possessor == nil ? .role : .backReference, isPlural: false,
                gender: nil, nameRange: nil)
        }
        return nil
    }

    private func roleReading(_ range: Range<Int>, core: Int, surface: String, plainSurface: String) -> PhraseReading {
        let name = core > range.lowerBound ? plainSurface : surface
        return PhraseReading(
            range: range, surface: surface, name: name, key: "role:" + name.lowercased(), kind: .person,
            reference: .role, isPlural: false, gender: gender(in: range), nameRange: nil)
    }

    private func isNounWord(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let wordClass = document.classes[index]
        if !wordClass.isDisjoint(with: [.role, .title, .anonymousHead]) { return true }
        return organizationKind(at: index) != nil || document.isProper(index)
    }

    private func isConnector(_ index: Int) -> Bool {
        tokens[index].kind == .word && !document.isProper(index)
            && (document.classes[index].contains(.preposition) || tokens[index].key == Document.keyThe)
    }

    /// The last run of capitalised words (with the connectors names use
    /// inside them: of, for, and, the, de, von …) in a range.
    func finalProperRun(in range: Range<Int>) -> Range<Int>? {
        var end = range.upperBound
        while end > range.lowerBound, !document.isProper(end - 1) { end -= 1 }
        guard end > range.lowerBound else { return nil }
        var start = end - 1
        while start > range.lowerBound {
            let previous = start - 1
            if document.isProper(previous) || document.isNameParticle(previous) {
                start = previous
                continue
            }
            // Up to two connectors between capitalised words: "Secretary
            // of State", "Bank of the West", "Strategic and International".
            var cursor = previous
            var connectors = 0
            while cursor >= range.lowerBound, connectors < 2,
                isConnector(cursor) || tokens[cursor].key == Document.keyAnd
            {
                cursor -= 1
                connectors += 1
            }
            guard connectors > 0, cursor >= range.lowerBound, document.isProper(cursor) else { break }
            start = cursor
        }
        return start..<end
    }

    private func outletRange(in range: Range<Int>) -> Range<Int>? {
        for start in range {
            if let match = lexicon.phrase(
                at: start, in: tokens, limit: range.upperBound,
                where: {
                    if case .outlet = $0 { return true }
                    return false
                }), start + match.length == range.upperBound
            {
                return start..<range.upperBound
            }
            if start == range.upperBound - 1, lexicon.isOutletWord(tokens[start].key), document.isProper(start) {
                return start..<range.upperBound
            }
        }
        return nil
    }

    /// The place a run of tokens names, if it is exactly a country,
    /// capital or country's other name.
    func place(of range: Range<Int>) -> Int? {
        var start = range.lowerBound
        if start < range.upperBound - 1, tokens[start].key == Document.keyThe { start += 1 }
        if range.upperBound - start == 1 { return lexicon.place(tokens[start].key) }
        if let match = lexicon.phrase(
            at: start, in: tokens, limit: range.upperBound,
            where: {
                if case .place = $0 { return true }
                return false
            }), start + match.length == range.upperBound, case .place(let index) = match.kind
        {
            return index
        }
        return nil
    }

    private func trimmedPossessor(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound - 1, !document.isProper(start) { start += 1 }
        return start..<range.upperBound
    }

    /// A match key: lower-cased words, "the" dropped, a leading country
    /// name or capital replaced by its demonym so that "China's Foreign
    /// Ministry" and "the Chinese Foreign Ministry" meet.
    func key(_ range: Range<Int>) -> String {
        var words: [String] = []
        for index in range where tokens[index].kind == .word || tokens[index].kind == .number {
            if index == range.lowerBound, tokens[index].key == Document.keyThe { continue }
            var word = document.text(index).lowercased()
            if words.isEmpty, let place = lexicon.place(tokens[index].key), index + 1 < range.upperBound {
                word = lexicon.places[place].demonyms.first?.lowercased() ?? word
            }
            words.append(word == "defence" ? "defense" : word)
        }
        return words.joined(separator: " ")
    }

    private func demonymKey(_ place: Int) -> String {
        (lexicon.places[place].demonyms.first ?? lexicon.places[place].name).lowercased()
    }

    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let scalars = Array(text.unicodeScalars)
        // Keep acronyms ("US officials") as written.
        if scalars.count > 1, scalars[1].properties.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    private func isPluralNoun(_ index: Int) -> Bool {
        let word = document.text(index).lowercased()
        let singular: Set<String> = ["person", "someone", "source", "official", "staff", "police", "authorities"]
        if singular.contains(word) { return word == "police" || word == "authorities" || word == "staff" }
        return word.hasSuffix("s") || word == "people"
    }

    /// Gender markers in titles and roles: "Mrs", "congresswoman", "king".
    func gender(in range: Range<Int>) -> Gender? {
        for index in range where tokens[index].kind == .word {
            let word = document.text(index).lowercased()
            if PhraseReader.femaleWords.contains(word) || word.hasSuffix("woman") { return .female }
            if PhraseReader.maleWords.contains(word) || word.hasSuffix("man") && word.count > 4 && word != "german"
                && word != "human"
            {
                return .male
            }
        }
        return nil
    }

    static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "duchess", "actress", "wife", "mother",
        "daughter", "sister", "widow", "girl", "grandmother", "aunt", "niece",
    ]
    static let maleWords: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "duke", "husband", "father", "son", "brother", "widower", "boy",
        "grandfather", "uncle", "nephew",
    ]
}
