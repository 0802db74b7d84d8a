/// The article as the extraction stages see it: tokens with their lexicon
/// classes, sentences, and which tokens sit inside quotation marks.
/// Built once per article; every stage reads it, none changes it.
final class Document {
    let lexicon: Lexicon
    let article: Article
    let tokens: [Token]
    let classes: [WordClass]
    let sentences: [Sentence]
    /// For each token, the sentence it belongs to.
    let sentenceOfToken: [Int]
    let quotes: QuoteSpans
    /// Sentences whose block is a title written in Title Case, where
    /// capitals say nothing about names.
    let titleCaseSentences: Set<Int>
    /// The capitalised words that open a body's name somewhere in the
    /// article ("Varuna", "Varuna Agro" from "Varuna Agro Industries"),
    /// hashed: a name made of them alone is that body's short form.
    let bodyNamePrefixes: Set<UInt64>
    /// Per-token facts asked about constantly, computed once.
    private let facts: TokenFacts

    init(lexicon: Lexicon, article: Article) {
        self.lexicon = lexicon
        self.article = article
        var (tokens, sentences) = SentenceSplitter(lexicon: lexicon).split(article)
        // Quotation marks are settled first: a plural's apostrophe may turn
        // out to close a quotation.
        self.quotes = QuoteSpans(tokens: &tokens, sentences: sentences, blocks: article.blocks)
        self.tokens = tokens
        self.sentences = sentences
        var classes: [WordClass] = []
        classes.reserveCapacity(tokens.count)
        for token in tokens {
            classes.append(token.kind == .word || token.kind == .possessive ? lexicon.wordClass(token.key) : [])
        }
        // "According to WHO", "the US said", "IT staff": a capitalised
        // acronym is a name, not the function word it spells. Runs of
        // capitals ("WHO SAID IT") are shouting, not acronyms.
        let capitals = tokens.map { $0.kind == .word && Document.isAcronym(article.scalars[$0.start..<$0.end]) }
        for index in tokens.indices where capitals[index] && !classes[index].isEmpty {
            let before = (index > 0 && tokens[index - 1].kind == .word) ? capitals[index - 1] : false
            let after = (index + 1 < tokens.count && tokens[index + 1].kind == .word) ? capitals[index + 1] : false
            if !before && !after { classes[index].subtract(Document.functionWordClasses) }
        }
        self.classes = classes
        var sentenceOfToken = [Int](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens { sentenceOfToken[token] = index }
        }
        self.sentenceOfToken = sentenceOfToken
        var titleCase: Set<Int> = []
        for (index, sentence) in sentences.enumerated() where article.blocks[sentence.block].kind == .title {
            let words = sentence.tokens.filter { tokens[$0].kind == .word }
            let capitalized = words.filter { tokens[$0].isCapitalized }.count
            if words.count >= 4 && capitalized * 10 >= words.count * 7 { titleCase.insert(index) }
        }
        self.titleCaseSentences = titleCase
        var prefixes = Set<UInt64>()
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized && index > 0
            && lexicon.organizationKind(tokens[index].key) != nil
        {
            var start = index - 1
            while start >= 0, index - start <= 4, tokens[start].kind == .word, tokens[start].isCapitalized,
                lexicon.organizationKind(tokens[start].key) == nil, classes[start].isDisjoint(with: [.determiner, .preposition])
            {
                prefixes.insert(Document.nameHash(tokens[start..<index].map(\.key)))
                start -= 1
            }
        }
        self.bodyNamePrefixes = prefixes
        facts = TokenFacts(
            tokens: tokens, classes: classes, sentences: sentences, sentenceOfToken: sentenceOfToken,
            titleCaseSentences: titleCase, lexicon: lexicon, article: article)
    }

    /// The longest lexicon phrase of a kind `accept` takes that starts at
    /// `index` and ends by `limit`.
    func phrase(
        at index: Int, limit: Int? = nil, where accept: (PhraseKind) -> Bool
    ) -> (kind: PhraseKind, length: Int)? {
        guard index < tokens.count else { return nil }
        for match in facts.phraseMatches[Int(facts.phraseStarts[index])..<Int(facts.phraseStarts[index + 1])]
        where accept(match.kind) && (limit.map { index + match.length <= $0 } ?? true) {
            return match
        }
        return nil
    }

    // MARK: Text

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first else { return "" }
        return article.substring(TextRange(tokens[first].start, tokens[range.upperBound - 1].end))
    }

    /// What an acronym cannot be: "WHO" is no relative, "US" no pronoun.
    /// Its other classes stay ("SP" is a police title).
    static let functionWordClasses: WordClass = [
        .determiner, .preposition, .conjunction, .subordinator, .relative, .personalPronoun, .pronounFirst,
        .pronounSecond, .auxiliary, .negation, .refusal, .adverb, .timeWord, .sentenceStarter,
    ]

    /// Two letters or more, every one a capital: "WHO", "US", "NATO".
    static func isAcronym(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in scalars {
            // ASCII answered without a Unicode property look-up: this runs for every word.
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x61 && value <= 0x7A { return false }
                if value >= 0x41 && value <= 0x5A { letters += 1 }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    func text(_ index: Int) -> String {
        article.substring(TextRange(tokens[index].start, tokens[index].end))
    }

    /// Whether the token ends with `suffix` (ASCII, any case), read on the
    /// scalars without making a String.
    func ends(_ index: Int, with suffix: StaticString) -> Bool {
        let token = tokens[index]
        let count = suffix.utf8CodeUnitCount
        guard token.length >= count else { return false }
        return suffix.withUTF8Buffer { bytes in
            for (offset, byte) in bytes.enumerated() {
                var value = article.scalars[token.end - count + offset].value
                if value >= 0x41 && value <= 0x5A { value |= 0x20 }
                if value != UInt32(byte) { return false }
            }
            return true
        }
    }

    func textRange(_ range: Range<Int>) -> TextRange {
        TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    func block(ofSentence sentence: Int) -> Block { article.blocks[sentences[sentence].block] }

    // MARK: Word tests

    /// Whether the token opens its sentence (possibly after an opening
    /// quotation mark, bracket or dash).
    func isSentenceInitial(_ index: Int) -> Bool { facts.initial[index] }

    /// Whether a capitalised word is part of a name. Capitals at the start
    /// of a sentence or in a Title Case headline only count for words that
    /// are not ordinary vocabulary ("Military experts", "The", "Says").
    func isProper(_ index: Int) -> Bool { facts.proper[index] }

    func isAbbreviationDot(_ index: Int) -> Bool { facts.abbreviationDots[index] }

    /// A lower-case word that looks like a plural noun and like nothing
    /// else the lexicons know: "paramedics", "engineers", "residents".
    func isPluralNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length > 3, !token.isCapitalized || facts.initial[index] else { return false }
        if Document.irregularPlurals.contains(token.key) { return true }
        let last = article.scalars[token.end - 1]
        let beforeLast = article.scalars[token.end - 2]
        guard last == "s", beforeLast != "s", beforeLast != "'" else { return false }
        if facts.anonymousHeads[index] { return true }
        let closedClasses: WordClass = [
            .determiner, .preposition, .conjunction, .subordinator, .relative, .personalPronoun, .auxiliary,
            .negation, .adverb, .timeWord, .title, .roleModifier,
        ]
        return classes[index].isDisjoint(with: closedClasses) && lexicon.verb(token.key) == nil
            && lexicon.organizationKind(token.key) == nil
    }

    func isAnonymousHead(_ index: Int) -> Bool { facts.anonymousHeads[index] }

    /// One hash for a run of words, for `bodyNamePrefixes`.
    static func nameHash(_ keys: some Sequence<WordKey>) -> UInt64 {
        keys.reduce(WordKey.offsetBasis) { ($0 ^ $1.value) &* WordKey.prime }
    }

    /// The end of the verdict a verb of naming passes on its object: within
    /// a few words ("called it false"), or right after a later "as"
    /// ("described the claim that no notice was issued as false").
    func verdictEnd(after index: Int, upperBound: Int) -> Int? {
        var asAt: Int?
        var quoteAt: Int?
        var cursor = index + 1
        // … or opening a quotation that ends the clause: "called reports
        // that she stormed off the set “completely fabricated.”"
        while cursor < min(upperBound, index + 30) {
            let token = tokens[cursor]
            if token.isPunctuation(".") || token.isPunctuation(";") || token.isPunctuation(",") { return nil }
            if token.kind == .word, token.key == Document.keyAs, asAt == nil { asAt = cursor }
            if token.kind == .openQuote { quoteAt = cursor }
            if cursor < index + 7 || asAt.map({ cursor <= $0 + 3 }) ?? false || quoteAt.map({ cursor <= $0 + 2 }) ?? false {
                if let match = phrase(at: cursor, limit: upperBound, where: {
                    if case .verdict = $0 { return true }
                    return false
                }) {
                    return cursor + match.length
                }
                if classes[cursor].contains(.verdict) { return cursor + 1 }
            }
            cursor += 1
        }
        return nil
    }

    private static let irregularPlurals: WordSet = WordSet(["people", "men", "women", "children", "police", "staff", "personnel", "folk"])

    /// Lower-case name particles that may open or sit inside a name:
    /// "der Spiegel", "Ursula von der Leyen", "Charles de Gaulle".
    func isNameParticle(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        return Document.nameParticles.contains(tokens[index].key)
    }

    static let nameParticles = WordSet(
        ["der", "die", "das", "de", "da", "di", "du", "del", "della", "von", "van", "le", "la", "al", "el", "bin", "ibn", "ter", "ten"])

    static let keyOf = WordKey("of")
    static let keyFor = WordKey("for")
    static let keyAnd = WordKey("and")
    static let keyThe = WordKey("the")
    static let keyThat = WordKey("that")
    static let keyTo = WordKey("to")
    static let keyAs = WordKey("as")
    static let keyBy = WordKey("by")
    static let keyFrom = WordKey("from")
    static let keyAccording = WordKey("according")
    static let keyCiting = WordKey("citing")
}
