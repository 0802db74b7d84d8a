/// Splits a stretch of text into tokens in one pass over its scalars.
/// Words keep internal apostrophes ("don't"), hyphens ("Thomas-Greenfield")
/// and dotted initials ("U.S."); a possessive `'s` is a token of its own so
/// that "Trump's special envoy" can be read as two noun phrases.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>, into tokens: inout [Token]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = scalars[index]
            if isSpace(scalar) {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                index = scanWord(scalars, from: index, end: end, into: &tokens)
                continue
            }
            let start = index
            index += 1
            switch scalar.value {
            case 0x201C, 0x201E, 0x00AB, 0x2018:
                tokens.append(token(scalars, start, index, .openQuote))
            case 0x201D, 0x00BB:
                tokens.append(token(scalars, start, index, .closeQuote))
            case 0x27 where index < end && scalars[index] == "'":
                // Two apostrophes are one double quotation mark, as older
                // newspaper archives write them: ''It is over,'' she said.
                index += 1
                let kind: Token.Kind = opensQuote(scalars, at: start, lower: range.lowerBound) ? .openQuote : .closeQuote
                tokens.append(token(scalars, start, index, kind))
            case 0x2019, 0x27:
                // A lone apostrophe after a plural is a possessive
                // ("Reuters' report"); otherwise a single quotation mark.
                if start > range.lowerBound, scalars[start - 1] == "s" || scalars[start - 1] == "S",
                    index < end, isSpace(scalars[index])
                {
                    tokens.append(token(scalars, start, index, .possessive))
                } else if opensQuote(scalars, at: start, lower: range.lowerBound) {
                    tokens.append(token(scalars, start, index, .openQuote))
                } else {
                    tokens.append(token(scalars, start, index, .closeQuote))
                }
            case 0x22:
                let kind: Token.Kind = opensQuote(scalars, at: start, lower: range.lowerBound) ? .openQuote : .closeQuote
                tokens.append(token(scalars, start, index, kind))
            case 0x2013, 0x2014, 0x2015, 0x2212:
                tokens.append(token(scalars, start, index, .dash))
            case 0x2D:
                // "--" or a hyphen with space around it is a dash.
                while index < end && scalars[index] == "-" { index += 1 }
                tokens.append(token(scalars, start, index, .dash))
            case 0x2E where index + 1 < end && scalars[index] == "." && scalars[index + 1] == ".":
                index += 2
                tokens.append(token(scalars, start, index, .punctuation))
            default:
                tokens.append(token(scalars, start, index, .punctuation))
            }
        }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D }
        return scalar.properties.isWhitespace
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    /// Whether a straight or single quotation mark at `index` opens a
    /// quotation: it does at the start, after space, or after an opening
    /// bracket, dash or another quotation mark.
    private static func opensQuote(_ scalars: [Unicode.Scalar], at index: Int, lower: Int) -> Bool {
        guard index > lower else { return true }
        let previous = scalars[index - 1]
        if isSpace(previous) { return true }
        switch previous {
        case "(", "[", "{", "-", "\u{2013}", "\u{2014}", "\u{201C}", "\u{2018}", ":", "/": return true
        default: return false
        }
    }

    private static func scanWord(
        _ scalars: [Unicode.Scalar], from start: Int, end: Int, into tokens: inout [Token]
    ) -> Int {
        var index = start
        var hash = WordKey.offsetBasis
        let numeric = isDigit(scalars[start])
        var letterCount = 0
        var dottedInitials = false
        while index < end {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                WordKey.feed(scalar, into: &hash)
                letterCount += 1
                index += 1
                continue
            }
            let next = index + 1 < end ? scalars[index + 1] : " "
            switch scalar.value {
            case 0x27, 0x2019, 0x02BC:
                // "'s" closing a word is a possessive token of its own.
                if (next == "s" || next == "S"),
                    index + 2 >= end || !isWordScalar(scalars[index + 2])
                {
                    return finishWord(scalars, start, index, hash, numeric, &tokens, possessiveEnd: index + 2)
                }
                guard isWordScalar(next) && !numeric else { break }
                WordKey.feed("'", into: &hash)
                index += 1
                continue
            case 0x2D, 0x2010, 0x2011:
                guard isWordScalar(next) else { break }
                WordKey.feed("-", into: &hash)
                index += 1
                continue
            case 0x2E:
                // Decimals and versions: "1.2", "v2.0.1".
                if isDigit(next) && (numeric || isDigit(scalars[index - 1])) {
                    WordKey.feed(".", into: &hash)
                    index += 1
                    continue
                }
                // Dotted initials: "U.S.", "e.g.", "U.N.": single letters
                // separated by periods; the final period belongs to the word.
                if letterCount == 1 || dottedInitials {
                    if isWordScalar(next), index + 2 >= end || !isWordScalar(scalars[index + 2]) {
                        dottedInitials = true
                        WordKey.feed(".", into: &hash)
                        index += 1
                        letterCount = 0
                        continue
                    }
                    if dottedInitials {
                        WordKey.feed(".", into: &hash)
                        index += 1
                        return finishWord(scalars, start, index, hash, numeric, &tokens, possessiveEnd: nil)
                    }
                }
            case 0x2C:
                // Thousands separators: "55,000".
                if numeric && isDigit(next) {
                    WordKey.feed(",", into: &hash)
                    index += 1
                    continue
                }
            default:
                break
            }
            break
        }
        return finishWord(scalars, start, index, hash, numeric, &tokens, possessiveEnd: nil)
    }

    private static func finishWord(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ hash: UInt64, _ numeric: Bool,
        _ tokens: inout [Token], possessiveEnd: Int?
    ) -> Int {
        let first = scalars[start]
        tokens.append(
            Token(
                start: start, end: end, key: WordKey(value: hash), kind: numeric ? .number : .word, first: first,
                isCapitalized: isUppercase(first)))
        guard let possessiveEnd else { return end }
        tokens.append(
            Token(
                start: end, end: possessiveEnd, key: WordKey("'s"), kind: .possessive, first: scalars[end],
                isCapitalized: false))
        return possessiveEnd
    }

    private static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Token.Kind) -> Token {
        Token(
            start: start, end: end, key: WordKey(scalars[start..<end]), kind: kind, first: scalars[start],
            isCapitalized: false)
    }
}
