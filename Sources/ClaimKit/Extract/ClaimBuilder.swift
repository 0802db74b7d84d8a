/// Turns statements into the public model: claims with ids, cues, hedges
/// and fingerprints; denials with what they dispute; and the sources the
/// claims name, with their aliases and mentions.
struct ClaimBuilder {
    let document: Document
    let entities: EntityTable
    private let tokens: [Token]
    private let lexicon: Lexicon

    init(document: Document, entities: EntityTable) {
        self.document = document
        self.entities = entities
        tokens = document.tokens
        lexicon = document.lexicon
    }

    mutating func analysis(of statements: [Statement], article: Article) -> Analysis {
        // Entities merged after a statement named them are found where they went.
        let ordered = statements.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }.map { statement in
            var statement = statement
            statement.entities = uniqued(statement.entities.map { entities.current($0) })
            statement.cited = uniqued(statement.cited.map { entities.current($0) }).filter { !statement.entities.contains($0) }
            return statement
        }
        // Sources: every entity a statement names, in order of first mention.
        var used: [Int] = []
        var usedSet = Set<Int>()
        for statement in ordered {
            for entity in statement.entities + statement.cited where usedSet.insert(entity).inserted { used.append(entity) }
        }
        used.sort { entities[$0].firstPosition < entities[$1].firstPosition }
        var sourceID: [Int: String] = [:]
        var sources: [Source] = []
        let otherNames = SourceNameRuns(used.map { entity in
            ([entities[entity].name] + entities[entity].aliases).filter { $0.count >= 4 && $0.contains(where: \.isUppercase) }
                .map(ClaimBuilder.wordsForMatching).filter { !$0.isEmpty }
        })
        for (offset, entity) in used.enumerated() {
            let id = "s\(offset + 1)"
            sourceID[entity] = id
            var source = source(entities[entity], id: id)
            // A description naming another source ("an investor that holds
            // 3% of Northpeak's shares") would read as that source's alias.
            source.aliases.removeAll { alias in
                otherNames.namesAnother(than: offset, in: ClaimBuilder.wordsForMatching(alias))
            }
            sources.append(source)
        }

        var claims: [Claim] = []
        var denials: [Denial] = []
        var fingerprints: [String: Int] = [:]
        var denialSources: [Int: [Int]] = [:]  // denial index → entities
        var denialClaims: [Int: Int] = [:]  // denial index → its claim's index
        var previousWasDenial = false
        for (position, statement) in ordered.enumerated() {
            let range = document.textRange(statement.tokens)
            let text = article.substring(range)
            var cueText: String?
            var cueRange: TextRange?
            if case .tokens(let cue) = statement.cue {
                cueRange = document.textRange(cue)
                cueText = article.substring(cueRange!)
            }
            let hedges = hedgeRanges(in: statement.tokens, excluding: cueRange)
            let tokens = self.tokens
            let words = statement.tokens.lazy.filter { tokens[$0].isWord }.map { tokens[$0].key }
            let base = Fingerprint.of(words: words, tag: cueText ?? "")
            let seen = fingerprints[base, default: 0]
            fingerprints[base] = seen + 1
            let fingerprint = seen == 0 ? base : Fingerprint.of(parts: [base, String(seen)])
            let claimID = "c\(claims.count + 1)"
            var claim = Claim(
                id: claimID, range: range, text: text,
                sourceIDs: (statement.entities + statement.cited).compactMap { sourceID[$0] },
                cue: cueText, cueRange: cueRange, hedges: hedges.map { article.substring($0) }, hedgeRanges: hedges,
                quoted: isQuoted(statement.tokens), fingerprint: fingerprint)
            let denialCue = statement.entities.isEmpty ? nil : denialCue(of: statement)
                ?? contradiction(at: position, in: ordered, afterDenial: previousWasDenial)
            previousWasDenial = denialCue != nil
            if let denialCue {
                let denialID = "d\(denials.count + 1)"
                claim.denialID = denialID
                let cueRange = document.textRange(denialCue)
                denialSources[denials.count] = statement.entities
                denialClaims[denials.count] = claims.count
                denials.append(
                    Denial(
                        id: denialID, range: range, text: text, sourceID: statement.entities.first.flatMap { sourceID[$0] },
                        cue: article.substring(cueRange), cueRange: cueRange, disputes: [], claimID: claimID))
            }
            claims.append(claim)
        }
        if !denials.isEmpty {
            let words = ordered.map { contentWords(in: $0.tokens) }
            for index in denials.indices {
                denials[index].disputes = disputed(
                    byClaim: denialClaims[index] ?? 0, deniers: denialSources[index] ?? [], claims: claims, words: words)
            }
        }
        return Analysis(article: article, claims: claims, sources: sources, denials: denials)
    }

    private func uniqued(_ list: [Int]) -> [Int] {
        var seen = Set<Int>()
        return list.filter { seen.insert($0).inserted }
    }

    // MARK: Sources

    /// The words of a name, any case, possessive endings dropped, for
    /// whole-word containment tests: "Northpeak's shares" → northpeak, shares.
    static func wordsForMatching(_ text: String) -> [WordKey] {
        var words: [WordKey] = []
        var hash = WordKey.offsetBasis
        var inWord = false
        // After an apostrophe closing a word, an "s" that ends there is
        // its possessive ("Northpeak's"), one that goes on is not ("O'Shea").
        var afterApostrophe = false
        var heldS: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.value < 0x80
                ? Tokenizer.isWordScalar(scalar) : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if afterApostrophe, scalar == "s" || scalar == "S" {
                    afterApostrophe = false
                    heldS = scalar
                    continue
                }
                if let held = heldS { WordKey.feed(held, into: &hash) }
                heldS = nil
                afterApostrophe = false
                WordKey.feed(scalar, into: &hash)
                inWord = true
            } else {
                heldS = nil
                if inWord { words.append(WordKey(value: hash)) }
                afterApostrophe = inWord && (scalar == "'" || scalar == "\u{2019}")
                hash = WordKey.offsetBasis
                inWord = false
            }
        }
        if inWord { words.append(WordKey(value: hash)) }
        return words
    }

    private func source(_ entity: Entity, id: String) -> Source {
        var aliases: [String] = []
        var seen: Set<String> = [entity.name]
        for alias in entity.aliases where seen.insert(alias).inserted {
            aliases.append(alias)
        }
        // Each place once, the longest reading of it: "Merovian army", not
        // also "Merovian" inside it.
        var mentions: [TextRange] = []
        for mention in entity.mentions.sorted(by: { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }) {
            if let last = mentions.last, last.contains(mention) { continue }
            mentions.append(mention)
        }
        // A name that "he" or "she" referred to is a person's.
        let kind: SourceKind = entity.kind == .unknown && entity.gender != nil ? .person : entity.kind
        return Source(id: id, name: entity.name, kind: kind, aliases: aliases, mentions: mentions)
    }

    // MARK: Claims

    private func hedgeRanges(in range: Range<Int>, excluding cue: TextRange?) -> [TextRange] {
        var hedges: [TextRange] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Modals are lower-case: "May" mid-sentence is the month.
            if tokens[index].kind == .word, !tokens[index].isCapitalized || document.isSentenceInitial(index),
                let match = document.phrase(at: index, limit: range.upperBound,
                    where: {
                        if case .hedge = $0 { return true }
                        return false
                    })
            {
                let hedge = document.textRange(index..<(index + match.length))
                if cue.map({ !$0.overlaps(hedge) }) ?? true { hedges.append(hedge) }
                index += match.length
            } else {
                index += 1
            }
        }
        return hedges
    }

    private func isQuoted(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard let span = document.quotes.span(containing: index) else { return false }
            return span.wordCount >= QuoteSpans.minimumStatementWords
        }
    }

    // MARK: Denials

    /// What makes a statement a denial: a denial verb that rejects a
    /// claim, a denial phrase ("not true", "at no point did we say"), or a
    /// verdict ("called the report fabricated").
    private func denialCue(of statement: Statement) -> Range<Int>? {
        if statement.isDenial, let cue = statement.denialCue { return cue }
        var index = statement.tokens.lowerBound
        while index < statement.tokens.upperBound {
            if let match = document.phrase(at: index, limit: statement.tokens.upperBound,
                where: {
                    if case .denialPhrase = $0 { return true }
                    return false
                })
            {
                return index..<(index + match.length)
            }
            if tokens[index].kind == .word, document.classes[index].contains(.verdictVerb),
                let verdict = document.verdictEnd(after: index, upperBound: statement.tokens.upperBound)
            {
                return index..<verdict
            }
            if let verdict = predicateVerdict(at: index, upperBound: statement.tokens.upperBound) { return verdict }
            index += 1
        }
        return nil
    }

    /// "is simply untrue", "was “false,”", "is the lie": a be-form, then,
    /// past adverbs, quotation marks and one determiner (not "no": "there
    /// will be no lies"), a verdict from denials.txt's [predicate-verdicts],
    /// unless it judges an action ("is wrong to have a law").
    private func predicateVerdict(at index: Int, upperBound: Int) -> Range<Int>? {
        guard tokens[index].kind == .word, ClaimBuilder.beForms.contains(tokens[index].key) else { return nil }
        var cursor = index + 1
        var determiners = 0
        while cursor < upperBound {
            let wordClass = document.classes[cursor]
            if tokens[cursor].kind == .openQuote || tokens[cursor].kind == .word && wordClass.contains(.adverb) {
                cursor += 1
            } else if tokens[cursor].kind == .word, wordClass.contains(.determiner), !wordClass.contains(.negation), determiners == 0 {
                determiners += 1
                cursor += 1
            } else {
                break
            }
        }
        guard cursor < upperBound, tokens[cursor].kind == .word, document.classes[cursor].contains(.predicateVerdict),
            document.phrase(
                at: cursor, limit: upperBound,
                where: {
                    if case .nonVerdict = $0 { return true }
                    return false
                }) == nil,
            // "are just nine ridiculous things": a verdict on a noun says what the things are.
            cursor + 1 >= upperBound || tokens[cursor + 1].kind != .word || !document.classes[cursor + 1].isEmpty
        else { return nil }
        return index..<(cursor + 1)
    }

    /// A flat contradiction that follows a denial is a denial too: "Halvorsen
    /// denied a report … \"There is no sale process,\" Ms. Whitcombe said." —
    /// a strong negation by the same speaker, in the same or the next
    /// paragraph. Weaker negations ("we do not have the right to …") are not.
    private func contradiction(at position: Int, in statements: [Statement], afterDenial: Bool) -> Range<Int>? {
        guard afterDenial, position > 0 else { return nil }
        let statement = statements[position]
        let previous = statements[position - 1]
        let block = document.sentences[statement.sentence].block
        let previousBlock = document.sentences[previous.sentence].block
        // In the same paragraph anyone on the denier's side may go on; in the
        // next, only the denier.
        guard previousBlock == block
            || previousBlock == block - 1 && previous.entities.contains(where: statement.entities.contains)
        else { return nil }
        return strongNegation(in: statement.tokens)
    }

    /// "there is no", "has never", "did not", "hasn't": the negation that
    /// makes a flat contradiction.
    private func strongNegation(in range: Range<Int>) -> Range<Int>? {
        for index in range where tokens[index].kind == .word {
            let key = tokens[index].key
            let next = index + 1 < range.upperBound ? tokens[index + 1] : nil
            if key == ClaimBuilder.there, let next, ClaimBuilder.beForms.contains(next.key), index + 2 < range.upperBound,
                tokens[index + 2].key == ClaimBuilder.no
            {
                return index..<(index + 3)
            }
            if key == ClaimBuilder.never { return index..<(index + 1) }
            // "Nobody was shot", "Nothing has been hidden" — not the general
            // "Nobody shells their own grandmothers".
            if ClaimBuilder.negativeSubjects.contains(key), let next, ClaimBuilder.factAuxiliaries.contains(next.key) {
                return index..<(index + 2)
            }
            // "The family is not selling", "we are not leaving"
            if ClaimBuilder.beForms.contains(key), let next, next.key == ClaimBuilder.not, index + 2 < range.upperBound,
                tokens[index + 2].kind == .word, document.ends(index + 2, with: "ing")
            {
                return index..<(index + 3)
            }
            if ClaimBuilder.pastNegations.contains(key), let next, next.kind == .word,
                !ClaimBuilder.weakAfterNegation.contains(next.key)
            {
                return index..<(index + 2)
            }
            if ClaimBuilder.pastAuxiliaries.contains(key), let next, next.key == ClaimBuilder.not, index + 2 < range.upperBound,
                tokens[index + 2].kind == .word, !ClaimBuilder.weakAfterNegation.contains(tokens[index + 2].key)
            {
                return index..<(index + 3)
            }
        }
        return nil
    }

    private static let there = WordKey("there")
    private static let no = WordKey("no")
    private static let never = WordKey("never")
    /// "Nobody was shot", "Nothing was hidden".
    private static let negativeSubjects = WordSet(["nobody", "nothing"])
    private static let factAuxiliaries = WordSet(["was", "were", "has", "had", "did"])
    private static let not = WordKey("not")
    private static let beForms = WordSet(["is", "are", "was", "were", "'s", "be", "remains", "remain"])
    private static let pastNegations = WordSet(["didn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't"])
    private static let pastAuxiliaries = WordSet(["did", "has", "have", "had"])
    /// "hasn't been able", "did not have the right": negations too weak to contradict.
    private static let weakAfterNegation = WordSet(["been", "have", "had", "yet", "always", "only", "just", "able", "say"])

    /// The earlier claims a denial disputes: those by other sources that
    /// share the most content words with it, or that name the denier (an
    /// accusation against them); failing that, the nearest earlier claim
    /// by someone else.
    private func disputed(byClaim denialIndex: Int, deniers: [Int], claims: [Claim], words: [Stems]) -> [String] {
        let denierIDs = claims[denialIndex].sourceIDs
        var names: [UInt64] = []
        for entity in deniers {
            for name in [entities[entity].name] + entities[entity].aliases { names += contentWords(name).values }
        }
        let denierNames = Stems(names)
        let denialWords = words[denialIndex].removing(denierNames)
        var best: (score: Double, index: Int)?
        var nearest: Int?
        for index in stride(from: denialIndex - 1, through: max(0, denialIndex - Reach.disputedClaims), by: -1)
        where claims[index].denialID == nil && !claims[index].sourceIDs.contains(where: denierIDs.contains) {
            if nearest == nil { nearest = index }
            var score = Double(words[index].shared(with: denialWords))
            if words[index].shared(with: denierNames) > 0 { score += 2 }
            // Closer claims win ties.
            score -= Double(denialIndex - index) * 0.01
            if score >= 1, best == nil || score > best!.score { best = (score, index) }
        }
        if let best { return [claims[best.index].id] }
        return nearest.map { [claims[$0].id] } ?? []
    }

    /// Crude stems (first five letters) of the content words of a token
    /// range, so "accused" and "accusation" meet.
    private func contentWords(in range: Range<Int>) -> Stems {
        var stems: [UInt64] = []
        let scalars = document.article.scalars
        for index in range where tokens[index].kind == .word && tokens[index].length >= 4 {
            guard isContentWord(key: tokens[index].key, wordClass: document.classes[index]) else { continue }
            stems.append(WordKey(scalars[tokens[index].start..<min(tokens[index].end, tokens[index].start + 5)]).value)
        }
        return Stems(stems)
    }

    private func isContentWord(key: WordKey, wordClass: WordClass) -> Bool {
        wordClass.isDisjoint(with: [.determiner, .preposition, .conjunction, .auxiliary, .relative, .adverb])
            && lexicon.verb(key) == nil
    }

    private func contentWords(_ text: String) -> Stems {
        var stems: [UInt64] = []
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, in: 0..<scalars.count, into: &tokens)
        for token in tokens where token.kind == .word && token.length >= 4 {
            guard isContentWord(key: token.key, wordClass: lexicon.wordClass(token.key)) else { continue }
            stems.append(WordKey(scalars[token.start..<min(token.end, token.start + 5)]).value)
        }
        return Stems(stems)
    }
}

/// A set of word stems as a sorted array: claims have a dozen or two, and
/// comparing two sorted arrays beats hashing every stem.
struct Stems {
    let values: [UInt64]

    init(_ values: [UInt64]) {
        var sorted = values.sorted()
        var unique = 0
        for value in sorted where unique == 0 || sorted[unique - 1] != value {
            sorted[unique] = value
            unique += 1
        }
        self.values = Array(sorted[..<unique])
    }

    /// How many stems the two have in common.
    func shared(with other: Stems) -> Int {
        var left = 0
        var right = 0
        var count = 0
        while left < values.count && right < other.values.count {
            if values[left] == other.values[right] {
                count += 1
                left += 1
                right += 1
            } else if values[left] < other.values[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return count
    }

    func removing(_ other: Stems) -> Stems {
        Stems(values.filter { !other.values.contains($0) })
    }
}
