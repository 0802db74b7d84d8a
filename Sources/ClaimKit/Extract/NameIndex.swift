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
                        tokens[end].key == Document.keyOf || tokens[end].key == Document.keyFor,
                        document.isProper(end + 1)
                    {
                        end += 2
                    } else {
                        break
                    }
                }
                let run = index..<end
                index = end
                if isLoneDemonym(run, document) { continue }
                // "on Sunday", "in February": dates, not names.
                if run.allSatisfy({ document.classes[$0].contains(.timeWord) }) { continue }
                // Roles and determiners just before the name belong to its phrase.
                var start = run.lowerBound
                while start > sentence.tokens.lowerBound, tokens[start - 1].kind == .word,
                    !document.classes[start - 1].isDisjoint(with: [.role, .roleModifier, .title]),
                    !document.classes[start - 1].contains(.preposition)
                {
                    start -= 1
                }
                guard let reading = reader.reading(start..<run.upperBound), reading.reference == .name,
                    let entity = entities.resolve(reading, at: document.textRange(run))
                else { continue }
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
