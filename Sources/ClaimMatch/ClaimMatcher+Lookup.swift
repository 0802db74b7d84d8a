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
        let propositions = queries.map(\.proposition) + candidates.map(\.proposition)
        let table = TermTable(propositions, frequency: frequency, total: total)
        let weighted = propositions.map { table.weighted($0, entityWeight: entityWeight) }
        var postings: [Int: [Int]] = [:]
        for index in candidates.indices {
            for term in weighted[queries.count + index] { postings[term.id, default: []].append(index) }
        }
        var links: [LookupLink] = []
        for (query, record) in queries.enumerated() {
            var seen = Set<Int>()
            for term in weighted[query] where table.frequency[term.id] <= maximumPosting {
                for candidate in postings[term.id] ?? [] where seen.insert(candidate).inserted {
                    let other = queries.count + candidate
                    guard candidates[candidate].article != record.article,
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
    /// A pair's score is its shared weight over at least (1 − containment)/2
    /// of the query's weight, whichever claim is the smaller, so what the
    /// look-up leaves out weighs less than `threshold` times that; terms
    /// more claims carry than `maximumPosting` are not looked up, as in `links`.
    public func lookupTerms(_ queries: [ClaimRecord], frequency: [String: Int], total: Int) -> [[String]] {
        let table = TermTable(queries.map(\.proposition), frequency: frequency, total: total)
        let share = threshold * (1 - containment) / 2
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
