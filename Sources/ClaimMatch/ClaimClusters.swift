/// A denial, in another article or the same one, of what a cluster's claims state.
public struct ClusterDenial: Hashable, Sendable {
    public var record: Int
    /// Linked by its proposition (another article) or by the parser's own
    /// reading of which claims it disputes (the same article).
    public var byProposition: Bool
}

/// Claims that state one proposition, and the claims denying it, spanning
/// two or more articles.
public struct ClaimCluster: Sendable {
    /// Indices into the records, in the order given.
    public var members: [Int]
    public var denials: [ClusterDenial]
    /// Distinct people and bodies among the members' sources: outlets
    /// repeating one person's words count once.
    public var independentSources: Int
}

extension ClaimMatcher {
    /// The clusters of matching claims, with their denials, that span two or
    /// more articles; the largest first.
    public func clusters(_ records: [ClaimRecord]) -> [ClaimCluster] {
        clusters(records, links: links(records))
    }

    public func clusters(_ records: [ClaimRecord], links: [MatchLink]) -> [ClaimCluster] {
        var parent = Array(records.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        for link in links where link.kind == .match {
            let first = root(link.first)
            let second = root(link.second)
            if first != second { parent[max(first, second)] = min(first, second) }
        }
        var members: [Int: [Int]] = [:]
        for index in records.indices { members[root(index), default: []].append(index) }
        var clusters: [Int: ClaimCluster] = [:]
        for (key, indices) in members {
            clusters[key] = ClaimCluster(members: indices, denials: [], independentSources: 0)
        }
        func addDenial(_ denial: Int, to member: Int, byProposition: Bool) {
            let key = root(member)
            guard clusters[key] != nil, root(denial) != key else { return }
            let entry = ClusterDenial(record: denial, byProposition: byProposition)
            if !clusters[key]!.denials.contains(where: { $0.record == denial }) { clusters[key]!.denials.append(entry) }
        }
        for link in links where link.kind == .denial {
            // The side negating what the two share denies the cluster of the other.
            let (first, second) = (records[link.first].proposition, records[link.second].proposition)
            if second.negated(against: Set(first.terms).intersection(second.terms), weight: { _ in 1 }) {
                addDenial(link.second, to: link.first, byProposition: true)
            } else {
                addDenial(link.first, to: link.second, byProposition: true)
            }
        }
        var byArticleAndID: [String: [String: Int]] = [:]
        for (index, record) in records.enumerated() { byArticleAndID[record.articleFingerprint, default: [:]][record.id] = index }
        for (index, record) in records.enumerated() {
            for disputed in record.disputes {
                if let member = byArticleAndID[record.articleFingerprint]?[disputed] {
                    addDenial(index, to: member, byProposition: false)
                }
            }
        }
        // Only what spans articles: claims carried by two or more, or a
        // claim denied in another.
        return clusters.values.compactMap { cluster in
            var cluster = cluster
            cluster.denials.sort { $0.record < $1.record }
            let articles = Set((cluster.members + cluster.denials.map(\.record)).map { records[$0].article })
            guard articles.count > 1 else { return nil }
            cluster.independentSources = Set(cluster.members.flatMap { records[$0].sources.map(MatchText.fold) }).count
            return cluster
        }
        .sorted { $0.members.count != $1.members.count ? $0.members.count > $1.members.count : $0.members[0] < $1.members[0] }
    }
}
