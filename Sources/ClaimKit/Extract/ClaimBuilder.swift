/// Turns statements into the public model: claims with ids, cues, hedges
/// and fingerprints; denials with what they dispute; and the sources the
/// claims name, with their aliases and mentions.
struct ClaimBuilder {
    let document: Document
    let entities: EntityTable

    private var tokens: [Token] { document.tokens }
    private var lexicon: Lexicon { document.lexicon }

    mutating func analysis(of statements: [Statement], article: Article) -> Analysis {
        let ordered = statements.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        // Sources: every entity a statement names, in order of first mention.
        var used: [Int] = []
        for statement in ordered {
            for entity in statement.entities + statement.cited where !used.contains(entity) { used.append(entity) }
        }
        used.sort { entities[$0].firstPosition < entities[$1].firstPosition }
        var sourceID: [Int: String] = [:]
        var sources: [Source] = []
        for (offset, entity) in used.enumerated() {
            let id = "s\(offset + 1)"
            sourceID[entity] = id
            sources.append(source(entities[entity], id: id))
        }

        var claims: [Claim] = []
        var denials: [Denial] = []
        var fingerprints: [String: Int] = [:]
        var denialSources: [Int: [Int]] = [:]  // denial index → entities
        for statement in ordered {
            let range = document.textRange(statement.tokens)
            let text = article.substring(range)
            var cueText: String?
            var cueRange: TextRange?
            if case .tokens(let cue) = statement.cue {
                cueRange = document.textRange(cue)
                cueText = article.substring(cueRange!)
            }
            let hedges = hedgeRanges(in: statement.tokens, excluding: cueRange)
            let base = Fingerprint.of(parts: [text, cueText ?? ""])
            let seen = fingerprints[base, default: 0]
            fingerprints[base] = seen + 1
            let fingerprint = seen == 0 ? base : Fingerprint.of(parts: [base, String(seen)])
            let claimID = "c\(claims.count + 1)"
            var claim = Claim(
                id: claimID, range: range, text: text,
                sourceIDs: (statement.entities + statement.cited).compactMap { sourceID[$0] },
                cue: cueText, cueRange: cueRange, hedges: hedges.map(article.substring), hedgeRanges: hedges,
                quoted: isQuoted(statement.tokens), fingerprint: fingerprint)
            if !statement.entities.isEmpty, let denialCue = denialCue(of: statement) {
                let denialID = "d\(denials.count + 1)"
                claim.denialID = denialID
                let cueRange = document.textRange(denialCue)
                denialSources[denials.count] = statement.entities
                denials.append(
                    Denial(
                        id: denialID, range: range, text: text, sourceID: statement.entities.first.flatMap { sourceID[$0] },
                        cue: article.substring(cueRange), cueRange: cueRange, disputes: [], claimID: claimID))
            }
            claims.append(claim)
        }
        for index in denials.indices {
            denials[index].disputes = disputed(by: denials[index], deniers: denialSources[index] ?? [], claims: claims)
        }
        return Analysis(article: article, claims: claims, sources: sources, denials: denials)
    }

    // MARK: Sources

    private func source(_ entity: Entity, id: String) -> Source {
        var aliases: [String] = []
        for alias in entity.aliases where alias != entity.name && !aliases.contains(alias) {
            aliases.append(alias)
        }
        var mentions = entity.mentions.sorted()
        mentions = mentions.enumerated().filter { $0.offset == 0 || mentions[$0.offset - 1] != $0.element }.map(\.element)
        return Source(id: id, name: entity.name, kind: entity.kind, aliases: aliases, mentions: mentions)
    }

    // MARK: Claims

    private func hedgeRanges(in range: Range<Int>, excluding cue: TextRange?) -> [TextRange] {
        var hedges: [TextRange] = []
        var index = range.lowerBound
        while index < range.upperBound {
            // Modals are lower-case: "May" mid-sentence is the month.
            if tokens[index].kind == .word, !tokens[index].isCapitalized || document.isSentenceInitial(index),
                let match = lexicon.phrase(
                    at: index, in: tokens, limit: range.upperBound,
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
            if let match = lexicon.phrase(
                at: index, in: tokens, limit: statement.tokens.upperBound,
                where: {
                    if case .denialPhrase = $0 { return true }
                    return false
                })
            {
                return index..<(index + match.length)
            }
            if tokens[index].kind == .word, document.classes[index].contains(.verdictVerb),
                let verdict = verdict(after: index, upperBound: statement.tokens.upperBound)
            {
                return index..<verdict
            }
            index += 1
        }
        return nil
    }

    /// "called it false", "described the reports as baseless": the end of
    /// the verdict that follows a verdict verb within a few words.
    private func verdict(after index: Int, upperBound: Int) -> Int? {
        let limit = min(upperBound, index + 7)
        var cursor = index + 1
        while cursor < limit {
            if let match = lexicon.phrase(
                at: cursor, in: tokens, limit: upperBound,
                where: {
                    if case .verdict = $0 { return true }
                    return false
                })
            {
                return cursor + match.length
            }
            if document.classes[cursor].contains(.verdict) { return cursor + 1 }
            if tokens[cursor].isPunctuation(".") || tokens[cursor].isPunctuation(";") { return nil }
            cursor += 1
        }
        return nil
    }

    /// The earlier claims a denial disputes: those by other sources that
    /// share the most content words with it, or that name the denier (an
    /// accusation against them); failing that, the nearest earlier claim
    /// by someone else.
    private func disputed(by denial: Denial, deniers: [Int], claims: [Claim]) -> [String] {
        guard let denialIndex = claims.firstIndex(where: { $0.id == denial.claimID }) else { return [] }
        let denierIDs = Set(claims[denialIndex].sourceIDs)
        let denierNames = deniers.flatMap { entity in
            ([entities[entity].name] + entities[entity].aliases).flatMap { contentWords($0) }
        }
        let denialWords = Set(contentWords(denial.text)).subtracting(denierNames)
        var best: (score: Double, id: String)?
        var nearest: String?
        for claim in claims[..<denialIndex].reversed() where Set(claim.sourceIDs).isDisjoint(with: denierIDs) {
            if claim.denialID != nil { continue }
            if nearest == nil { nearest = claim.id }
            let words = Set(contentWords(claim.text))
            var score = Double(words.intersection(denialWords).count)
            if !Set(denierNames).isDisjoint(with: words) { score += 2 }
            // Closer claims win ties.
            score -= Double(denialIndex - (claims.firstIndex { $0.id == claim.id } ?? 0)) * 0.01
            if score >= 1, best == nil || score > best!.score { best = (score, claim.id) }
        }
        if let best { return [best.id] }
        return nearest.map { [$0] } ?? []
    }

    private func contentWords(_ text: String) -> [String] {
        var words: [String] = []
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, in: 0..<scalars.count, into: &tokens)
        for token in tokens where token.kind == .word && token.length >= 4 {
            let wordClass = lexicon.wordClass(token.key)
            guard wordClass.isDisjoint(with: [.determiner, .preposition, .conjunction, .auxiliary, .relative, .adverb]),
                lexicon.verb(token.key) == nil
            else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            // A crude stem: the first five letters, so "accused"/"accusation" meet.
            words.append(String(String(view).lowercased().prefix(5)))
        }
        return words
    }
}
