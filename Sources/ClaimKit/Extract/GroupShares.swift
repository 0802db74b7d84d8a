/// A share of a group that speaks for itself, as polls and counts are
/// reported: "7 percent said", "a third said", "most of them say", "the
/// majority told pollsters", "more than 4 in 10 said". Such a phrase is an unnamed group's; "one"
/// and "another" are left out, since on their own they name nobody a
/// reader could check.
struct GroupShares {
    let document: Document

    /// Words that stand for a part of a group on their own.
    static let shareWords = WordSet([
        "most", "many", "some", "all", "both", "several", "few", "others", "half", "third", "thirds", "quarter",
        "quarters", "majority", "minority", "two-thirds", "three-quarters", "plurality",
    ])

    private static let percentWords = WordSet(["percent", "pct"])
    /// Pronouns a share may be taken of: "most of them".
    private static let sharedPronouns = WordSet(["them", "us", "those"])
    private static let articles = WordSet(["a", "the"])
    private static let keyOf = WordKey("of")

    /// The share phrase that ends at `end`, starting no earlier than
    /// `lowerBound`: "7 percent", "a third", "most of them".
    func phrase(endingAt end: Int, lowerBound: Int) -> Range<Int>? {
        let tokens = document.tokens
        guard end >= lowerBound, tokens[end].kind == .word || tokens[end].kind == .punctuation || tokens[end].kind == .number
        else { return nil }
        var head = end
        if GroupShares.sharedPronouns.contains(tokens[end].key), end - 2 >= lowerBound, tokens[end - 1].key == GroupShares.keyOf {
            head = end - 2
        }
        guard let start = start(ofShare: head, lowerBound: lowerBound) else { return nil }
        return start..<(end + 1)
    }

    /// A group's phrase with the share taken of it before it: "voters"
    /// in "About 60 percent of voters" gives "60 percent of voters".
    func extending(_ group: Range<Int>, lowerBound: Int) -> Range<Int>? {
        let of = group.lowerBound - 1
        guard of - 1 >= lowerBound, document.tokens[of].key == GroupShares.keyOf,
            let start = start(ofShare: of - 1, lowerBound: lowerBound)
        else { return nil }
        return start..<group.upperBound
    }

    /// Whether `range` is a share phrase: what `phrase(endingAt:)` or
    /// `extending(_:lowerBound:)` finds.
    func isShare(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        if phrase(endingAt: last, lowerBound: range.lowerBound)?.lowerBound == range.lowerBound { return true }
        guard let of = range.firstIndex(where: { document.tokens[$0].key == GroupShares.keyOf }), of > range.lowerBound else {
            return false
        }
        return start(ofShare: of - 1, lowerBound: range.lowerBound) == range.lowerBound
    }

    /// A share word that opens its clause ("Many said", "…, but most
    /// say"), where it speaks rather than determines a noun ("some say in").
    func isShareOpeningClause(_ index: Int) -> Bool {
        let tokens = document.tokens
        guard tokens[index].kind == .word, GroupShares.shareWords.contains(tokens[index].key) else { return false }
        if document.sentences[document.sentenceOfToken[index]].tokens.lowerBound == index { return true }
        let before = tokens[index - 1]
        return before.isPunctuation(",") || before.isPunctuation(";") || before.kind == .word
            && GroupShares.clauseJoiners.contains(before.key)
    }

    private static let clauseJoiners = WordSet(["and", "but", "while", "yet", "whereas"])
    /// Words that round a count: "about 60 percent", "nearly half".
    private static let approximators = WordSet([
        "about", "nearly", "almost", "roughly", "around", "only", "just", "over", "under", "approximately", "some",
    ])

    /// Where a share headed at `head` starts: at its number for a
    /// percentage, at its article for "a third", at the word otherwise.
    private func start(ofShare head: Int, lowerBound: Int) -> Int? {
        let tokens = document.tokens
        let token = tokens[head]
        var start: Int
        if token.kind == .word && GroupShares.percentWords.contains(token.key) || token.isPunctuation("%") {
            guard head - 1 >= lowerBound, tokens[head - 1].kind == .number else { return nil }
            start = head - 1
        } else if token.kind == .word, !token.isCapitalized || document.sentences[document.sentenceOfToken[head]].tokens.lowerBound == head,
            GroupShares.shareWords.contains(token.key)
        {
            start = head
        } else if let count = countOfTotal(endingAt: head, lowerBound: lowerBound) {
            start = count
        } else {
            return nil
        }
        if start - 1 >= lowerBound, tokens[start - 1].kind == .word, GroupShares.articles.contains(tokens[start - 1].key) {
            start -= 1
        }
        if start - 1 >= lowerBound, tokens[start - 1].kind == .word, GroupShares.approximators.contains(tokens[start - 1].key) {
            start -= 1
        }
        // "more than half", "fewer than 4 in 10"
        if start - 2 >= lowerBound, tokens[start - 1].key == GroupShares.keyThan,
            GroupShares.comparatives.contains(tokens[start - 2].key)
        {
            start -= 2
        }
        return start
    }

    private static let keyThan = WordKey("than")
    private static let comparatives = WordSet(["more", "fewer", "less"])
    private static let keyIn = WordKey("in")
    private static let keyOut = WordKey("out")
    /// The counts a poll's "N in 10" is written with in words: "Six in 10".
    private static let smallNumbers = WordSet(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])

    /// "4 in 10", "six out of 10", "nine in ten": a count of a total,
    /// ending at the total; its start, or nil.
    private func countOfTotal(endingAt total: Int, lowerBound: Int) -> Int? {
        let tokens = document.tokens
        guard isCount(total) else { return nil }
        var joiner = total - 1
        if joiner - 1 >= lowerBound, tokens[joiner].key == GroupShares.keyOf, tokens[joiner - 1].key == GroupShares.keyOut {
            joiner -= 1
        } else if tokens[joiner].key != GroupShares.keyIn {
            return nil
        }
        let count = joiner - 1
        guard count >= lowerBound, isCount(count) else { return nil }
        return count
    }

    private func isCount(_ index: Int) -> Bool {
        let token = document.tokens[index]
        return token.kind == .number || token.kind == .word && GroupShares.smallNumbers.contains(token.key)
    }
}
