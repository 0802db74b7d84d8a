/// Finds noun phrases that can name a source, by walking from a reporting
/// verb to the left (its subject) or from a cue to the right ("according
/// to …"), using capitals and the lexicons instead of a tagger.
struct NounPhrases {
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

    /// Whether a token can sit inside a source's noun phrase.
    func isPhraseWord(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .possessive, .number: return true
        case .word: break
        case .punctuation:
            // "Dr.", and the ampersand of "Pell & Strand Civil".
            return document.isAbbreviationDot(index)
                || tokens[index].isPunctuation("&") && index > 0 && index + 1 < tokens.count
                    && document.isProper(index - 1) && document.isProper(index + 1)
        default: return false
        }
        if document.isProper(index) || document.isNameParticle(index) && index + 1 < tokens.count
            && document.isProper(index + 1)
        {
            return true
        }
        // "No 10", "No. 2": a number's abbreviation, not a negation.
        if token.isCapitalized, token.key == NounPhrases.keyNo, index + 1 < tokens.count,
            tokens[index + 1].kind == .number || document.isAbbreviationDot(index + 1)
        {
            return true
        }
        let wordClass = document.classes[index]
        if wordClass.contains(.auxiliary) || wordClass.contains(.relative) || wordClass.contains(.negation) {
            return false
        }
        let phraseClasses: WordClass = [.determiner, .role, .roleModifier, .title]
        if !wordClass.isDisjoint(with: phraseClasses) || document.isAnonymousHead(index) { return true }
        if lexicon.organizationKind(token.key) != nil { return true }
        return document.phrase(at: index, where: Self.isNameLikePhrase) != nil
    }

    private static func isNameLikePhrase(_ kind: PhraseKind) -> Bool {
        switch kind {
        case .organizationWord, .role, .outlet, .place: true
        default: false
        }
    }

    private static func isConnector(_ kind: PhraseKind) -> Bool {
        if case .anonymousConnector = kind { return true }
        return false
    }

    /// Whether the word heads a noun (is not only a determiner or modifier).
    func isNounLike(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word || token.kind == .number else { return false }
        if document.isProper(index) || document.isAnonymousHead(index) { return true }
        if document.classes[index].contains(.role) { return true }
        return lexicon.organizationKind(token.key) != nil
    }

    /// Adjectives that end like adverbs: "quarterly reports", "elderly residents".
    static let lyAdjectives: WordSet = WordSet([
        "quarterly", "weekly", "daily", "monthly", "yearly", "hourly", "nightly", "elderly", "early", "friendly", "costly",
    ])

    private static let keyNo = WordKey("no")

    /// Prepositions that may sit inside a source's phrase: "head of
    /// Rosatom", "a spokesperson for the ministry", "Ambassador to the UN".
    /// Words that open a count rather than name anything: "more than 30".
    private static let comparatives = WordSet(["more", "fewer", "less"])
    private static let keyThan = WordKey("than")
    private static let innerPrepositions: WordSet = WordSet(["of", "for", "at", "to", "in", "from"])

    /// The noun phrase that ends at `end` (inclusive), walking left no
    /// further than `lowerBound`. Nil when the token there cannot end one.
    func phrase(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        guard end >= lowerBound else { return nil }
        let lowerBound = max(lowerBound, end + 1 - Reach.phrase)
        // "people familiar with the matter", "residents of the nearby flats",
        // "experts not involved in the research"
        if let group = groupPhrase(endingAt: end, lowerBound: lowerBound) { return group }
        // "7 percent said", "a third said": a share of a group.
        if let share = shares.phrase(endingAt: end, lowerBound: lowerBound) { return share }
        // A plain plural right before the verb names a group of people:
        // "paramedics warn", "Two former Pixavel engineers said".
        // An adverb before it shows a verb: "Trump often takes".
        if !isPhraseWord(end), document.isPluralNoun(end),
            end == lowerBound || !document.classes[end - 1].contains(.adverb)
        {
            var start = end
            while start > lowerBound, isPhraseWord(start - 1), tokens[start - 1].kind != .possessive { start -= 1 }
            return start..<(end + 1)
        }
        guard isPhraseWord(end), tokens[end].kind != .possessive else { return nil }
        var start = end
        while start > lowerBound {
            let previous = start - 1
            if isPhraseWord(previous) && document.quotes.isQuoted(previous) == document.quotes.isQuoted(start) {
                start = previous
                continue
            }
            let token = tokens[previous]
            if token.kind == .word, previous > lowerBound, NounPhrases.innerPrepositions.contains(token.key) {
                let before = previous - 1
                // "one of the people", "some of the residents"
                let quantifierBefore = token.key == Document.keyOf && document.classes[before].contains(.determiner)
                let headBefore = isNounLike(before) || quantifierBefore
                let nameAfter = document.isProper(start) || document.classes[start].contains(.determiner)
                if headBefore && nameAfter {
                    start = previous
                    continue
                }
            }
            // "Senator Elizabeth Warren and congresswoman Alexandria
            // Ocasio-Cortez", "Center for Strategic and International Studies"
            if token.kind == .word, token.key == Document.keyAnd, previous > lowerBound,
                document.isProper(previous - 1), isPhraseWord(start)
            {
                start = previous
                continue
            }
            break
        }
        // A common noun keeps the adjectives before it: "separatist forces",
        // "opposition lawmakers". Nothing before a determiner is an
        // adjective of its noun: "paying an architect".
        var adjectives = 0
        while start > lowerBound, adjectives < 2, !document.isProper(start), tokens[start].kind == .word,
            !document.classes[start].contains(.determiner),
            tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized || document.isSentenceInitial(start - 1),
            document.classes[start - 1].isEmpty, lexicon.verb(tokens[start - 1].key) == nil,
            !document.ends(start - 1, with: "ly") || NounPhrases.lyAdjectives.contains(tokens[start - 1].key)
        {
            start -= 1
            adjectives += 1
        }
        // … and the determiner before them: "the city council".
        while adjectives > 0, start > lowerBound, isPhraseWord(start - 1), tokens[start - 1].kind != .possessive {
            start -= 1
        }
        // A phrase never starts with a preposition, conjunction, period or
        // a possessive mark whose owner was left out.
        var trimmed = start
        while trimmed < end,
            tokens[trimmed].kind == .punctuation || tokens[trimmed].kind == .possessive
                || tokens[trimmed].kind == .word && !document.classes[trimmed].isDisjoint(with: [.preposition, .conjunction])
                    && !document.isProper(trimmed)
        {
            trimmed += 1
        }
        let range = trimmed..<(end + 1)
        return range.contains(where: { isNounLike($0) }) ? range : nil
    }

    /// A group named by an anonymous head and what qualifies it, ending at
    /// `end`: "people familiar with the matter", "officials at the ports
    /// ministry", "residents reached by telephone". The qualifier must
    /// start with a preposition, a connector, "not" or a participle, and
    /// hold no verb, punctuation or clause word.
    private func groupPhrase(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        let earliest = max(lowerBound, end - 12)
        var head = end - 1
        while head >= earliest {
            let token = tokens[head]
            guard token.kind == .word || token.kind == .possessive || token.kind == .number else { return nil }
            if document.classes[head].contains(.auxiliary) || document.classes[head].contains(.relative)
                || lexicon.verb(token.key) != nil
            {
                return nil
            }
            if document.isAnonymousHead(head), opensQualifier(head + 1) {
                var start = head
                while start > lowerBound, isPhraseWord(start - 1), tokens[start - 1].kind != .possessive {
                    start -= 1
                }
                return start..<(end + 1)
            }
            head -= 1
        }
        return nil
    }

    private func opensQualifier(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        if document.phrase(at: index, where: NounPhrases.isConnector) != nil { return true }
        let wordClass = document.classes[index]
        if wordClass.contains(.preposition) || wordClass.contains(.negation) { return true }
        return !tokens[index].isCapitalized && (document.ends(index, with: "ed") || document.ends(index, with: "ing"))
    }

    /// The noun phrase that starts at `start`, walking right no further
    /// than `upperBound` (exclusive): after "according to", after an
    /// inverted "said", in a `Source:` line.
    func phrase(startingAt start: Int, upperBound: Int) -> Range<Int>? {
        let upperBound = min(upperBound, start + Reach.phrase)
        // "More than 30 MPs": the count is no name; the phrase is what is counted.
        if start + 2 < upperBound, tokens[start].kind == .word, NounPhrases.comparatives.contains(tokens[start].key),
            tokens[start + 1].key == NounPhrases.keyThan, tokens[start + 2].kind == .number
        {
            return phrase(startingAt: start + 2, upperBound: upperBound)
        }
        guard start < upperBound, isPhraseWord(start) else { return nil }
        var end = start + 1
        while end < upperBound {
            // A word that owns the next is a noun: "the motorists' association".
            if isPhraseWord(end) || tokens[end].kind == .word && end + 1 < upperBound && tokens[end + 1].kind == .possessive {
                end += 1
                continue
            }
            let token = tokens[end]
            if token.kind == .word, end + 1 < upperBound,
                NounPhrases.innerPrepositions.contains(token.key) || token.key == Document.keyAnd,
                isNounLike(end - 1), isPhraseWord(end + 1)
            {
                end += 1
                continue
            }
            if token.kind == .word, document.isAnonymousHead(end - 1),
                let connector = document.phrase(at: end, limit: upperBound, where: NounPhrases.isConnector)
            {
                // "familiar with the matter": the connector's object, whatever its words.
                end += connector.length
                var taken = 0
                while end < upperBound, taken < 5, tokens[end].kind == .word || tokens[end].kind == .possessive,
                    document.classes[end].isDisjoint(with: [.auxiliary, .relative, .conjunction, .subordinator]),
                    lexicon.verb(tokens[end].key) == nil
                {
                    end += 1
                    taken += 1
                }
                return start..<end
            }
            break
        }
        // Drop a trailing possessive, preposition or period.
        while end > start + 1,
            tokens[end - 1].kind == .possessive || tokens[end - 1].kind == .punctuation
                || !document.classes[end - 1].isDisjoint(with: [.preposition, .conjunction, .determiner])
                    && !document.isProper(end - 1)
        {
            end -= 1
        }
        let range = start..<end
        return range.contains(where: { isNounLike($0) }) ? range : nil
    }

    /// A whole comma-bounded segment that is an unnamed group with its
    /// qualifiers: "Senior managers at two hospital trusts in the region".
    private static let singularMarkers: WordSet = WordSet(["a", "an", "one", "another"])

    func groupSegment(_ segment: Range<Int>) -> Range<Int>? {
        // Plural, or one of them: "a person familiar with", "one official".
        guard let head = segment.prefix(5).first(where: document.isAnonymousHead),
            document.isPluralNoun(head) || NounPhrases.singularMarkers.contains(tokens[segment.lowerBound].key)
        else {
            return nil
        }
        guard segment[segment.lowerBound..<head].allSatisfy({ isPhraseWord($0) }) else { return nil }
        for index in (head + 1)..<segment.upperBound {
            let token = tokens[index]
            if token.kind == .punctuation && !document.isAbbreviationDot(index) || token.isQuote { return nil }
            if token.kind == .word, document.classes[index].contains(.auxiliary) || lexicon.verb(token.key) != nil {
                return nil
            }
        }
        return head + 1 == segment.upperBound || opensQualifier(head + 1) ? segment : nil
    }
}
