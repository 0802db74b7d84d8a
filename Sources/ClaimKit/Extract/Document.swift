/// The article as the extraction stages see it: tokens with their lexicon
/// classes, sentences, and which tokens sit inside quotation marks.
/// Built once per article; every stage reads it, none changes it.
struct Document {
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
    /// Per token: opens its sentence; is part of a name. Computed once,
    /// asked constantly.
    private var initialFlags: [Bool] = []
    private var properFlags: [Bool] = []

    init(lexicon: Lexicon, article: Article) {
        self.lexicon = lexicon
        self.article = article
        let (tokens, sentences) = SentenceSplitter(lexicon: lexicon).split(article)
        self.tokens = tokens
        self.sentences = sentences
        var classes: [WordClass] = []
        classes.reserveCapacity(tokens.count)
        for token in tokens {
            classes.append(token.kind == .word || token.kind == .possessive ? lexicon.wordClass(token.key) : [])
        }
        self.classes = classes
        var sentenceOfToken = [Int](repeating: 0, count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens { sentenceOfToken[token] = index }
        }
        self.sentenceOfToken = sentenceOfToken
        self.quotes = QuoteSpans(tokens: tokens, sentences: sentences, blocks: article.blocks)
        var titleCase: Set<Int> = []
        for (index, sentence) in sentences.enumerated() where article.blocks[sentence.block].kind == .title {
            let words = sentence.tokens.filter { tokens[$0].kind == .word }
            let capitalized = words.filter { tokens[$0].isCapitalized }.count
            if words.count >= 4 && capitalized * 10 >= words.count * 7 { titleCase.insert(index) }
        }
        self.titleCaseSentences = titleCase
        initialFlags = tokens.indices.map(computeSentenceInitial)
        properFlags = tokens.indices.map(computeProper)
    }

    // MARK: Text

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first else { return "" }
        return article.substring(TextRange(tokens[first].start, tokens[range.upperBound - 1].end))
    }

    func text(_ index: Int) -> String {
        article.substring(TextRange(tokens[index].start, tokens[index].end))
    }

    func textRange(_ range: Range<Int>) -> TextRange {
        TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    func block(ofSentence sentence: Int) -> Block { article.blocks[sentences[sentence].block] }

    // MARK: Word tests

    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

    func isKey(_ index: Int, _ key: WordKey) -> Bool { tokens[index].key == key }

    func isPunctuation(_ index: Int, _ scalar: Unicode.Scalar) -> Bool { tokens[index].isPunctuation(scalar) }

    /// Whether the token opens its sentence (possibly after an opening
    /// quotation mark, bracket or dash).
    func isSentenceInitial(_ index: Int) -> Bool { initialFlags[index] }

    private func computeSentenceInitial(_ index: Int) -> Bool {
        let start = sentences[sentenceOfToken[index]].tokens.lowerBound
        var cursor = index - 1
        while cursor >= start {
            let token = tokens[cursor]
            if token.kind == .openQuote || token.kind == .dash || token.isPunctuation("(") || token.isPunctuation("[") {
                cursor -= 1
                continue
            }
            return false
        }
        return true
    }

    /// Whether a capitalised word is part of a name. Capitals at the start
    /// of a sentence or in a Title Case headline only count for words that
    /// are not ordinary vocabulary ("Military experts", "The", "Says").
    func isProper(_ index: Int) -> Bool { properFlags[index] }

    private func computeProper(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized else { return false }
        let wordClass = classes[index]
        let ordinary: WordClass = [
            .determiner, .preposition, .conjunction, .subordinator, .relative, .personalPronoun, .pronounFirst,
            .pronounSecond, .auxiliary, .negation, .adverb, .sentenceStarter, .refusal,
        ]
        if isAcronym(index) { return true }
        let demotable = titleCaseSentences.contains(sentenceOfToken[index]) || isSentenceInitial(index)
        if wordClass.isDisjoint(with: ordinary) && lexicon.verb(token.key) == nil {
            guard demotable else { return true }
            // "Military experts", "Sources believe": vocabulary, not a name,
            // unless a name follows ("Military Intelligence said").
            let vocabulary: WordClass = [.anonymousHead, .role, .roleModifier]
            if !wordClass.isDisjoint(with: vocabulary) || lexicon.organizationKind(token.key) != nil {
                let next = index + 1
                return next < tokens.count && tokens[next].kind == .word && tokens[next].isCapitalized
            }
            return true
        }
        if !demotable {
            // Mid-sentence capitals on function words are names or titles
            // ("Trump's special envoy", "May"): only pronouns stay words.
            return wordClass.isDisjoint(with: [.personalPronoun, .pronounFirst, .determiner, .auxiliary, .conjunction])
        }
        return false
    }

    /// An all-capitals word of two letters or more: "US", "NATO", "U.S.".
    func isAcronym(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 2 else { return false }
        var letters = 0
        for scalar in article.scalars[token.start..<token.end] where scalar != "." {
            guard Tokenizer.isUppercase(scalar) || scalar.value >= 0x30 && scalar.value <= 0x39 else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Lower-case name particles that may open or sit inside a name:
    /// "der Spiegel", "Ursula von der Leyen", "Charles de Gaulle".
    func isNameParticle(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        return Document.nameParticles.contains(tokens[index].key)
    }

    static let nameParticles: Set<WordKey> = Set(
        ["der", "die", "das", "de", "da", "di", "du", "del", "della", "von", "van", "le", "la", "al", "el", "bin", "ibn", "ter", "ten"]
            .map { WordKey($0) })

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
    static let keyWho = WordKey("who")
    static let keyWhich = WordKey("which")
}
