enum Gender: Sendable {
    case male
    case female
}

/// How mentions of one source are recognised as such: the words of a
/// name (case aside), a country, or the lower-cased text of a description.
enum EntityKey: Hashable {
    case name([WordKey])
    case place(Int)
    case text(String)

    /// The last word of a name: a surname.
    var lastWord: WordKey? {
        if case .name(let words) = self { return words.last }
        return nil
    }
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
        /// A bare common noun for a body: "Police said", "prosecutors
        /// allege", a headline's "Energy company says". The body the article
        /// names of that sort, or else a group of its own.
        case generic
    }

    var range: Range<Int>
    var surface: String
    var name: String
    var key: EntityKey
    var kind: SourceKind
    var reference: Reference
    var isPlural: Bool
    var gender: Gender?
    /// The proper-name tokens, when there are any.
    var nameRange: Range<Int>?
    /// For an unnamed group, its head noun ("people") and whether the
    /// phrase points back to a group named before ("the people", "one of
    /// the officials").
    var groupHead: String?
    var isDefinite = false
    /// A description that is only its noun: "the company", "the news
    /// outlet" — not "the shipping ministry".
    var isBare = false
    /// For an organisation or its description, what sort it is.
    var bodyType: BodyType?
    /// The short form the article gives in brackets after the name:
    /// "the Union of Motorway Concessionaires (UCA)".
    var acronym: String?
}

/// Reads noun phrases into `PhraseReading`s.
struct PhraseReader {
    let document: Document
    private let lexicon: Lexicon
    private let tokens: [Token]
    private let shares: GroupShares

    init(document: Document) {
        self.document = document
        lexicon = document.lexicon
        tokens = document.tokens
        shares = GroupShares(document: document)
    }

    /// The people or bodies a phrase names: one reading, or one per
    /// conjunct for "Senator Elizabeth Warren and congresswoman Alexandria
    /// Ocasio-Cortez". Empty when the phrase names no possible source.
    func readings(_ range: Range<Int>) -> [PhraseReading] {
        conjuncts(range).compactMap { reading($0) }
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
            // "Center for Strategic and International Studies", "the Motor
            // and Engineering Workers' Union of South Africa": one body.
            let rightNamesBody = right.contains { organizationKind(at: $0) != nil && document.isProper($0) }
            if endsWithOrganizationWord(range) || rightNamesBody && lexicon.firstName(tokens[index - 1].key) == nil
                && place(of: (index - 1)..<index) == nil,
                document.isProper(index - 1) && document.isProper(index + 1)
            {
                continue
            }
            guard left.contains(where: document.isProper) || left.contains(where: document.isAnonymousHead),
                right.contains(where: document.isProper) || right.contains(where: document.isAnonymousHead)
            else { continue }
            parts.append(left)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        // "Both Mr. King and Mr. Schultz": the correlative opens the pair
        // and belongs to neither name.
        if parts.count > 1, parts[0].count > 1, tokens[parts[0].lowerBound].kind == .word,
            PhraseReader.correlatives.contains(tokens[parts[0].lowerBound].key)
        {
            parts[0] = (parts[0].lowerBound + 1)..<parts[0].upperBound
        }
        return parts
    }

    private static let correlatives = WordSet(["both", "either", "neither"])


    private func organizationKind(at index: Int) -> SourceKind? {
        // "records show" are documents, whatever "Big Machine Records" is.
        if !document.isProper(index), FrameFinder.recordNouns.contains(tokens[index].key) { return .document }
        return lexicon.organizationKind(tokens[index].key)
    }

    /// The kind of a multi-word organisation word ending at `index`
    /// ("think tank", "news agency", "White House").
    private func organizationPhraseKind(endingAt index: Int, from lower: Int) -> SourceKind? {
        var start = index
        while start >= max(lower, index - 3) {
            if let match = document.phrase(at: start,
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

    /// Whether a range is one organisation word or one multi-word one.
    private func isBareNoun(_ range: Range<Int>) -> Bool {
        if range.count == 1 { return organizationKind(at: range.lowerBound) != nil }
        guard let match = document.phrase(
            at: range.lowerBound,
            where: {
                if case .organizationWord = $0 { return true }
                return false
            })
        else { return false }
        return match.length == range.count
    }

    private func endsWithOrganizationWord(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        return organizationKind(at: last) != nil || organizationPhraseKind(endingAt: last, from: range.lowerBound) != nil
    }

    private func isTitleLike(_ index: Int) -> Bool {
        let wordClass = document.classes[index]
        if !wordClass.isDisjoint(with: [.title, .role, .roleModifier]) { return true }
        // "Brig." and "Gen." in "Brig. Gen. Farid Alam"
        if wordClass.contains(.abbreviation), index + 1 < tokens.count, document.isAbbreviationDot(index + 1) {
            return true
        }
        return lexicon.place(tokens[index].key) != nil || organizationKind(at: index) != nil
    }

    /// The kind of organisation a run of capitalised words names, when its
    /// last word is an organisation word ("Dick Clark Productions") or it
    /// has the form "Ministry of Defence"; nil for "Council President
    /// Victor Amundsen", where the organisation word is only a title.
    private func organizationKind(ofRun run: Range<Int>) -> SourceKind? {
        // "Ministry of Energy" is a ministry, whatever "Energy" could be.
        for index in run.dropLast() where tokens[index].kind == .word {
            guard let kind = organizationKind(at: index) else { continue }
            let next = tokens[index + 1]
            if next.kind == .word, next.key == Document.keyOf || next.key == Document.keyFor { return kind }
        }
        if let kind = organizationKind(at: run.upperBound - 1)
            ?? organizationPhraseKind(endingAt: run.upperBound - 1, from: run.lowerBound)
        {
            return kind
        }
        // "Fen Gazette Online", "Harbour Bank Group": a body's word followed
        // by words that name no person (no title, no given name).
        if let last = run.dropLast().last(where: { tokens[$0].kind == .word && organizationKind(at: $0) != nil }),
            !(last + 1..<run.upperBound).contains(where: { isTitleLike($0) || lexicon.firstName(tokens[$0].key) != nil })
        {
            return organizationKind(at: last)
        }
        return nil
    }

    func reading(_ range: Range<Int>) -> PhraseReading? {
        guard var reading = untypedReading(range) else { return nil }
        if reading.kind == .organization || reading.kind == .unknown {
            // The last word that says what sort of body it is: "Federation", "company".
            for index in range.reversed() {
                if let type = lexicon.bodyType(tokens[index].key) {
                    reading.bodyType = type
                    break
                }
            }
        }
        if reading.reference == .name, reading.kind != .person, let name = reading.nameRange {
            reading.acronym = bracketedAcronym(after: name.upperBound)
        }
        return reading
    }

    /// "(UCA)", "(Mewusa)" right after a name: a short form in brackets.
    private func bracketedAcronym(after index: Int) -> String? {
        guard index + 2 < tokens.count, tokens[index].isPunctuation("("), tokens[index + 2].isPunctuation(")"),
            tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized, (2...8).contains(tokens[index + 1].length)
        else { return nil }
        return document.text(index + 1)
    }

    /// Two to six capitals: "FAA", "NTSB", "UCA".
    static func isAcronym(_ text: String) -> Bool {
        (2...6).contains(text.count) && text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    private func untypedReading(_ range: Range<Int>) -> PhraseReading? {
        guard !range.isEmpty else { return nil }
        var core = range.lowerBound
        while core < range.upperBound - 1, tokens[core].kind == .word,
            PhraseReader.articles.contains(tokens[core].key)
        {
            core += 1
        }
        let surface = document.text(range)
        let plainSurface = document.text(core..<range.upperBound)
        // "7 percent", "a third", "most of them": a share of an unnamed group.
        if shares.isShare(range) {
            return anonymousReading(range, core: core, head: range.upperBound - 1, surface: surface, plainSurface: surface)
        }
        // "Detective Sergeant Aroha Kingi of the police Financial Crime
        // Group": a person of a body is the person.
        if core + 2 < range.upperBound, let joint = (core + 2..<range.upperBound).first(where: {
            tokens[$0].kind == .word && PhraseReader.affiliations.contains(tokens[$0].key)
        }), document.isProper(joint - 1), var person = untypedReading(range.lowerBound..<joint), person.reference == .name,
            person.kind == .person
        {
            person.range = range
            person.surface = surface
            return person
        }
        // "The government in Sembara": a body where it sits is the body.
        if core + 1 < range.upperBound, let joint = (core + 1..<range.upperBound).first(where: {
            tokens[$0].kind == .word && tokens[$0].key == PhraseReader.keyIn
        }), joint + 1 < range.upperBound, place(of: (joint + 1)..<range.upperBound) != nil || document.isProper(joint + 1),
            var body = untypedReading(range.lowerBound..<joint),
            body.kind == .government && body.reference != .name || body.reference == .role || body.reference == .anonymous
        {
            body.range = range
            body.surface = surface
            return body
        }
        // An unnamed group with what qualifies it: "people familiar with
        // the company's plans" (its possessive is not its head).
        if let head = range.first(where: document.isAnonymousHead), head + 1 < range.upperBound,
            !document.isProper(range.upperBound - 1) || tokens[head + 1].kind == .word
                && document.classes[head + 1].contains(.preposition)
        {
            return anonymousReading(range, core: core, head: head, surface: surface, plainSurface: plainSurface)
        }
        // A group on its own: "MPs", "Officials" opening a sentence.
        if core + 1 == range.upperBound, document.isAnonymousHead(core) {
            return anonymousReading(range, core: core, head: core, surface: surface, plainSurface: plainSurface)
        }
        // The head segment follows the last possessive: "U.S. President
        // Donald Trump's special envoy Steve Witkoff" is headed by
        // "special envoy Steve Witkoff".
        var headStart = core
        var possessor: Range<Int>?
        for index in core..<range.upperBound where tokens[index].kind == .possessive {
            // "Halloway County Sheriff's Office", "People's Liberation Army":
            // a possessive inside one capitalised name does not split it.
            if index > core, possessiveJoinsName(index, possessor: headStart..<index, upperBound: range.upperBound) {
                continue
            }
            possessor = headStart..<index
            headStart = index + 1
        }
        guard headStart < range.upperBound else { return nil }
        let head = headStart..<range.upperBound

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
                    range: range, surface: surface, name: lexicon.places[place].name, key: .place(place),
                    kind: .government, reference: .name, isPlural: false, gender: nil, nameRange: run)
            }
            let orgKind = organizationKind(ofRun: run)
            // "Head of the Kharkiv Oblast Military Administration": a role in a body.
            if orgKind != nil && leadIsRoleWithPreposition {
                return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
            }
            if let orgKind {
                var key = key(run)
                if let possessor, let place = place(of: trimmedPossessor(possessor)), case .name(let words) = key {
                    key = .name([demonymKey(place)] + words)
                }
                let name = possessor != nil ? plainSurface : document.text(run)
                return PhraseReading(
                    range: range, surface: surface, name: name, key: key, kind: orgKind, reference: .name,
                    isPlural: false, gender: nil, nameRange: run)
            }
            // "the state nuclear corporation Rosatom", "the label Big Machine"
            if leadIsRoleWithPreposition && lead < run.lowerBound {
                return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
            }
            if run.lowerBound > head.lowerBound, let describedBy = organizationKind(at: run.lowerBound - 1) {
                return PhraseReading(
                    range: range, surface: surface, name: document.text(run), key: key(run), kind: describedBy,
                    reference: .name, isPlural: false, gender: nil, nameRange: run)
            }
            // A person: the name after the last title, office or body in the
            // run ("Tri-County Regional Transit Authority General Manager
            // Raymond J. Pellegrino", "US Secretary of State Antony Blinken").
            var nameStart = run.lowerBound
            if let lastTitle = run.dropLast().last(where: { isTitleLike($0) }), lastTitle + 1 < run.upperBound,
                (lastTitle + 1..<run.upperBound).contains(where: { !isConnector($0) })
            {
                nameStart = lastTitle + 1
            }
            while nameStart < run.upperBound - 1, isTitleLike(nameStart) || isConnector(nameStart) {
                nameStart += 1
            }
            // A sentence-opening word before a given name is a description:
            // "Guitarist Jonah Pike".
            if nameStart + 2 < run.upperBound, document.isSentenceInitial(nameStart),
                lexicon.firstName(tokens[nameStart].key) == nil, lexicon.firstName(tokens[nameStart + 1].key) != nil
            {
                nameStart += 1
            }
            let nameRange = nameStart..<run.upperBound
            // Only titles ("President"), or an office of a place ("President of Ukraine").
            // … or a portfolio: "Minister of Transport", "Secretary of Defense";
            // … or an office ending in its role: "Police Public Relations Officer".
            let endsInRole = document.classes[run.upperBound - 1].contains(.role)
                && !(nameStart..<run.upperBound).contains { lexicon.firstName(tokens[$0].key) != nil }
            if endsInRole && run.count >= 2
                || isTitleLike(nameStart) && nameStart == run.upperBound - 1 && nameStart > run.lowerBound
                || nameStart > run.lowerBound && place(of: nameRange) != nil
                || nameStart > run.lowerBound && tokens[nameStart - 1].kind == .word
                    && (tokens[nameStart - 1].key == Document.keyOf || tokens[nameStart - 1].key == Document.keyFor)
            {
                return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
            }
            let hasTitle = nameStart > run.lowerBound || head.lowerBound < run.lowerBound
            let given = lexicon.firstName(tokens[nameStart].key)
            let gender = gender(in: head) ?? (given == .female ? .female : given == .male ? .male : nil)
            // Two capitalised words with no given name may be a firm
            // ("Halvorsen Outdoor") as well as a person ("Scooter Braun").
            // "Varuna Agro" where the article also names "Varuna Agro Industries".
            if !hasTitle, nameRange.count >= 2, document.bodyNamePrefixes.contains(Document.nameHash(nameRange.map { tokens[$0].key })) {
                return PhraseReading(
                    range: range, surface: surface, name: document.text(nameRange), key: key(nameRange),
                    kind: .organization, reference: .name, isPlural: false, gender: nil, nameRange: nameRange)
            }
            let isPerson = hasTitle || given != nil || gender != nil
            return PhraseReading(
                range: range, surface: surface, name: document.text(nameRange), key: key(nameRange),
                kind: isPerson ? .person : .unknown, reference: .name, isPlural: false, gender: gender,
                nameRange: nameRange)
        }

        if leadIsRoleWithPreposition {
            return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
        }
        if let final = head.last, document.isPluralNoun(final), !document.isProper(final),
            organizationKind(at: final) != .document
        {
            return anonymousReading(range, core: core, head: final, surface: surface, plainSurface: plainSurface)
        }
        guard let last = head.last(where: { isNounWord($0) }) else { return nil }
        let lastClass = document.classes[last]
        if document.isAnonymousHead(last) || head.contains(where: document.isAnonymousHead) {
            return anonymousReading(range, core: core, head: last, surface: surface, plainSurface: plainSurface)
        }
        if !lastClass.isDisjoint(with: [.role, .title]) {
            // "A Pixavel spokesperson", "a Kremlin spokesman", "a sheriff's
            // office spokesman", "a spokeswoman for Marlow General Hospital"
            // speak for the body.
            if PhraseReader.spokespersonWords.contains(tokens[last].key), let body = spokenFor(range, role: last),
                let reading = reading(body), reading.kind != .person, reading.reference != .anonymous
            {
                var spoken = reading
                spoken.range = range
                spoken.surface = surface
                return spoken
            }
            return roleReading(range, core: core, surface: surface, plainSurface: plainSurface)
        }
        guard let kind = organizationKind(at: last) ?? organizationPhraseKind(endingAt: last, from: head.lowerBound)
        else { return nil }
        // "Dorsey's office", "Orsenian state television": a body named by
        // whose it is.
        if let possessor, place(of: trimmedPossessor(possessor)) == nil, possessor.contains(where: document.isProper) {
            return PhraseReading(
                range: range, surface: surface, name: plainSurface, key: key(core..<range.upperBound), kind: kind,
                reference: .name, isPlural: false, gender: nil, nameRange: core..<range.upperBound)
        }
        // "Orsenian state television" names a body; "the Minneapolis-based
        // chip maker" describes one named before.
        // "the Kovranian readout", "the Pentagon memo": a paper named by whose it is.
        if possessor == nil, core == range.lowerBound || kind == .document, head.contains(where: document.isProper) {
            return PhraseReading(
                range: range, surface: surface, name: plainSurface, key: key(core..<range.upperBound), kind: kind,
                reference: .name, isPlural: false, gender: nil, nameRange: core..<range.upperBound)
        }
        let name = lowercasedFirst(plainSurface)
        if core == range.lowerBound && possessor == nil {
            // A bare "Police", "prosecutors", "media", a headline's "Energy
            // company" or "Audit": the body the article names, or a group.
            return PhraseReading(
                range: range, surface: surface, name: name, key: .text("group:" + name.lowercased()), kind: kind,
                reference: .generic, isPlural: isPluralNoun(last), gender: nil, nameRange: nil)
        }
        // "a state audit" is a new document; "the audit", "the company" point back.
        let indefinite = core > range.lowerBound && tokens[range.lowerBound].key != Document.keyThe
        var description = PhraseReading(
            range: range, surface: surface, name: name, key: .text("desc:" + name.lowercased()), kind: kind,
            reference: indefinite && kind == .document ? .role : .backReference, isPlural: false,
            gender: nil, nameRange: nil)
        description.isBare = isBareNoun(core..<range.upperBound)
        return description
    }

    /// The body a spokesperson speaks for: the words before the role
    /// ("the Pixavel", "a sheriff's office") or after "for".
    private func spokenFor(_ range: Range<Int>, role: Int) -> Range<Int>? {
        if role + 2 < range.upperBound, tokens[role + 1].key == Document.keyFor {
            return (role + 2)..<range.upperBound
        }
        var start = role
        while start > range.lowerBound, tokens[start - 1].kind == .word || tokens[start - 1].kind == .possessive,
            document.isProper(start - 1) || organizationKind(at: start - 1) != nil
                || tokens[start - 1].kind == .possessive || document.classes[start - 1].contains(.title)
        {
            start -= 1
        }
        while start < role, tokens[start].kind == .possessive { start += 1 }
        guard start < role else { return nil }
        // A lower-case body is named by the article elsewhere: "the sheriff's office".
        return start..<role
    }

    /// A reading for a phrase made of words no lexicon knows, as after
    /// "according to port authority records": the phrase names its source.
    func descriptive(_ range: Range<Int>) -> PhraseReading {
        var core = range.lowerBound
        while core < range.upperBound - 1, tokens[core].kind == .word,
            PhraseReader.articles.contains(tokens[core].key)
        {
            core += 1
        }
        let name = lowercasedFirst(document.text(core..<range.upperBound))
        let kind = range.reversed().lazy.compactMap { organizationKind(at: $0) }.first ?? .unknown
        return PhraseReading(
            range: range, surface: document.text(range), name: name, key: .text("desc:" + name.lowercased()), kind: kind,
            reference: .role, isPlural: false, gender: nil, nameRange: nil)
    }

    private func anonymousReading(
        _ range: Range<Int>, core: Int, head: Int, surface: String, plainSurface: String
    ) -> PhraseReading {
        let name = lowercasedFirst(plainSurface)
        let definite = range.prefix(4).contains { tokens[$0].kind == .word && tokens[$0].key == Document.keyThe }
            && range.prefix(while: { $0 <= head }).allSatisfy {
                tokens[$0].kind == .word && ($0 == head || document.classes[$0].contains(.determiner)
                    || tokens[$0].key == Document.keyOf)
            }
        return PhraseReading(
            range: range, surface: surface, name: name, key: .text("anon:" + name.lowercased()), kind: .anonymous,
            reference: .anonymous, isPlural: isPluralNoun(head), gender: nil, nameRange: nil,
            groupHead: document.text(head).lowercased(), isDefinite: definite)
    }

    private func roleReading(_ range: Range<Int>, core: Int, surface: String, plainSurface: String) -> PhraseReading {
        let name = core > range.lowerBound ? plainSurface : surface
        return PhraseReading(
            range: range, surface: surface, name: name, key: .text("role:" + name.lowercased()), kind: .person,
            reference: .role, isPlural: false, gender: gender(in: range), nameRange: nil)
    }

    private func isNounWord(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let wordClass = document.classes[index]
        if !wordClass.isDisjoint(with: [.role, .title]) || document.isAnonymousHead(index) { return true }
        return organizationKind(at: index) != nil || document.isProper(index)
    }

    private func isConnector(_ index: Int) -> Bool {
        if document.isAbbreviationDot(index) || tokens[index].isPunctuation("&") { return true }
        return tokens[index].kind == .word && !document.isProper(index)
            && (document.classes[index].contains(.preposition) || tokens[index].key == Document.keyThe)
    }

    /// The last run of capitalised words (with the connectors names use
    /// inside them: of, for, and, the, de, von …) in a range.
    func finalProperRun(in range: Range<Int>) -> Range<Int>? {
        var end = range.upperBound
        // A trailing date is no name: "… released Thursday".
        while end > range.lowerBound, !document.isProper(end - 1) || document.classes[end - 1].contains(.timeWord) {
            end -= 1
        }
        guard end > range.lowerBound else { return nil }
        var start = end - 1
        while start > range.lowerBound {
            let previous = start - 1
            if document.isProper(previous) || document.isNameParticle(previous) {
                start = previous
                continue
            }
            if tokens[previous].kind == .possessive, previous > range.lowerBound,
                possessiveJoinsName(previous, possessor: range.lowerBound..<previous, upperBound: end)
            {
                start = previous - 1
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
            if let match = document.phrase(at: start, limit: range.upperBound,
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
        if let match = document.phrase(at: start, limit: range.upperBound,
            where: {
                if case .place = $0 { return true }
                return false
            }), start + match.length == range.upperBound, case .place(let index) = match.kind
        {
            return index
        }
        return nil
    }

    /// "Halloway County Sheriff's Office", "Public Schools Teachers’
    /// Association": a possessive between capitalised words, followed by an
    /// organisation's word and not after a place, is inside one name.
    private func possessiveJoinsName(_ index: Int, possessor: Range<Int>, upperBound: Int) -> Bool {
        index + 1 < upperBound && isCapitalisedWord(index - 1) && document.isProper(index + 1)
            && place(of: trimmedPossessor(possessor)) == nil
            && (index + 1..<upperBound).contains { organizationKind(at: $0) != nil && document.isProper($0) }
    }

    /// Proper, or capitalised at the start of a sentence, where capitals
    /// say nothing.
    private func isCapitalisedWord(_ index: Int) -> Bool {
        document.isProper(index) || tokens[index].kind == .word && tokens[index].isCapitalized && document.isSentenceInitial(index)
    }

    private func trimmedPossessor(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound - 1, !document.isProper(start) { start += 1 }
        return start..<range.upperBound
    }

    /// A match key: the words, "the" dropped, a leading country name or
    /// capital replaced by its demonym so that "China's Foreign Ministry"
    /// and "the Chinese Foreign Ministry" meet. Word keys already ignore case.
    func key(_ range: Range<Int>) -> EntityKey {
        var words: [WordKey] = []
        for index in range where tokens[index].kind == .word || tokens[index].kind == .number {
            if index == range.lowerBound, tokens[index].key == Document.keyThe { continue }
            var word = tokens[index].key
            if words.isEmpty, let place = lexicon.place(word), index + 1 < range.upperBound {
                word = demonymKey(place)
            }
            words.append(word == PhraseReader.defence ? PhraseReader.defense : word)
        }
        return .name(words)
    }

    private static let defence = WordKey("defence")
    private static let defense = WordKey("defense")

    private func demonymKey(_ place: Int) -> WordKey {
        WordKey(lexicon.places[place].demonyms.first ?? lexicon.places[place].name)
    }

    private func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        let scalars = Array(text.unicodeScalars)
        // Keep acronyms ("US officials") as written.
        if scalars.count > 1, scalars[1].properties.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    private func isPluralNoun(_ index: Int) -> Bool {
        if PhraseReader.collectivePlurals.contains(tokens[index].key) { return true }
        return document.ends(index, with: "s") && !document.ends(index, with: "ss")
    }

    private static let keyIn = WordKey("in")
    /// "the", "a", "an", skipped before a phrase's core.
    private static let articles = WordSet(["the", "a", "an"])

    /// Words joining a person to the body they belong to.
    static let affiliations = WordSet(["of", "at", "from"])

    /// Nouns that take a plural verb without a plural -s.
    private static let collectivePlurals = WordSet(["people", "police", "staff", "men", "women", "children"])

    /// Gender markers in titles and roles: "Mrs", "congresswoman", "king".
    func gender(in range: Range<Int>) -> Gender? {
        for index in range where tokens[index].kind == .word && !document.classes[index].isDisjoint(with: [.title, .role]) {
            let key = tokens[index].key
            if PhraseReader.femaleWords.contains(key) { return .female }
            if PhraseReader.maleWords.contains(key) { return .male }
            if document.ends(index, with: "woman") { return .female }
            if document.ends(index, with: "man") && tokens[index].length > 4 && !PhraseReader.notMale.contains(key) {
                return .male
            }
        }
        return nil
    }

    private static let notMale = WordSet(["german", "human", "roman", "ottoman", "woman"])

    static let spokespersonWords: WordSet = WordSet(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "representatives"])

    static let femaleWords: WordSet = WordSet(["mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "duchess", "actress", "wife", "mother",
         "daughter", "sister", "widow", "girl", "grandmother", "aunt", "niece"])
    static let maleWords: WordSet = WordSet(["mr", "sir", "lord", "king", "prince", "duke", "husband", "father", "son", "brother", "widower", "boy",
         "grandfather", "uncle", "nephew"])
}
