/// What the cue model sees of one token: its word, its neighbours, its
/// shape and suffix, what the lexicons say of it and of the words beside
/// it, and where quotation marks and punctuation sit around it. Features
/// are hashed from the tokens' word keys, so reading them builds no
/// strings; training and parsing share this one definition.
enum CueFeatures {
    /// Words that never head a cue on their own: function words and
    /// adverbs ("not", "also", "reportedly" is the hedges' business).
    static let functionClasses: WordClass = [
        .determiner, .preposition, .conjunction, .subordinator, .relative, .personalPronoun,
        .pronounFirst, .pronounSecond, .auxiliary, .negation, .refusal, .adverb,
    ]

    /// Whether the model is asked about the token at all: a word of two
    /// letters or more, outside quotation marks, not a function word.
    static func isCandidate(_ document: Document, _ index: Int) -> Bool {
        let token = document.tokens[index]
        guard token.kind == .word, token.length >= 2, !document.quotes.isQuoted(index) else { return false }
        return document.classes[index].isDisjoint(with: functionClasses)
    }

    /// The token's features, written into `features` (cleared first).
    static func features(_ document: Document, _ index: Int, sentence: Range<Int>, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let tokens = document.tokens
        let key = tokens[index].key.value
        func neighbour(_ offset: Int) -> Int? {
            let at = index + offset
            return sentence.contains(at) ? at : nil
        }
        func word(_ offset: Int) -> UInt64 {
            guard let at = neighbour(offset) else { return offset < 0 ? boundaryBefore : boundaryAfter }
            let token = tokens[at]
            return token.kind == .word || token.kind == .number ? token.key.value : UInt64(token.first.value) | punctuationBit
        }
        func add(_ template: Template, _ a: UInt64, _ b: UInt64 = 0) {
            features.append(hash(template.rawValue, a, b))
        }
        add(.bias, 0)
        add(.word, key)
        add(.previous, word(-1))
        add(.following, word(1))
        add(.previous2, word(-2))
        add(.following2, word(2))
        add(.previousPair, word(-1), key)
        add(.followingPair, key, word(1))
        add(.suffix3, suffix(document, index, length: 3))
        add(.suffix2, suffix(document, index, length: 2))
        let initial = index == sentence.lowerBound || document.isSentenceInitial(index)
        add(.shape, (tokens[index].isCapitalized ? 1 : 0) | (initial ? 2 : 0) | (document.isProper(index) ? 4 : 0))
        if let verb = document.lexicon.verb(tokens[index].key) {
            add(.verbFlags, UInt64(verb.flags.rawValue) | 0x100)
            add(.verbLemma, WordKey(verb.lemma).value)
        } else {
            add(.verbFlags, 0)
        }
        func addClasses(_ template: Template, _ offset: Int) {
            guard let at = neighbour(offset) else {
                add(template, boundaryBefore)
                return
            }
            let classes = document.classes[at].rawValue
            var bits = classes
            while bits != 0 {
                add(template, UInt64(bits.trailingZeroBitCount))
                bits &= bits - 1
            }
            if classes == 0 { add(template, 64 + UInt64(tokens[at].kind.rawValue)) }
            if tokens[at].kind == .word, document.isProper(at) { add(template, 128) }
            if let verb = document.lexicon.verb(tokens[at].key) { add(template, 256 + UInt64(verb.flags.rawValue)) }
        }
        addClasses(.previousClass, -1)
        addClasses(.followingClass, 1)
        addClasses(.previous2Class, -2)
        // Where the quotation is: `"…," he added` and `said: "…"`.
        var quoteBefore = false
        var quoteAfter = false
        var thatAfter = false
        for at in max(sentence.lowerBound, index - 6)..<index where tokens[at].kind == .closeQuote { quoteBefore = true }
        for at in (index + 1)..<min(sentence.upperBound, index + 6) {
            if tokens[at].kind == .openQuote { quoteAfter = true }
            if tokens[at].key == thatKey { thatAfter = true }
        }
        add(.quotes, (quoteBefore ? 1 : 0) | (quoteAfter ? 2 : 0) | (thatAfter ? 4 : 0))
        add(.wordQuotes, key, (quoteBefore ? 1 : 0) | (quoteAfter ? 2 : 0) | (thatAfter ? 4 : 0))
        let position = index - sentence.lowerBound
        add(.position, UInt64(position < 3 ? position : position < 6 ? 3 : position < 11 ? 4 : 5))
        let remaining = sentence.upperBound - index
        add(.remaining, UInt64(remaining < 3 ? remaining : remaining < 6 ? 3 : remaining < 11 ? 4 : 5))
    }

    enum Template: UInt64 {
        case bias = 1, word, previous, following, previous2, following2, previousPair, followingPair
        case suffix3, suffix2, shape, verbFlags, verbLemma, previousClass, followingClass, previous2Class
        case quotes, wordQuotes, position, remaining
    }

    private static let boundaryBefore: UInt64 = 0x5EED_0000_0000_0001
    private static let boundaryAfter: UInt64 = 0x5EED_0000_0000_0002
    private static let punctuationBit: UInt64 = 1 << 62
    private static let thatKey = WordKey("that")

    /// The last `length` letters, folded like word keys.
    private static func suffix(_ document: Document, _ index: Int, length: Int) -> UInt64 {
        let token = document.tokens[index]
        let start = max(token.start, token.end - length)
        return WordKey(document.article.scalars[start..<token.end]).value
    }

    /// Mixes a template and up to two values into one non-zero hash.
    @inline(__always)
    static func hash(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = template &* 0x9E37_79B9_7F4A_7C15
        h ^= a
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h ^= b
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return h == 0 ? 1 : h
    }
}
