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
/// they share, over a blend of their mean and smaller weight, reaches `threshold`, they share `minimumSharedTerms`,
/// their quantities and years do not contradict, and they have the same
/// polarity (opposite polarity links them as a denial instead).
///
/// Candidates come from an inverted index over the claims' terms, looked
/// up by each claim's rarest terms (prefix filtering): a pair reaching the
/// threshold must share one of the smaller claim's rarest terms, so only
/// those pairs are ever compared.
/// Terms carried by more than `maximumPosting` claims are too common to
/// look candidates up by, which keeps the work near-linear in the claims.
public struct ClaimMatcher: Sendable {
    public var threshold: Double
    public var minimumSharedTerms: Int
    public var maximumPosting: Int
    /// How much more a name weighs than another word of the same rarity.
    public var entityWeight: Double
    /// How far the score measures the smaller claim's share rather than the
    /// overlap of both: 0 is the Dice overlap, 1 the smaller claim's share.
    public var containment: Double

    public init(
        threshold: Double = 0.6, containment: Double = 0.25, minimumSharedTerms: Int = 2, maximumPosting: Int = 2_000,
        entityWeight: Double = 1.5
    ) {
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
        // its rarest terms only, enough that any claim it could match shares
        // one of them: the score is at most the shared weight over the
        // smaller claim's, so what a claim leaves out of its look-up must
        // weigh less than `threshold` of it.
        var postings = [[Int32]](repeating: [], count: table.count)
        for (index, terms) in weighted.enumerated() {
            for term in terms where table.frequency[term.id] > 1 { postings[term.id].append(Int32(index)) }
        }
        var links: [MatchLink] = []
        var compared = Set<UInt64>()
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
                    guard compared.insert(UInt64(low) << 32 | UInt64(high)).inserted else { continue }
                    if let link = compare(weighted[low], propositions[low], weighted[high], propositions[high]) {
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
                WeightedTerm(id: $0.id, weight: proposition.entities.contains(table.terms[$0.id]) ? entityWeight : 1)
            }
        }
        return compare(flat(first), first, flat(second), second)?.kind
    }

    private func compare(
        _ firstTerms: [WeightedTerm], _ first: Proposition, _ secondTerms: [WeightedTerm], _ second: Proposition
    ) -> (kind: MatchLink.Kind, score: Double)? {
        guard Self.agree(first.quantities, second.quantities), Self.agree(first.years, second.years) else { return nil }
        let weights = Dictionary(uniqueKeysWithValues: secondTerms.map { ($0.id, $0.weight) })
        var shared = 0.0
        var count = 0
        for term in firstTerms where weights[term.id] != nil {
            shared += term.weight
            count += 1
        }
        guard count >= minimumSharedTerms else { return nil }
        let firstTotal = firstTerms.reduce(0) { $0 + $1.weight }
        let secondTotal = secondTerms.reduce(0) { $0 + $1.weight }
        // Between the Dice overlap (containment 0) and the share of the
        // smaller claim found in the larger (containment 1): a short claim
        // restating part of a long quotation still matches it.
        let scale = (1 - containment) * (firstTotal + secondTotal) / 2 + containment * min(firstTotal, secondTotal)
        let score = scale > 0 ? shared / scale : 0
        guard score >= threshold else { return nil }
        return (first.negated == second.negated ? .match : .denial, score)
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

    /// The proposition's terms, rarest first, each weighted by its inverse
    /// document frequency (a name by `entityWeight` times that).
    func weighted(_ proposition: Proposition, entityWeight: Double) -> [WeightedTerm] {
        let total = Double(propositionCount + 1)
        return proposition.terms.compactMap { term -> WeightedTerm? in
            guard let id = ids[term] else { return nil }
            let rarity = log(total / Double(frequency[id])) + 1
            return WeightedTerm(id: id, weight: proposition.entities.contains(term) ? rarity * entityWeight : rarity)
        }
        .sorted { frequency[$0.id] != frequency[$1.id] ? frequency[$0.id] < frequency[$1.id] : $0.id < $1.id }
    }
}
