/// Pairs claims whose words changed with the marks recorded for their
/// earlier text. A fingerprint changes with any change of wording, so an
/// edited claim (a figure corrected, a word added) comes back under a new
/// fingerprint; its old mark should follow it, flagged as stale, rather
/// than vanish.
enum StaleMatcher {
    /// How much of their wording two texts must share, as a Dice
    /// coefficient over their sets of words, to count as one claim edited.
    static let minimumSimilarity = 0.5

    /// For each current claim (without a mark of its own) that reads like
    /// an earlier, marked claim text no longer in the article: the earlier
    /// fingerprint. Each earlier text goes to at most one claim, the most
    /// similar first.
    static func match(
        unmarked: [(fingerprint: String, text: String)], earlier: [(fingerprint: String, text: String)]
    ) -> [String: String] {
        guard !unmarked.isEmpty, !earlier.isEmpty else { return [:] }
        let earlierWords = earlier.map { words(of: $0.text) }
        var candidates: [(score: Double, current: Int, earlier: Int)] = []
        for (currentIndex, claim) in unmarked.enumerated() {
            let currentWords = words(of: claim.text)
            for (earlierIndex, previous) in earlierWords.enumerated() {
                let score = similarity(currentWords, previous)
                if score >= minimumSimilarity { candidates.append((score, currentIndex, earlierIndex)) }
            }
        }
        // Ties go to reading order, so the result does not depend on sorting stability.
        candidates.sort { ($0.score, -$0.current, -$0.earlier) > ($1.score, -$1.current, -$1.earlier) }
        var matches: [String: String] = [:]
        var usedEarlier = Set<Int>()
        for candidate in candidates
        where matches[unmarked[candidate.current].fingerprint] == nil && !usedEarlier.contains(candidate.earlier) {
            matches[unmarked[candidate.current].fingerprint] = earlier[candidate.earlier].fingerprint
            usedEarlier.insert(candidate.earlier)
        }
        return matches
    }

    static func words(of text: String) -> Set<String> {
        var words = Set<String>()
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if !word.isEmpty {
                words.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }

    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
