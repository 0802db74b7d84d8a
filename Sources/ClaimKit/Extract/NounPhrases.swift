/// Finds noun phrases that can name a source, by walking from a reporting
/// verb to the left (its subject) or from a cue to the right ("according
/// to …"), using capitals and the lexicons instead of a tagger.
struct NounPhrases {
    let document: Document
    private var lexicon: Lexicon { document.lexicon }

    /// Whether a token can sit inside a source's noun phrase.
    func isPhraseWord(_ index: Int) -> Bool {
        let token = document.tokens[index]
        switch token.kind {
        case .possessive, .number: return true
        case .word: break
        default: return false
        }
        if document.isProper(index) || document.isNameParticle(index) && index + 1 < document.tokens.count
            && document.isProper(index + 1)
        {
            return true
        }
        let wordClass = document.classes[index]
        if wordClass.contains(.auxiliary) || wordClass.contains(.relative) || wordClass.contains(.negation) {
            return false
        }
        let phraseClasses: WordClass = [.determiner, .role, .roleModifier, .anonymousHead, .title]
        if !wordClass.isDisjoint(with: phraseClasses) { return true }
        if lexicon.organizationKind(token.key) != nil { return true }
        return lexicon.phrase(at: index, in: document.tokens, where: Self.isNameLikePhrase) != nil
    }

    private static func isNameLikePhrase(_ kind: PhraseKind) -> Bool {
        switch kind {
        case .organizationWord, .role, .outlet, .place: true
        default: false
        }
    }

    /// Whether the word heads a noun (is not only a determiner or modifier).
    func isNounLike(_ index: Int) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word || token.kind == .number else { return false }
        if document.isProper(index) { return true }
        let wordClass = document.classes[index]
        if !wordClass.isDisjoint(with: [.role, .anonymousHead]) { return true }
        return lexicon.organizationKind(token.key) != nil
    }

    /// Prepositions that may sit inside a source's phrase: "head of
    /// Rosatom", "a spokesperson for the ministry", "Ambassador to the UN".
    private static let innerPrepositions: Set<WordKey> = Set(["of", "for", "at", "to", "in", "from"].map { WordKey($0) })

    /// The noun phrase that ends at `end` (inclusive), walking left no
    /// further than `lowerBound`. Nil when the token there cannot end one.
    func phrase(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        guard end >= lowerBound, isPhraseWord(end), document.tokens[end].kind != .possessive else { return nil }
        var start = end
        // "people familiar with the matter", "sources close to the Kremlin"
        if let anonymous = anonymousPhrase(endingAt: end, lowerBound: lowerBound) { start = anonymous }
        while start > lowerBound {
            let previous = start - 1
            if isPhraseWord(previous) && document.quotes.isQuoted(previous) == document.quotes.isQuoted(start) {
                start = previous
                continue
            }
            let token = document.tokens[previous]
            if token.kind == .word, previous > lowerBound, NounPhrases.innerPrepositions.contains(token.key) {
                let before = previous - 1
                let headBefore =
                    document.isProper(before) || !document.classes[before].isDisjoint(with: [.role, .anonymousHead])
                    || lexicon.organizationKind(document.tokens[before].key) != nil
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
        // A phrase never starts with a preposition or conjunction.
        var trimmed = start
        while trimmed < end, document.tokens[trimmed].kind == .word,
            !document.classes[trimmed].isDisjoint(with: [.preposition, .conjunction]),
            !document.isProper(trimmed)
        {
            trimmed += 1
        }
        let range = trimmed..<(end + 1)
        return range.contains(where: isNounLike) ? range : nil
    }

    /// Start of an anonymous-source phrase with a connector that ends at
    /// `end`: "people familiar with the matter", "a source close to him".
    private func anonymousPhrase(endingAt end: Int, lowerBound: Int) -> Int? {
        var head = end
        let earliest = max(lowerBound, end - 12)
        while head >= earliest {
            let token = document.tokens[head]
            if token.kind != .word && token.kind != .possessive { return nil }
            if document.classes[head].contains(.anonymousHead),
                let connector = lexicon.phrase(
                    at: head + 1, in: document.tokens,
                    where: {
                        if case .anonymousConnector = $0 { return true }
                        return false
                    })
            {
                let connectorEnd = head + 1 + connector.length
                if connectorEnd <= end + 1 {
                    var start = head
                    while start > lowerBound, isPhraseWord(start - 1) { start -= 1 }
                    return start
                }
            }
            head -= 1
        }
        return nil
    }

    /// The noun phrase that starts at `start`, walking right no further
    /// than `upperBound` (exclusive): after "according to", after an
    /// inverted "said", in a `Source:` line.
    func phrase(startingAt start: Int, upperBound: Int) -> Range<Int>? {
        guard start < upperBound, isPhraseWord(start) else { return nil }
        var end = start + 1
        while end < upperBound {
            if isPhraseWord(end) {
                end += 1
                continue
            }
            let token = document.tokens[end]
            if token.kind == .word, end + 1 < upperBound, NounPhrases.innerPrepositions.contains(token.key)
                || token.key == Document.keyAnd,
                isNounLike(end - 1) || document.classes[end - 1].contains(.anonymousHead),
                isPhraseWord(end + 1)
            {
                end += 1
                continue
            }
            if token.kind == .word, document.classes[end - 1].contains(.anonymousHead),
                let connector = lexicon.phrase(
                    at: end, in: document.tokens, limit: upperBound,
                    where: {
                        if case .anonymousConnector = $0 { return true }
                        return false
                    })
            {
                end += connector.length
                continue
            }
            break
        }
        // Drop a trailing possessive or preposition.
        while end > start + 1, document.tokens[end - 1].kind == .possessive
            || !document.classes[end - 1].isDisjoint(with: [.preposition, .conjunction, .determiner])
                && !document.isProper(end - 1)
        {
            end -= 1
        }
        let range = start..<end
        return range.contains(where: isNounLike) ? range : nil
    }
}
