import Foundation

/// A claim being looked up found to match (or deny) a claim of a library.
public struct LookupLink: Hashable, Sendable {
    /// Index into the claims looked up.
    public var query: Int
    /// Index into the candidates.
    public var candidate: Int
    public var kind: MatchLink.Kind
    public var score: Double
}

extension ClaimMatcher {
    /// Matches some claims against candidates from a larger library
    /// without matching the library itself: terms weigh by how many of the
    /// library's `total` claims carry them (`frequency`, as the library
    /// counts them), so a claim scores as it would among the whole library.
    /// Candidates of the same group (article) as a query are never linked to it.
    public func lookup(
        _ queries: [ClaimRecord], among candidates: [ClaimRecord], frequency: [String: Int], total: Int
    ) -> [LookupLink] {
        lookup(
            queries.map(\.proposition), groups: queries.map(\.article), among: candidates.map(\.proposition),
            groups: candidates.map(\.article), frequency: frequency, total: total)
    }

    /// `lookup` on propositions alone, each with its group (its article).
    public func lookup(
        _ queries: [Proposition], groups queryGroups: [String], among candidates: [Proposition],
        groups candidateGroups: [String], frequency: [String: Int], total: Int
    ) -> [LookupLink] {
        let propositions = queries + candidates
        let table = TermTable(propositions, frequency: frequency, total: total)
        let weighted = propositions.map { table.weighted($0, entityWeight: entityWeight) }
        var postings: [Int: [Int]] = [:]
        for index in candidates.indices {
            for term in weighted[queries.count + index] { postings[term.id, default: []].append(index) }
        }
        var links: [LookupLink] = []
        for query in queries.indices {
            var seen = Set<Int>()
            for term in weighted[query] where table.frequency[term.id] <= maximumPosting {
                for candidate in postings[term.id] ?? [] where seen.insert(candidate).inserted {
                    let other = queries.count + candidate
                    guard candidateGroups[candidate] != queryGroups[query],
                        let link = compare(table, weighted[query], propositions[query], weighted[other], propositions[other])
                    else { continue }
                    links.append(LookupLink(query: query, candidate: candidate, kind: link.kind, score: link.score))
                }
            }
        }
        return links
    }
}

extension ClaimMatcher {
    /// For each claim, the terms to find its candidates by in a library
    /// whose `total` claims carry each term `frequency` times: its rarest
    /// terms, enough that any library claim it matches shares one of them.
    /// A matching pair shares at least `lookupShare` of the query's weight,
    /// whichever claim is the smaller, so what the look-up leaves out weighs
    /// less than that; terms
    /// more claims carry than `maximumPosting` are not looked up, as in `links`.
    public func lookupTerms(_ queries: [ClaimRecord], frequency: [String: Int], total: Int) -> [[String]] {
        let table = TermTable(queries.map(\.proposition), frequency: frequency, total: total)
        let share = lookupShare
        return queries.map { query in
            let terms = table.weighted(query.proposition, entityWeight: entityWeight)
            let weight = terms.reduce(0) { $0 + $1.weight }
            var rest = weight
            var lookup: [String] = []
            for term in terms {
                guard rest >= share * weight - 1e-9 else { break }
                rest -= term.weight
                if table.frequency[term.id] <= maximumPosting { lookup.append(table.terms[term.id]) }
            }
            return lookup
        }
    }
}

extension ClaimMatcher {
    /// The library claims worth comparing with `queries`, and the claim
    /// count to weigh terms by when they are (`lookup`'s `total`).
    ///
    /// `postings` lists, for each query term carried by at most
    /// `maximumPosting` library claims, the claims carrying it (ids as the
    /// library numbers them, the queries' own article left out). A claim is
    /// a candidate, as in `lookupTerms`, when it carries a look-up term of
    /// some query; it is kept when, for some query sharing one of its terms,
    /// the weight it may share can reach `threshold` however little the
    /// claim weighs besides. The weight it may share is that of the query's
    /// terms it carries and of the query's terms too common to be listed:
    /// all of them, or, when `commonCarriers` lists which of a first call's
    /// candidates carry those terms, only the ones it carries. With
    /// `termCounts` too (how many terms each of those candidates has), a
    /// claim weighs at least its terms the queries share (by their rarity)
    /// and, for each other term, the most a term weighs in `lookup` (a term
    /// no query has counts as carried once). Results of `lookup` over the
    /// kept claims are those over every candidate: only claims that cannot
    /// match are left.
    public func lookupCandidates(
        _ queries: [ClaimRecord], postings: [String: [Int64]], frequency: [String: Int], total: Int,
        commonCarriers: [String: [Int64]]? = nil, termCounts: [Int64: Int]? = nil
    ) -> (candidates: [Int64], total: Int) {
        var pooled = Set<Int64>()
        for terms in lookupTerms(queries, frequency: frequency, total: total) {
            for term in terms { pooled.formUnion(postings[term] ?? []) }
        }
        // `lookup` counts at least the claims it is given.
        let total = max(total, queries.count + pooled.count)
        let table = TermTable(queries.map(\.proposition), frequency: frequency, total: total)
        // What each candidate weighs at least, when its terms are known.
        var least: [Int64: Double] = [:]
        if let commonCarriers, let termCounts {
            let rarest = log(Double(table.propositionCount + 1)) + 1
            let scale = min(entityWeight, 1)
            var carried: [Int64: (count: Int, rarity: Double)] = [:]
            for (term, id) in table.ids {
                let rarity = log(Double(table.propositionCount + 1) / Double(table.frequency[id])) + 1
                for claim in (postings[term] ?? []) + (commonCarriers[term] ?? []) where termCounts[claim] != nil {
                    carried[claim, default: (0, 0)].count += 1
                    carried[claim, default: (0, 0)].rarity += rarity
                }
            }
            for (claim, count) in termCounts {
                let known = carried[claim] ?? (0, 0)
                least[claim] = scale * (known.rarity + Double(max(0, count - known.count)) * rarest)
            }
        }
        var kept = Set<Int64>()
        var shared: [Int64: Double] = [:]
        for query in queries {
            let terms = table.weighted(query.proposition, entityWeight: entityWeight)
            let weight = terms.reduce(0) { $0 + $1.weight }
            let (rare, common) = terms.partitioned(by: { table.frequency[$0.id] <= maximumPosting })
            shared.removeAll(keepingCapacity: true)
            for term in rare {
                for claim in postings[table.terms[term.id]] ?? [] where pooled.contains(claim) {
                    shared[claim, default: 0] += term.weight
                }
            }
            var commonWeight = 0.0
            for term in common {
                if let commonCarriers {
                    for claim in commonCarriers[table.terms[term.id]] ?? [] where shared[claim] != nil {
                        shared[claim]! += term.weight
                    }
                } else {
                    commonWeight += term.weight
                }
            }
            for (claim, sharing) in shared
            where mayMatch(sharing: sharing + commonWeight, of: weight, other: least[claim]) {
                kept.insert(claim)
            }
        }
        return (kept.sorted(), total)
    }

    /// The query terms too common for `postings`: which of a first call's
    /// candidates carry them is what `commonCarriers` lists.
    public func commonTerms(_ queries: [ClaimRecord], frequency: [String: Int]) -> [String] {
        Set(queries.flatMap(\.proposition.terms)).filter { frequency[$0, default: 0] > maximumPosting }.sorted()
    }

    /// Whether a claim weighing `weight` may reach `threshold` with another
    /// claim whose terms in common weigh `shared` of it. The other claim
    /// weighs at least `other` when that is known, and at least those
    /// terms, each at least 1/`entityWeight` of what it weighs here (one
    /// claim may take it for a name, the other not); the score only grows
    /// as the other weighs less.
    func mayMatch(sharing shared: Double, of weight: Double, other least: Double? = nil) -> Bool {
        let other = max(least ?? 0, shared * min(entityWeight, 1 / entityWeight))
        let scale = (1 - containment) * (weight + other) / 2 + containment * min(weight, other)
        if shared >= threshold * scale - 1e-9 || shared >= sentenceShare * max(weight, other) - 1e-9 { return true }
        // Covering the smaller claim: the other is the smaller at its
        // lightest, no lighter than `coverageRatio` of this one…
        let lightest = max(other, coverageRatio * weight)
        if lightest <= weight { return shared >= coverage * lightest - 1e-9 }
        // …or this one is the smaller, and the other not too heavy for it.
        return other <= weight / coverageRatio && shared >= coverage * weight - 1e-9
    }
}

extension Array {
    /// The elements that satisfy `belongs`, then the others, each in order.
    fileprivate func partitioned(by belongs: (Element) -> Bool) -> (matching: [Element], others: [Element]) {
        var matching: [Element] = []
        var others: [Element] = []
        for element in self {
            if belongs(element) { matching.append(element) } else { others.append(element) }
        }
        return (matching, others)
    }
}
