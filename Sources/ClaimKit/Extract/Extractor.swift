/// Runs the extraction stages over one article: names, attributions,
/// pronouns, claims, denials, sources.
struct Extractor {
    let lexicon: Lexicon
    let article: Article

    func run() -> Analysis {
        let document = Document(lexicon: lexicon, article: article)
        let reader = PhraseReader(document: document)
        let finder = FrameFinder(document: document)
        var entities = EntityTable()
        let names = NameIndex(document: document, reader: reader, entities: &entities)
        let declared = DeclaredSource(document: document, finder: finder, entities: &entities)
        var attribution = Attribution(
            document: document, finder: finder, names: names, declared: declared, entities: entities)
        let statements = attribution.statements()
        var builder = ClaimBuilder(document: document, entities: attribution.entities)
        return builder.analysis(of: statements, article: article)
    }
}

/// The article's own declaration of where its reporting comes from: a
/// `Source: der Spiegel, citing several sources` line. Hedged and quoted
/// statements with no speaker of their own are the declared source's,
/// except under a background heading.
struct DeclaredSource {
    var entity: Int?
    var cited: [Int] = []

    init(document: Document, finder: FrameFinder, entities: inout EntityTable) {
        guard let sentenceIndex = document.sentences.indices.first(where: {
            document.block(ofSentence: $0).kind == .sourceline
        }) else { return }
        let sentence = document.sentences[sentenceIndex]
        let phrases = finder.phrases
        guard let phrase = phrases.phrase(startingAt: sentence.tokens.lowerBound, upperBound: sentence.tokens.upperBound),
            let reading = finder.reader.readings(phrase).first,
            let index = entities.resolve(reading, at: document.textRange(phrase))
        else { return }
        entity = index
        // The line as written ("Syniehubov on Telegram"), without what it cites.
        var end = sentence.tokens.upperBound
        for token in sentence.tokens where document.tokens[token].key == Document.keyCiting {
            end = token
            break
        }
        while end > phrase.upperBound, document.tokens[end - 1].kind == .punctuation { end -= 1 }
        let line = document.text(sentence.tokens.lowerBound..<end)
        if line != reading.surface { entities.addAlias(line, to: index) }
        for token in sentence.tokens where document.tokens[token].key == Document.keyCiting {
            if let citedPhrase = phrases.phrase(startingAt: token + 1, upperBound: sentence.tokens.upperBound),
                let citedReading = finder.reader.readings(citedPhrase).first,
                let citedEntity = entities.resolve(citedReading, at: document.textRange(citedPhrase))
            {
                cited.append(citedEntity)
            }
        }
    }

    /// The declared source, if it speaks for a sentence in `block`.
    func speaks(for block: Block) -> Int? {
        block.inBackground ? nil : entity
    }
}
