/// The words of a text with their offsets in Unicode scalars, so that a
/// sentence annotated against one rendering of an article (the file as
/// published) can be found in another (the parser's normalised text, where
/// `''` became `"` and spacing may differ). Only letters and digits count.
struct WordAlignment {
    struct Word: Equatable {
        var key: String
        var start: Int
        var end: Int
        static func == (lhs: Word, rhs: Word) -> Bool { lhs.key == rhs.key }
    }

    let words: [Word]

    init<S: Collection>(_ scalars: S) where S.Element == Unicode.Scalar, S.Index == Int {
        var words: [Word] = []
        var start: Int?
        var key = ""
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if start == nil { start = index }
                key.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if let begun = start {
                words.append(Word(key: key, start: begun, end: index))
                start = nil
                key = ""
            }
        }
        if let begun = start { words.append(Word(key: key, start: begun, end: scalars.endIndex)) }
        self.words = words
    }

    /// The extent, in this text's scalars, of the run of words that opens
    /// and closes like `sentence` (four words at each end, so a word the
    /// parser repaired inside, such as mojibake, does not lose the sentence),
    /// searching outward from the word nearest `offset` so that a sentence
    /// printed twice in an article is found where it was annotated.
    func range(of sentence: WordAlignment, near offset: Int) -> Range<Int>? {
        let wanted = sentence.words
        let anchor = min(4, wanted.count)
        guard anchor > 0, anchor <= words.count else { return nil }
        let last = words.count - anchor
        let origin = min(last, words.firstIndex { $0.start >= offset } ?? last)
        for distance in 0...max(origin, last - origin) {
            for start in [origin - distance, origin + distance] where start >= 0 && start <= last {
                guard words[start..<(start + anchor)].elementsEqual(wanted.prefix(anchor)) else { continue }
                let expected = start + wanted.count
                let ends = (max(start + anchor, expected - Self.slack)...min(words.count, expected + Self.slack))
                    .sorted { abs($0 - expected) < abs($1 - expected) }
                if let end = ends.first(where: { words[($0 - anchor)..<$0].elementsEqual(wanted.suffix(anchor)) }) {
                    return words[start].start..<words[end - 1].end
                }
            }
        }
        return nil
    }

    /// How many words the parser's text may gain or lose inside a sentence.
    static let slack = 6
}
