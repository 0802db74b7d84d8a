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
/// `Source: der Spiegel, citing several sources` line, perhaps naming
/// several (`Source: StavEnergo on Telegram; Oleksandr Prykhodko`).
/// Hedged statements with no speaker of their own are the first
/// declared source's, and quotations after `Quote:` the first person's,
/// except under a background heading.
struct DeclaredSource {
    var entities: [Int] = []
    var cited: [Int] = []
    private var quoteSpeaker: Int?

    init(document: Document, finder: FrameFinder, entities table: inout EntityTable) {
        guard let sentenceIndex = document.sentences.indices.first(where: {
            document.block(ofSentence: $0).kind == .sourceline
        }) else { return }
        let sentence = document.sentences[sentenceIndex]
        let tokens = document.tokens
        // Each part between semicolons names one source.
        var parts: [Range<Int>] = []
        var start = sentence.tokens.lowerBound
        for index in sentence.tokens where tokens[index].isPunctuation(";") {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<sentence.tokens.upperBound)
        for part in parts where !part.isEmpty {
            guard let phrase = finder.phrases.phrase(startingAt: part.lowerBound, upperBound: part.upperBound),
                let reading = finder.reader.readings(phrase).first,
                let entity = table.resolve(reading, at: document.textRange(phrase))
            else { continue }
            entities.append(entity)
            if quoteSpeaker == nil, table[entity].kind == .person { quoteSpeaker = entity }
            // The part as written ("Syniehubov on Telegram"), without what it cites.
            var end = part.upperBound
            if let citing = part.first(where: { tokens[$0].key == Document.keyCiting }) { end = citing }
            while end > phrase.upperBound, tokens[end - 1].kind == .punctuation { end -= 1 }
            let written = document.text(part.lowerBound..<end)
            if written != reading.surface { table.addAlias(written, to: entity) }
            for index in part where tokens[index].key == Document.keyCiting {
                if let citedPhrase = finder.phrases.phrase(startingAt: index + 1, upperBound: part.upperBound),
                    let citedReading = finder.reader.readings(citedPhrase).first,
                    let citedEntity = table.resolve(citedReading, at: document.textRange(citedPhrase))
                {
                    cited.append(citedEntity)
                }
            }
        }
    }

    /// The declared source, if it speaks for a sentence in `block`.
    func speaks(for block: Block) -> Int? {
        block.inBackground ? nil : entities.first
    }

    /// Who speaks a quotation under a `Quote:` marker in `block`.
    func quoteSpeaker(for block: Block) -> Int? {
        block.inBackground ? nil : quoteSpeaker ?? entities.first
    }
}
