/// Every proper name in the article, registered with the entity table in
/// reading order before any attribution is read, so that a surname, a
/// pronoun or "the company" can find the full name it stands for even
/// when that name appeared outside any claim.
struct NameIndex {
    struct Mention {
        var entity: Int
        var token: Int
        /// Other entities joined to this one by "and" ("Senator Elizabeth
        /// Warren and congresswoman Alexandria Ocasio-Cortez").
        var coordinated: [Int]
    }

    /// Name mentions per sentence, in order.
    private(set) var mentions: [[Mention]]

    init(document: Document, reader: PhraseReader, entities: inout EntityTable) {
        mentions = Array(repeating: [], count: document.sentences.count)
        let tokens = document.tokens
        var readForms: [[WordKey]: Int] = [:]
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let kind = document.block(ofSentence: sentenceIndex).kind
            guard kind.isProse || kind == .sourceline || kind == .heading else { continue }
            var index = sentence.tokens.lowerBound
            var previousMention: (entity: Int, end: Int)?
            while index < sentence.tokens.upperBound {
                guard document.isProper(index) || document.isNameParticle(index) && index + 1 < sentence.tokens.upperBound
                    && document.isProper(index + 1)
                else {
                    index += 1
                    continue
                }
                // The run of capitalised words, with connectors inside it.
                var end = index + 1
                while end < sentence.tokens.upperBound {
                    if document.isProper(end) || document.isNameParticle(end) {
                        end += 1
                    } else if end + 1 < sentence.tokens.upperBound, tokens[end].kind == .word,
                        tokens[end].key == Document.keyFor
                            // "Ministry of Defence", "Secretary of State"; not "Jens Aakre of Lofthus Capital".
                            || tokens[end].key == Document.keyOf
                                && (document.lexicon.organizationKind(tokens[end - 1].key) != nil
                                    || !document.classes[end - 1].isDisjoint(with: [.title, .role])),
                        document.isProper(end + 1)
                    {
                        end += 2
                    } else if end + 1 < sentence.tokens.upperBound, tokens[end].kind == .possessive,
                        document.isProper(end + 1), document.lexicon.organizationKind(tokens[end + 1].key) != nil
                            || end + 2 < sentence.tokens.upperBound && document.isProper(end + 2)
                                && document.lexicon.organizationKind(tokens[end + 2].key) != nil,
                        document.lexicon.place(tokens[end - 1].key) == nil
                    {
                        // "Northern Food Workers' Federation", "Halloway County Sheriff's Office"
                        end += 1
                    } else if end + 1 < sentence.tokens.upperBound, tokens[end].isPunctuation("&"),
                        document.isProper(end + 1)
                    {
                        // "Pell & Strand Civil"
                        end += 2
                    } else {
                        break
                    }
                }
                // A body named by a proper name and a common noun: "Marlow
                // County health department".
                var tail = end
                while tail < sentence.tokens.upperBound, tail < end + 3, tokens[tail].kind == .word,
                    !tokens[tail].isCapitalized,
                    document.lexicon.organizationKind(tokens[tail].key) != nil || document.classes[tail].contains(.title)
                {
                    tail += 1
                }
                while tail > end, document.lexicon.organizationKind(tokens[tail - 1].key) == nil { tail -= 1 }
                let run = index..<end
                let named = run.lowerBound..<max(tail, end)
                index = end
                if isLoneDemonym(run, document) { continue }
                // "on Sunday", "in February": dates, not names.
                if run.allSatisfy({ document.classes[$0].contains(.timeWord) }) { continue }
                // Roles and determiners just before the name belong to its phrase.
                var start = run.lowerBound
                while start > sentence.tokens.lowerBound, tokens[start - 1].kind == .word,
                    !document.classes[start - 1].isDisjoint(with: [.role, .title]),
                    !document.classes[start - 1].contains(.preposition)
                {
                    start -= 1
                }
                if tail > end { index = tail }
                // A name met before in the same words is the same entity:
                // read each form once.
                let form = start..<named.upperBound
                let formKey = form.map { tokens[$0].key }
                let entity: Int
                if let known = readForms[formKey] {
                    entity = entities.current(known)
                    entities.note(mention: document.textRange(run), of: entity)
                } else {
                    guard let reading = reader.reading(form), reading.reference == .name,
                        let resolved = entities.resolve(reading, at: document.textRange(run))
                    else { continue }
                    entity = resolved
                    readForms[formKey] = resolved
                }
                noteKindEvidence(for: entity, after: run.upperBound, in: sentence.tokens, document, &entities)
                if !document.isSentenceInitial(run.lowerBound) { entities.markCappedInsideSentence(entity) }
                // A name opening its clause is what the sentence is about —
                // in the body; a headline's capitals say too little.
                if start == sentence.tokens.lowerBound || tokens[start - 1].isPunctuation(","),
                    document.article.blocks[sentence.block].kind != .title
                {
                    entities.markSubject(entity)
                }
                var mention = Mention(entity: entity, token: run.lowerBound, coordinated: [])
                if let previous = previousMention, previous.end + 1 <= start,
                    tokens[previous.end].kind == .word, tokens[previous.end].key == Document.keyAnd,
                    (previous.end + 1..<start).allSatisfy({ !document.classes[$0].isDisjoint(with: [.role, .roleModifier, .title]) })
                {
                    mention.coordinated = [previous.entity]
                    if var last = mentions[sentenceIndex].popLast() {
                        last.coordinated.append(entity)
                        mentions[sentenceIndex].append(last)
                    }
                }
                mentions[sentenceIndex].append(mention)
                previousMention = (entity, run.upperBound)
            }
        }
    }

    /// A name followed closely by "its" names a body ("Halvorsen Outdoor
    /// cut its forecast"); by "his" or "her", a person of that gender.
    private func noteKindEvidence(
        for entity: Int, after end: Int, in sentence: Range<Int>, _ document: Document, _ entities: inout EntityTable
    ) {
        guard entities[entity].kind == .unknown || entities[entity].kind == .person && entities[entity].gender == nil
        else { return }
        for index in end..<min(sentence.upperBound, end + 6) {
            let token = document.tokens[index]
            if token.isPunctuation(",") || token.kind == .openQuote || document.isProper(index) { return }
            guard token.kind == .word else { continue }
            switch token.key {
            case NameIndex.its:
                if entities[entity].kind == .unknown { entities.setKind(.organization, of: entity) }
                return
            case NameIndex.his:
                entities.setKind(.person, of: entity)
                entities.setGender(.male, of: entity)
                return
            default:
                continue
            }
        }
    }

    private static let its = WordKey("its")
    private static let his = WordKey("his")

    /// "Russian" in "Russian officials" is an adjective, not a mention of Russia.
    private func isLoneDemonym(_ run: Range<Int>, _ document: Document) -> Bool {
        guard run.count == 1, let place = document.lexicon.place(document.tokens[run.lowerBound].key) else {
            return false
        }
        let word = document.text(run.lowerBound).lowercased()
        let entry = document.lexicon.places[place]
        return entry.demonyms.contains { $0.lowercased() == word } && entry.name.lowercased() != word
    }
}
