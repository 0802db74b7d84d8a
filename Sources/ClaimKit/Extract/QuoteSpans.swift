/// Where the article quotes someone: pairs of opening and closing
/// quotation marks, by token. A quotation left open at the end of a
/// paragraph continues into the next when that paragraph closes it
/// without opening one (the "Quote:" line followed by its second half);
/// otherwise the paragraph's end closes it. A single quotation still open
/// at the paragraph's end is closed by the last plural apostrophe inside it
/// ("‘categorically rejects’ the charge"), which is then a closing mark.
struct QuoteSpans {
    struct Span {
        /// Token index of the opening mark (or of the paragraph's first
        /// token, when the quotation was carried over from the last one).
        var open: Int
        /// Token index of the closing mark, or of the paragraph's last token.
        var close: Int
        /// Words between the marks.
        var wordCount: Int
        var isClosed: Bool
    }

    private(set) var spans: [Span] = []
    /// For each token, the index of the span containing it strictly
    /// between its marks, or -1.
    private(set) var spanOfToken: [Int]

    init(tokens: inout [Token], sentences: [Sentence], blocks: [Block]) {
        spanOfToken = [Int](repeating: -1, count: tokens.count)
        // Token ranges of each block, in order.
        var blockRanges: [(block: Int, range: Range<Int>)] = []
        for sentence in sentences {
            if let last = blockRanges.last, last.block == sentence.block {
                blockRanges[blockRanges.count - 1].range = last.range.lowerBound..<sentence.tokens.upperBound
            } else {
                blockRanges.append((sentence.block, sentence.tokens))
            }
        }
        var carried = false
        for (position, entry) in blockRanges.enumerated() {
            guard blocks[entry.block].kind.isProse || blocks[entry.block].kind == .sourceline else {
                carried = false
                continue
            }
            // The open quotation, and whether its marks are single (‘ ’ ')
            // or double: a single-quoted phrase inside a double-quoted
            // statement must not close it.
            var open: (index: Int, single: Bool)? = carried ? (entry.range.lowerBound, false) : nil
            carried = false
            var apostrophe: Int?
            for index in entry.range where tokens[index].isQuote || isLoneApostrophe(tokens[index]) {
                if !tokens[index].isQuote {
                    if open?.single == true { apostrophe = index }
                    continue
                }
                // Two apostrophes ('') are one double mark.
                let single = QuoteSpans.isSingle(tokens[index].first) && tokens[index].length == 1
                if tokens[index].kind == .openQuote {
                    if open == nil { open = (index, single) }
                } else if let current = open, current.single == single || index == entry.range.upperBound - 1 {
                    record(current.index, index, tokens, closed: true)
                    open = nil
                    apostrophe = nil
                }
            }
            if let current = open, current.single, let apostrophe {
                tokens[apostrophe].kind = .closeQuote
                record(current.index, apostrophe, tokens, closed: true)
                open = nil
            }
            if let current = open {
                record(current.index, entry.range.upperBound - 1, tokens, closed: false)
                if position + 1 < blockRanges.count, closesWithoutOpening(blockRanges[position + 1].range, tokens) {
                    carried = true
                }
            }
        }
    }

    /// A plural's possessive apostrophe ("rejects’ "), which may close a quotation.
    private func isLoneApostrophe(_ token: Token) -> Bool {
        token.kind == .possessive && token.end - token.start == 1
    }

    private static func isSingle(_ mark: Unicode.Scalar) -> Bool {
        mark == "\u{2018}" || mark == "\u{2019}" || mark == "'"
    }

    private func closesWithoutOpening(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        for index in range {
            if tokens[index].kind == .openQuote { return false }
            if tokens[index].kind == .closeQuote { return true }
        }
        return false
    }

    private mutating func record(_ open: Int, _ close: Int, _ tokens: [Token], closed: Bool) {
        guard close >= open else { return }
        let spanIndex = spans.count
        var words = 0
        let inner = tokens[open].kind == .openQuote ? open + 1 : open
        if inner <= close {
            for index in inner...close where tokens[index].kind == .word || tokens[index].kind == .number {
                words += 1
                spanOfToken[index] = spanIndex
            }
            for index in inner...close where spanOfToken[index] == -1 && tokens[index].kind != .closeQuote {
                spanOfToken[index] = spanIndex
            }
        }
        spans.append(Span(open: open, close: close, wordCount: words, isClosed: closed))
    }

    func isQuoted(_ token: Int) -> Bool { spanOfToken[token] >= 0 }

    func span(containing token: Int) -> Span? {
        let index = spanOfToken[token]
        return index >= 0 ? spans[index] : nil
    }

    /// A quotation long enough to be a statement, not a scare-quoted phrase.
    static let minimumStatementWords = 5
}
