/// One sentence: its block, its tokens (indices into the article's token
/// array) and its text range.
struct Sentence: Sendable {
    var block: Int
    var tokens: Range<Int>
    var range: TextRange
}

/// Tokenizes an article block by block and splits each block into
/// sentences. A period ends a sentence unless it closes an abbreviation
/// ("Gen.", "Jan."), an initial ("J. K."), a number or a dotted acronym
/// that the next word shows is mid-sentence ("U.S. President"); closing
/// quotes and brackets after the stop stay with the sentence they close;
/// the next sentence must start like one (capital, digit, quote).
struct SentenceSplitter {
    let lexicon: Lexicon

    func split(_ article: Article) -> (tokens: [Token], sentences: [Sentence]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(article.scalars.count / 5)
        var sentences: [Sentence] = []
        for (blockIndex, block) in article.blocks.enumerated() {
            let content = block.contentRange
            let first = tokens.count
            Tokenizer.tokenize(article.scalars, in: content.start..<content.end, into: &tokens)
            let last = tokens.count
            guard first < last else { continue }
            // Headlines and headings are one sentence however they are punctuated.
            if block.kind == .title || block.kind == .heading {
                sentences.append(sentence(blockIndex, first..<last, tokens))
                continue
            }
            var start = first
            var index = first
            while index < last {
                if let end = boundary(after: index, in: tokens, blockStart: first, blockEnd: last, article.scalars) {
                    sentences.append(sentence(blockIndex, start..<end, tokens))
                    start = end
                    index = end
                } else {
                    index += 1
                }
            }
            if start < last { sentences.append(sentence(blockIndex, start..<last, tokens)) }
        }
        return (tokens, sentences)
    }

    private func sentence(_ block: Int, _ range: Range<Int>, _ tokens: [Token]) -> Sentence {
        Sentence(block: block, tokens: range, range: TextRange(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end))
    }

    /// If the token at `index` ends a sentence, the index of the first
    /// token after the sentence (after any closing quotes or brackets).
    private func boundary(
        after index: Int, in tokens: [Token], blockStart: Int, blockEnd: Int, _ scalars: [Unicode.Scalar]
    ) -> Int? {
        let token = tokens[index]
        let isAcronym = token.kind == .word && token.length > 2 && scalars[token.end - 1] == "."
        let isStop: Bool
        if token.kind == .punctuation {
            switch token.first {
            case ".", "!", "?", "\u{2026}": isStop = true
            default: isStop = false
            }
        } else {
            isStop = false
        }
        guard isStop || isAcronym else { return nil }
        var end = index + 1
        while end < blockEnd, tokens[end].kind == .closeQuote || tokens[end].isPunctuation(")")
            || tokens[end].isPunctuation("]")
        {
            end += 1
        }
        guard end < blockEnd else { return nil }  // the block's end closes the sentence anyway
        let next = tokens[end]
        let nextClass = lexicon.wordClass(next.key)
        // A dash after a quotation names its speaker ("…” – Erik Lund"): same sentence.
        guard next.isCapitalized || next.kind == .number || next.kind == .openQuote || next.isPunctuation("(")
        else { return nil }
        if isAcronym {
            return nextClass.contains(.sentenceStarter) || next.kind == .openQuote ? end : nil
        }
        guard token.first == "." && token.length == 1, index > blockStart else { return end }
        let previous = tokens[index - 1]
        guard previous.end == token.start, previous.kind == .word else { return end }
        let previousClass = lexicon.wordClass(previous.key)
        if previousClass.contains(.abbreviation) {
            if previousClass.contains(.abbreviationNeedsNumber) { return next.kind == .number ? nil : end }
            if previousClass.contains(.abbreviationMayEnd) { return nextClass.contains(.sentenceStarter) ? end : nil }
            return nil
        }
        // An initial: "J. K. Rowling", "Donald J. Trump" — but "Plan A. The
        // minister said" ends at the letter.
        if previous.length == 1 && previous.isCapitalized { return nextClass.contains(.sentenceStarter) ? end : nil }
        return end
    }
}
