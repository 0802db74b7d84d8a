/// What a claim states, apart from who states it and how: the content
/// words in their compared forms, which of them name someone or something,
/// the quantities and years it gives, and whether it asserts or denies.
public struct Proposition: Hashable, Sendable {
    /// Compared forms of the content words and numbers, sorted, once each.
    public var terms: [String]
    /// The terms that are names (capitalised inside a sentence, acronyms).
    public var entities: Set<String>
    /// Quantities in a canonical spelling ("30000", "1.5").
    public var quantities: Set<String>
    /// Years (1900–2100 written as four digits), kept apart from quantities
    /// so "in 2016" does not clash with "30 people".
    public var years: Set<String>
    /// True when the claim states the opposite of its words: an odd number
    /// of negations, or a denial ("denied that …").
    public var negated: Bool
    /// What each negation of the text bears on: the terms from it to the end
    /// of its clause, sorted. Another claim that lacks most of a negation's
    /// clause does not state what it negates, so against that claim the
    /// negation does not count (`negated(against:)`). Empty when the claim's
    /// polarity is known only as a whole (`negated` then applies to any claim).
    public var negations: [[String]]
    /// The terms of each sentence, sorted, when the claim has more than one:
    /// one sentence of a long quotation may be all another claim carries.
    public var sentences: [[String]]

    public init(
        terms: [String], entities: Set<String>, quantities: Set<String>, years: Set<String>, negated: Bool,
        negations: [[String]] = [], sentences: [[String]] = []
    ) {
        self.sentences = sentences
        self.terms = terms
        self.entities = entities
        self.quantities = quantities
        self.years = years
        self.negated = negated
        self.negations = negations
    }

    /// Whether the claim states the opposite of what it shares with another
    /// claim: a denial cue, and each negation whose clause the other claim
    /// states too (at least half of its clause's weight among `shared`).
    func negated(against shared: Set<String>, weight: (String) -> Double) -> Bool {
        var flips = 0
        for scope in negations {
            let total = scope.reduce(0) { $0 + weight($1) }
            let common = scope.reduce(0) { shared.contains($1) ? $0 + weight($1) : $0 }
            if total > 0 && common >= total / 2 { flips += 1 }
        }
        let denial = negated != (negations.count % 2 == 1)
        return denial != (flips % 2 == 1)
    }
}

/// Reads a claim's proposition from its text, leaving out the frame: the
/// cue, the source's names and the lexicon's frame words.
public struct PropositionReader: Sendable {
    public let lexicon: MatchLexicon
    /// Whole numbers read as years rather than quantities.
    static let years = 1900...2100

    public init(lexicon: MatchLexicon) {
        self.lexicon = lexicon
    }

    /// Raised whenever a change to this reader's code reads some claim
    /// differently: with the lexicons' digest it makes `version`.
    static let revision = 2

    /// What a proposition read now depends on: this code's revision and
    /// every word list it reads. A library keeps the version its claims
    /// were read under and reads them again when it differs, as a stored
    /// analysis is parsed again under a new parser version.
    public var version: String {
        "\(Self.revision)-\(lexicon.digest)"
    }

    public init() throws {
        self.init(lexicon: try MatchLexicon.bundled())
    }

    /// - Parameters:
    ///   - excluded: scalar ranges of `text` that belong to the frame (the cue, source mentions).
    ///   - sourceWords: folded words of the sources' names, left out wherever they occur.
    ///   - denial: whether the claim is a denial of what its words state.
    public func read(
        _ text: String, excluding excluded: [Range<Int>] = [], sourceWords: Set<String> = [], denial: Bool = false
    ) -> Proposition {
        var terms = Set<String>()
        var entities = Set<String>()
        var quantities = Set<String>()
        var years = Set<String>()
        var negations = 0
        // The terms each negation bears on, and the one still collecting
        // them until its clause ends.
        var scopes: [Set<String>] = []
        var scope: Int?
        var sentences: [Set<String>] = [[]]
        var previousEnd = 0
        var pending: Double?
        func flush() {
            guard let value = pending else { return }
            pending = nil
            let key: String
            if value.rounded() == value, abs(value) < 1e15 {
                let whole = Int(value)
                key = String(whole)
                if Self.years.contains(whole) {
                    years.insert(key)
                    insert("#" + key)
                    return
                }
            } else {
                key = String(value)
            }
            quantities.insert(key)
            insert("#" + key)
        }
        func insert(_ term: String) {
            terms.insert(term)
            if let scope { scopes[scope].insert(term) }
            sentences[sentences.count - 1].insert(term)
        }
        func negate() {
            negations += 1
            scopes.append([])
            scope = scopes.count - 1
        }
        let tokens = MatchText.tokens(text)
        let scalars = Array(text.unicodeScalars)
        // The words of a name already read as one term.
        var nameEnd = 0
        for (index, token) in tokens.enumerated() {
            let folded = MatchText.fold(token.text)
            if MatchText.endsClause(scalars[previousEnd..<token.start]) {
                flush()
                let sentenceEnds = index > 0
                    && MatchText.endsSentence(scalars[previousEnd..<token.start], after: tokens[index - 1], before: token)
                // A negation whose clause said nothing compared ("nothing you
                // can do, folks") bears on the next clause of its sentence.
                if sentenceEnds || scope.map({ !scopes[$0].isEmpty }) ?? true { scope = nil }
                if sentenceEnds, !sentences[sentences.count - 1].isEmpty { sentences.append([]) }
            }
            previousEnd = token.end
            if excluded.contains(where: { $0.contains(token.start) }) {
                flush()
                continue
            }
            if index < nameEnd { continue }
            if let name = lexicon.names.name(in: tokens, scalars: scalars, at: index) {
                flush()
                nameEnd = index + name.length
                insert(name.form)
                entities.insert(name.form)
                continue
            }
            if lexicon.names.isGivenName(in: tokens, scalars: scalars, at: index) {
                flush()
                continue
            }
            if lexicon.negations.contains(folded) {
                // "No, I meant …" answers; "not just a few" adds: neither
                // states the opposite of what follows.
                let answers = token.end < scalars.count && scalars[token.end] == ","
                let next = index + 1 < tokens.count ? MatchText.fold(tokens[index + 1].text) : ""
                flush()
                if !answers && !lexicon.additive.contains(next) { negate() }
                continue
            }
            if token.isNumber {
                flush()
                pending = Double(folded.replacingOccurrences(of: ",", with: ""))
                continue
            }
            if let scale = lexicon.multipliers[folded], let value = pending {
                pending = value * scale
                continue
            }
            if let value = lexicon.numbers[folded] {
                flush()
                pending = value
                continue
            }
            flush()
            let stem = MatchText.stem(folded)
            // A frame word in another form ("adding") is frame; a contraction
            // ("he's", "it's") is kept, as the quotation's own wording.
            let frameForm = !folded.contains("'") && lexicon.frameStems.contains(stem)
            if !token.isAcronym && (lexicon.frame.contains(folded) || frameForm || sourceWords.contains(folded)) { continue }
            if lexicon.denying.contains(folded) {
                // A denying verb inside the claim ("the report that he denied")
                // counts as a negation, not as content.
                negate()
                continue
            }
            let base = lexicon.forms[folded] ?? (token.isAcronym ? folded : stem)
            let form = token.isAcronym ? base : lexicon.synonyms[base] ?? base
            guard form.count > 1 else { continue }
            insert(form)
            if token.isAcronym || (token.isCapitalized && !token.startsSentence) { entities.insert(form) }
        }
        flush()
        return Proposition(
            terms: terms.sorted(), entities: entities, quantities: quantities, years: years,
            negated: (negations % 2 == 1) != denial, negations: scopes.map { $0.sorted() },
            sentences: sentences.filter { !$0.isEmpty }.count > 1 ? sentences.filter { !$0.isEmpty }.map { $0.sorted() } : [])
    }
}
