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
    /// Per token: opens its sentence; is part of a name. Computed once,
    /// asked constantly.
    private var initialFlags: [Bool] = []
    private var properFlags: [Bool] = []
    /// Per token: a period that closes an abbreviation inside a sentence
    /// ("Dr.", "Brig. Gen."), part of a name's phrase.
    private var abbreviationDots: [Bool] = []
    /// Per token: the head of an unnamed group ("officials", "residents",
    /// or a role in the plural: "managers", "executives").
    private var anonymousHeads: [Bool] = []
    /// Per token, where its lexicon phrase matches start in `phraseMatches`
    /// (every multi-word entry that starts at the token, longest first).
    private var phraseStarts: [Int32] = []
    private var phraseMatches: [(kind: PhraseKind, length: Int)] = []

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
        abbreviationDots = tokens.indices.map { index in
            guard tokens[index].isPunctuation("."), index > 0, tokens[index - 1].end == tokens[index].start,
                index + 1 < tokens.count, sentenceOfToken[index + 1] == sentenceOfToken[index]
            else { return false }
            let previous = tokens[index - 1]
            // "Dr.", "Gen.", and initials: "Raymond J. Pellegrino".
            let isInitial = previous.kind == .word && previous.length == 1 && previous.isCapitalized
            return isInitial || classes[index - 1].contains(.abbreviation)
                && !classes[index - 1].contains(.abbreviationNeedsNumber)
        }
        anonymousHeads = tokens.indices.map { index in
            guard tokens[index].kind == .word else { return false }
            if classes[index].contains(.anonymousHead) { return true }
            // A role in the plural names a group: "managers", "executives".
            guard !tokens[index].isCapitalized || initialFlags[index], tokens[index].length > 3,
                article.scalars[tokens[index].end - 1] == "s"
            else { return false }
            let singular = article.scalars[tokens[index].start..<(tokens[index].end - 1)]
            return lexicon.wordClass(WordKey(singular)).contains(.role)
        }
        phraseStarts.reserveCapacity(tokens.count + 1)
        for index in tokens.indices {
            phraseStarts.append(Int32(phraseMatches.count))
            guard tokens[index].kind == .word else { continue }
            // Phrases stop at the end of their sentence.
            let end = sentences[sentenceOfToken[index]].tokens.upperBound
            phraseMatches.append(contentsOf: lexicon.phrases(at: index, in: tokens, limit: end))
        }
        phraseStarts.append(Int32(phraseMatches.count))
    }

    /// The longest lexicon phrase of a kind `accept` takes that starts at
    /// `index` and ends by `limit`.
    func phrase(
        at index: Int, limit: Int? = nil, where accept: (PhraseKind) -> Bool
    ) -> (kind: PhraseKind, length: Int)? {
        guard index < tokens.count else { return nil }
        for match in phraseMatches[Int(phraseStarts[index])..<Int(phraseStarts[index + 1])]
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
            // "Paramedics have warned", "Paramedics warn": a plural noun, not a name.
            if initialFlags[index], isPluralVerb(after: index), article.scalars[token.end - 1] == "s",
                article.scalars[token.end - 2] != "s"
            {
                return false
            }
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

    func isAbbreviationDot(_ index: Int) -> Bool { abbreviationDots[index] }

    /// A lower-case word that looks like a plural noun and like nothing
    /// else the lexicons know: "paramedics", "engineers", "residents".
    func isPluralNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length > 3, !token.isCapitalized || initialFlags[index] else { return false }
        if Document.irregularPlurals.contains(token.key) { return true }
        let last = article.scalars[token.end - 1]
        let beforeLast = article.scalars[token.end - 2]
        guard last == "s", beforeLast != "s", beforeLast != "'" else { return false }
        if anonymousHeads[index] { return true }
        let closedClasses: WordClass = [
            .determiner, .preposition, .conjunction, .subordinator, .relative, .personalPronoun, .auxiliary,
            .negation, .adverb, .timeWord, .title, .roleModifier,
        ]
        return classes[index].isDisjoint(with: closedClasses) && lexicon.verb(token.key) == nil
            && lexicon.organizationKind(token.key) == nil
    }

    func isAnonymousHead(_ index: Int) -> Bool { anonymousHeads[index] }

    /// Whether the next word is a plural verb: "have", "are", "were", or
    /// a reporting verb in its base form ("warn", "say").
    private func isPluralVerb(after index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let next = tokens[index + 1]
        if Document.pluralAuxiliaries.contains(next.key) { return true }
        guard let verb = lexicon.verb(next.key) else { return false }
        return article.substring(TextRange(next.start, next.end)).lowercased() == verb.lemma
    }

    private static let irregularPlurals: Set<WordKey> = Set(
        ["people", "men", "women", "children", "police", "staff", "personnel", "folk"].map { WordKey($0) })

    private static let pluralAuxiliaries: Set<WordKey> = Set(["have", "are", "were", "do"].map { WordKey($0) })

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
