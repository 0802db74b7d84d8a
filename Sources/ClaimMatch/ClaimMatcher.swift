import Foundation

/// Two claims found to state the same proposition (`match`) or one to
/// deny what the other states (`denial`). `first` < `second`, as indices
/// into the records given to the matcher.
public struct MatchLink: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case match
        case denial
    }

    public var first: Int
    public var second: Int
    public var kind: Kind
    /// How much of the two propositions' weighted terms they share, 0…1.
    public var score: Double
}

/// Finds the claims across articles that state the same proposition.
///
/// Terms are weighted by rarity (inverse document frequency over the
/// claims being matched), and two propositions match when the weight
/// they share, over a blend of their mean and smaller weight, reaches `threshold`
/// (or covers `coverage` of the smaller claim), they share `minimumSharedTerms`,
/// their quantities and years do not contradict, and they have the same
/// polarity (opposite polarity links them as a denial instead).
///
/// Candidates come from an inverted index over the claims' terms, looked
/// up by each claim's rarest terms (prefix filtering): a pair reaching the
/// threshold, or whose smaller claim the other covers, shares at least
/// `threshold` of the smaller claim's weight, so it shares one of its
/// rarest terms, and only those pairs are ever compared. A pair matched by
/// one covered sentence shares less (`sentenceShare` of the larger claim) and
/// is found only when that share holds one of those terms: looking up down
/// to that share made batch matching 2.5 times slower for no more links on
/// the benchmark. Library look-ups (`lookupTerms`) go down to `lookupShare`.
/// Terms carried by more than `maximumPosting` claims are too common to
/// look candidates up by, which keeps the work near-linear in the claims.
public struct ClaimMatcher: Sendable {
    public var threshold: Double
    public var minimumSharedTerms: Int
    /// Shared terms that are neither names nor numbers: two claims about
    /// the same people need a word of what is said of them in common.
    public var minimumSharedWords: Int
    public var maximumPosting: Int
    /// How much more a name weighs than another word of the same rarity.
    public var entityWeight: Double
    /// How far the score measures the smaller claim's share rather than the
    /// overlap of both: 0 is the Dice overlap, 1 the smaller claim's share.
    public var containment: Double
    /// A claim (or one of its sentences) this much of whose weight the other
    /// carries matches it, whatever else the other says ("revenues are up a
    /// little bit" inside a longer quotation), when they share
    /// `coverageWords` words…
    public var coverage: Double
    public var coverageWords: Int

    /// …and it weighs at least this share of the larger claim: so much that
    /// the weight it shares is what `threshold` asks of the larger's share
    /// too, and a look-up by either claim's rarest terms still finds the pair.
    var coverageRatio: Double { lookupShare / coverage }

    /// A covered sentence matches only when the claims share this much of
    /// the larger claim's weight too, as both weigh it: one sentence in
    /// common among several is not enough.
    public var sentenceShare: Double

    /// The least share of its weight a claim has in common with any claim it
    /// matches: the blended score reaching `threshold` asks at least this of
    /// the larger claim, and so do covering the smaller claim or a sentence.
    var lookupShare: Double { threshold * (1 - containment) / 2 }

    public init(
        threshold: Double = 0.6, containment: Double = 0.25, coverage: Double = 1, coverageWords: Int = 2, sentenceShare: Double = 0.35,
        minimumSharedTerms: Int = 2, minimumSharedWords: Int = 1, maximumPosting: Int = 100, entityWeight: Double = 1.5
    ) {
        self.coverage = coverage
        self.coverageWords = coverageWords
        self.sentenceShare = sentenceShare
        self.minimumSharedWords = minimumSharedWords
        self.threshold = threshold
        self.containment = containment
        self.minimumSharedTerms = minimumSharedTerms
        self.maximumPosting = maximumPosting
        self.entityWeight = entityWeight
    }

    /// Every match and denial between claims of different articles.
    public func links(_ records: [ClaimRecord]) -> [MatchLink] {
        links(records.map(\.proposition), groups: records.map(\.article))
    }

    /// Links between propositions whose `groups` (their articles) differ.
    public func links(_ propositions: [Proposition], groups: [String]) -> [MatchLink] {
        let table = TermTable(propositions)
        let weighted = propositions.indices.map { table.weighted(propositions[$0], entityWeight: entityWeight) }
        // Every claim is listed under all its terms; it looks others up by
        // its rarest terms only, enough that any claim it could match by its
        // score or by covering it shares one of them: what a claim leaves out
        // of its look-up weighs less than `threshold` of it.
        var postings = [[Int32]](repeating: [], count: table.count)
        for (index, terms) in weighted.enumerated() {
            for term in terms where table.frequency[term.id] > 1 { postings[term.id].append(Int32(index)) }
        }
        var links: [MatchLink] = []
        // A pair may be met from both sides; only its link is remembered,
        // so memory follows the links, not the comparisons.
        var linked = Set<UInt64>()
        var seen = Set<Int>()
        for (index, terms) in weighted.enumerated() {
            seen.removeAll(keepingCapacity: true)
            let total = terms.reduce(0) { $0 + $1.weight }
            var rest = total
            for term in terms {
                guard rest >= threshold * total - 1e-9 else { break }
                rest -= term.weight
                let posting = postings[term.id]
                if posting.count > maximumPosting { continue }
                for other in posting {
                    let other = Int(other)
                    guard other != index, groups[other] != groups[index], seen.insert(other).inserted else { continue }
                    let (low, high) = (min(index, other), max(index, other))
                    if let link = compare(table, weighted[low], propositions[low], weighted[high], propositions[high]),
                        linked.insert(UInt64(low) << 32 | UInt64(high)).inserted
                    {
                        links.append(MatchLink(first: low, second: high, kind: link.kind, score: link.score))
                    }
                }
            }
        }
        return links.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// Compares two propositions on their own, each term weighing alike
    /// (or a name `entityWeight`): for tests and single look-ups.
    public func compare(_ first: Proposition, _ second: Proposition) -> MatchLink.Kind? {
        let table = TermTable([first, second])
        let flat = { (proposition: Proposition) in
            table.weighted(proposition, entityWeight: entityWeight).map {
                WeightedTerm(id: $0.id, weight: $0.isWord || table.terms[$0.id].hasPrefix("#") ? 1 : entityWeight, isWord: $0.isWord)
            }
        }
        return compare(table, flat(first), first, flat(second), second)?.kind
    }

    func compare(
        _ table: TermTable, _ firstTerms: [WeightedTerm], _ first: Proposition, _ secondTerms: [WeightedTerm], _ second: Proposition
    ) -> (kind: MatchLink.Kind, score: Double)? {
        guard Self.agree(first.quantities, second.quantities), Self.agree(first.years, second.years) else { return nil }
        // Both lists are in the table's order (rarest first, then by id),
        // so their shared terms are found in one walk. A term may be a name
        // in one claim only, so each claim weighs what they share its way.
        var shared = 0.0
        var sharedSecond = 0.0
        var count = 0
        var words = 0
        var left = 0
        var right = 0
        while left < firstTerms.count && right < secondTerms.count {
            let a = firstTerms[left]
            let b = secondTerms[right]
            if a.id == b.id {
                shared += a.weight
                sharedSecond += b.weight
                count += 1
                if a.isWord { words += 1 }
                left += 1
                right += 1
            } else if table.precedes(a.id, b.id) {
                left += 1
            } else {
                right += 1
            }
        }
        guard count >= minimumSharedTerms, words >= minimumSharedWords else { return nil }
        let firstTotal = firstTerms.reduce(0) { $0 + $1.weight }
        let secondTotal = secondTerms.reduce(0) { $0 + $1.weight }
        // Between the Dice overlap (containment 0) and the share of the
        // smaller claim found in the larger (containment 1): a short claim
        // restating part of a long quotation still matches it.
        let (smaller, larger) = (min(firstTotal, secondTotal), max(firstTotal, secondTotal))
        let scale = (1 - containment) * (firstTotal + secondTotal) / 2 + containment * smaller
        var score = scale > 0 ? shared / scale : 0
        if score < threshold {
            if words >= coverageWords, shared >= coverage * smaller - 1e-9, smaller >= coverageRatio * larger {
                score = min(1, shared / smaller)
            } else if words >= coverageWords, shared >= sentenceShare * larger - 1e-9,
                sharedSecond >= sentenceShare * larger - 1e-9,
                let covered = sentenceCoverage(table, firstTerms, first, secondTerms, second, larger: larger)
            {
                score = covered
            } else {
                return nil
            }
        }
        guard first.negated || second.negated || !first.negations.isEmpty || !second.negations.isEmpty else {
            return (.match, score)
        }
        // Each negation counts only where the other claim states its clause.
        var weights: [String: Double] = [:]
        for term in firstTerms + secondTerms { weights[table.terms[term.id]] = term.weight }
        let common = Set(first.terms).intersection(second.terms)
        let weight = { (term: String) in weights[term] ?? 0 }
        let denies = first.negated(against: common, weight: weight) != second.negated(against: common, weight: weight)
        return (denies ? .denial : .match, score)
    }

    /// The share of a sentence of either claim that the other carries, when
    /// it carries `coverage` of one with `coverageWords` words and that
    /// sentence weighs `coverageRatio` of the larger claim.
    func sentenceCoverage(
        _ table: TermTable, _ firstTerms: [WeightedTerm], _ first: Proposition, _ secondTerms: [WeightedTerm],
        _ second: Proposition, larger: Double
    ) -> Double? {
        guard !first.sentences.isEmpty || !second.sentences.isEmpty else { return nil }
        let common = Set(first.terms).intersection(second.terms)
        for (terms, proposition) in [(firstTerms, first), (secondTerms, second)] where !proposition.sentences.isEmpty {
            var weights: [String: WeightedTerm] = [:]
            for term in terms { weights[table.terms[term.id]] = term }
            for sentence in proposition.sentences {
                var weight = 0.0
                var shared = 0.0
                var words = 0
                for term in sentence {
                    guard let found = weights[term] else { continue }
                    weight += found.weight
                    if common.contains(term) {
                        shared += found.weight
                        if found.isWord { words += 1 }
                    }
                }
                if weight >= coverageRatio * larger, shared >= coverage * weight - 1e-9, words >= coverageWords {
                    return min(1, shared / weight)
                }
            }
        }
        return nil
    }

    /// Numbers agree when either claim gives none or one claim's are all
    /// among the other's ("30 killed" and "30 killed, 12 wounded").
    static func agree(_ first: Set<String>, _ second: Set<String>) -> Bool {
        first.isEmpty || second.isEmpty || first.isSubset(of: second) || second.isSubset(of: first)
    }
}

struct WeightedTerm {
    var id: Int
    var weight: Double
    /// Neither a name nor a number: a word of what is said.
    var isWord: Bool
}

/// Every term of the propositions being matched, numbered, with the
/// number of propositions carrying it.
struct TermTable {
    var ids: [String: Int] = [:]
    var terms: [String] = []
    var frequency: [Int] = []
    let propositionCount: Int

    var count: Int { terms.count }

    init(_ propositions: [Proposition]) {
        for proposition in propositions {
            for term in proposition.terms {
                if let id = ids[term] {
                    frequency[id] += 1
                } else {
                    ids[term] = terms.count
                    terms.append(term)
                    frequency.append(1)
                }
            }
        }
        propositionCount = propositions.count
    }

    /// The terms of some propositions, each counted as a larger collection
    /// of `total` propositions counts it (`frequency`), and at least once.
    init(_ propositions: [Proposition], frequency counts: [String: Int], total: Int) {
        for proposition in propositions {
            for term in proposition.terms where ids[term] == nil {
                ids[term] = terms.count
                terms.append(term)
                frequency.append(max(1, counts[term] ?? 0))
            }
        }
        propositionCount = max(total, propositions.count)
    }

    /// The proposition's terms, rarest first, each weighted by its inverse
    /// document frequency (a name by `entityWeight` times that).
    func weighted(_ proposition: Proposition, entityWeight: Double) -> [WeightedTerm] {
        let total = Double(propositionCount + 1)
        return proposition.terms.compactMap { term -> WeightedTerm? in
            guard let id = ids[term] else { return nil }
            let rarity = log(total / Double(frequency[id])) + 1
            let isName = proposition.entities.contains(term)
            return WeightedTerm(id: id, weight: isName ? rarity * entityWeight : rarity, isWord: !isName && !term.hasPrefix("#"))
        }
        .sorted { precedes($0.id, $1.id) }
    }

    /// The order terms are looked up and compared in: rarest first, then by id.
    func precedes(_ first: Int, _ second: Int) -> Bool {
        frequency[first] != frequency[second] ? frequency[first] < frequency[second] : first < second
    }
}
