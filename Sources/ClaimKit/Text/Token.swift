/// One token of an article: a word, a number or a punctuation mark, by
/// its scalar range in the article text. Lexicon facts about the word are
/// attached later by the extractor.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        /// `'s`, `’s` or a lone `'` after a plural: "Trump's", "Reuters'".
        case possessive
        case openQuote
        case closeQuote
        /// A dash standing between words: ` - `, `–`, `—`.
        case dash
        case punctuation
    }

    var start: Int
    var end: Int
    var key: WordKey
    var kind: Kind
    /// The first scalar, for punctuation tests without building strings.
    var first: Unicode.Scalar
    /// First letter upper-case (words only).
    var isCapitalized: Bool

    var isWord: Bool { kind == .word || kind == .number }
    var isQuote: Bool { kind == .openQuote || kind == .closeQuote }
    var length: Int { end - start }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && first == scalar
    }
}
