/// Facts about each token of a document that the extraction stages ask
/// about again and again, computed once: whether it opens its sentence,
/// belongs to a name, closes an abbreviation, heads an unnamed group, and
/// which lexicon phrases start at it.
struct TokenFacts {
    let initial: [Bool]
    let proper: [Bool]
    /// A period that closes an abbreviation inside a sentence ("Dr.",
    /// "Brig. Gen.", the initial in "Raymond J. Pellegrino").
    let abbreviationDots: [Bool]
    /// The head of an unnamed group ("officials", "residents", or a role
    /// in the plural: "managers", "executives").
    let anonymousHeads: [Bool]
    /// Where each token's phrase matches start in `phraseMatches` (every
    /// multi-word entry that starts at the token, longest first).
    let phraseStarts: [Int32]
    let phraseMatches: [(kind: PhraseKind, length: Int)]

    init(
        tokens: [Token], classes: [WordClass], sentences: [Sentence], sentenceOfToken: [Int],
        titleCaseSentences: Set<Int>, lexicon: Lexicon, article: Article
    ) {
        let initial = tokens.indices.map { index in
            let start = sentences[sentenceOfToken[index]].tokens.lowerBound
            var cursor = index - 1
            while cursor >= start {
                let token = tokens[cursor]
                guard token.kind == .openQuote || token.kind == .dash || token.isPunctuation("(")
                    || token.isPunctuation("[")
                else { return false }
                cursor -= 1
            }
            return true
        }
        self.initial = initial
        // Words capitalised inside sentences of the body: in a Title Case
        // headline only these (and places, given names, acronyms) are names.
        var bodyCapitals = Set<WordKey>()
        if !titleCaseSentences.isEmpty {
            for index in tokens.indices
            where tokens[index].isCapitalized && !initial[index] && !titleCaseSentences.contains(sentenceOfToken[index]) {
                bodyCapitals.insert(tokens[index].key)
            }
        }
        let names = NameTest(
            tokens: tokens, classes: classes, sentenceOfToken: sentenceOfToken, titleCaseSentences: titleCaseSentences,
            initial: initial, bodyCapitals: bodyCapitals, lexicon: lexicon, article: article)
        proper = tokens.indices.map(names.isProper)
        abbreviationDots = tokens.indices.map { index in
            guard tokens[index].isPunctuation("."), index > 0, tokens[index - 1].end == tokens[index].start,
                index + 1 < tokens.count, sentenceOfToken[index + 1] == sentenceOfToken[index]
            else { return false }
            let previous = tokens[index - 1]
            let isInitial = previous.kind == .word && previous.length == 1 && previous.isCapitalized
            return isInitial || classes[index - 1].contains(.abbreviation)
                && !classes[index - 1].contains(.abbreviationNeedsNumber)
        }
        anonymousHeads = tokens.indices.map { index in
            // "Staff" in "General Staff" is part of a name, not a group; an
            // acronym's plural ("MPs", "MEPs") is a group however written.
            let token = tokens[index]
            let isAcronymPlural = token.length >= 3 && article.scalars[token.end - 1] == "s"
                && article.scalars[token.start..<(token.end - 1)].allSatisfy(Tokenizer.isUppercase)
            guard token.kind == .word, !token.isCapitalized || initial[index] || isAcronymPlural else { return false }
            if classes[index].contains(.anonymousHead) { return true }
            guard !tokens[index].isCapitalized || initial[index], tokens[index].length > 3,
                article.scalars[tokens[index].end - 1] == "s"
            else { return false }
            let singular = article.scalars[tokens[index].start..<(tokens[index].end - 1)]
            return lexicon.wordClass(WordKey(singular)).contains(.role)
        }
        var starts: [Int32] = []
        var matches: [(kind: PhraseKind, length: Int)] = []
        starts.reserveCapacity(tokens.count + 1)
        for index in tokens.indices {
            starts.append(Int32(matches.count))
            guard tokens[index].kind == .word else { continue }
            // Phrases stop at the end of their sentence.
            let end = sentences[sentenceOfToken[index]].tokens.upperBound
            lexicon.appendPhrases(at: index, in: tokens, limit: end, to: &matches)
        }
        starts.append(Int32(matches.count))
        phraseStarts = starts
        phraseMatches = matches
    }
}

/// Tells a capital that starts a name from one that starts a sentence.
private struct NameTest {
    let tokens: [Token]
    let classes: [WordClass]
    let sentenceOfToken: [Int]
    let titleCaseSentences: Set<Int>
    let initial: [Bool]
    let bodyCapitals: Set<WordKey>
    let lexicon: Lexicon
    let article: Article

    /// Second halves of compounds that make adjectives of names.
    static let describingLastParts = WordSet([
        "based", "born", "led", "owned", "run", "backed", "listed", "headquartered", "made", "funded", "controlled",
        "linked", "aligned", "allied", "bound", "registered", "operated", "style", "era",
    ])

    /// First halves of compounds that describe: "Two-time", "Long-serving".
    static let describingFirstParts = WordSet([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "long", "short",
        "well", "high", "low", "self", "so", "much", "once", "one", "multi", "non", "pre", "post", "ex", "half", "full",
        "part", "world", "record", "award", "time", "hard", "open", "close", "best", "top", "former", "anti", "pro",
    ])

    /// Whether a capitalised word is part of a name. Capitals at the start
    /// of a sentence or in a Title Case headline only count for words that
    /// are not ordinary vocabulary ("Military experts", "The", "Says").
    func isProper(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized else { return false }
        let wordClass = classes[index]
        let ordinary: WordClass = [
            .determiner, .preposition, .conjunction, .subordinator, .relative, .personalPronoun, .pronounFirst,
            .pronounSecond, .auxiliary, .negation, .adverb, .sentenceStarter, .refusal, .participleAdverbial,
        ]
        if isAcronym(index) || isInitial(index) { return true }
        // "Pune-based", "Kremlin-backed": an adjective made from a name.
        if let hyphen = article.scalars[token.start..<token.end].lastIndex(of: "-"), hyphen + 1 < token.end,
            NameTest.describingLastParts.contains(WordKey(article.scalars[(hyphen + 1)..<token.end]))
        {
            return false
        }
        if titleCaseSentences.contains(sentenceOfToken[index]) {
            // "Halvorsen Delays Ohio Chip Plant": capitals say nothing here.
            return bodyCapitals.contains(token.key) || lexicon.place(token.key) != nil
                || lexicon.firstName(token.key) != nil
        }
        let demotable = initial[index]
        if wordClass.isDisjoint(with: ordinary) && lexicon.verb(token.key) == nil {
            guard demotable else { return true }
            // "Two-time world champion", "Long-serving mayor": a compound
            // opening with an ordinary word describes.
            if let hyphen = article.scalars[token.start..<token.end].firstIndex(of: "-"),
                !lexicon.wordClass(WordKey(article.scalars[token.start..<hyphen])).isDisjoint(with: ordinary.union(.timeWord))
                    || NameTest.describingFirstParts.contains(WordKey(article.scalars[token.start..<hyphen]))
            {
                return false
            }
            // "Paramedics have warned", "Paramedics warn": a plural noun, not a name.
            if initial[index], isPluralVerb(after: index), article.scalars[token.end - 1] == "s",
                article.scalars[token.end - 2] != "s"
            {
                return false
            }
            // "Adopting the recommendations, the board …": a participle opens
            // the sentence; a name ending so is capitalised elsewhere too.
            if initial[index], !bodyCapitals.contains(token.key), token.length >= 6, lexicon.firstName(token.key) == nil,
                article.scalars[(token.end - 3)..<token.end].elementsEqual(NameTest.participleEnding)
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
            // "The Signal", "The Hague" mid-sentence: "The" opens the name.
            if token.key == NameTest.the, index + 1 < tokens.count, tokens[index + 1].isCapitalized,
                tokens[index + 1].kind == .word
            {
                return true
            }
            // Mid-sentence capitals on function words are names or titles
            // ("Trump's special envoy", "May"): only pronouns stay words.
            return wordClass.isDisjoint(with: [.personalPronoun, .pronounFirst, .determiner, .auxiliary, .conjunction])
        }
        return false
    }

    /// Whether the next word is a plural verb: "have", "are", "were", or
    /// a reporting verb in its base form ("warn", "say").
    private func isPluralVerb(after index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let next = tokens[index + 1]
        if NameTest.pluralAuxiliaries.contains(next.key) { return true }
        guard let verb = lexicon.verb(next.key) else { return false }
        return article.substring(TextRange(next.start, next.end)).lowercased() == verb.lemma
    }

    private static let the = WordKey("the")
    private static let participleEnding: [Unicode.Scalar] = ["i", "n", "g"]

    private static let pluralAuxiliaries: WordSet = WordSet(["have", "are", "were", "do"])

    /// A middle initial between two capitalised words: the "D." of "John
    /// D. Podesta". Its letter may spell a word the lexicons know ("A",
    /// "I", or "D" and "S" as contractions), which must not cut the name.
    private func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.length == 1, index > 0, index + 2 < tokens.count else { return false }
        let dot = tokens[index + 1]
        let previous = tokens[index - 1]
        let next = tokens[index + 2]
        return dot.isPunctuation(".") && dot.start == token.end && previous.kind == .word && previous.isCapitalized
            && next.kind == .word && next.isCapitalized && sentenceOfToken[index + 2] == sentenceOfToken[index]
            && !classes[index + 2].contains(.sentenceStarter)
    }

    /// An all-capitals word of two letters or more: "US", "NATO", "U.S.".
    private func isAcronym(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 2 else { return false }
        var letters = 0
        for scalar in article.scalars[token.start..<token.end] where scalar != "." {
            guard Tokenizer.isUppercase(scalar) || scalar.value >= 0x30 && scalar.value <= 0x39 else { return false }
            letters += 1
        }
        return letters >= 2
    }

}
