/// The `crosscheck.clusters/1` document: clusters of matching claims
/// across articles, each with its members, independent sources and denials.
public struct ClusterDocument: Codable, Sendable {
    public struct Member: Codable, Sendable {
        public var article: String
        public var articleFingerprint: String
        public var id: String
        public var text: String
        public var sources: [String]
        public var cue: String?
    }

    public struct Denial: Codable, Sendable {
        public var article: String
        public var articleFingerprint: String
        /// The denial's id ("d1") when the parser read the claim as a denial, else the claim's id.
        public var id: String
        public var claim: String
        public var text: String
        public var sources: [String]
        public var cue: String?
    }

    public struct Cluster: Codable, Sendable {
        public var claims: [Member]
        public var independentSources: Int
        public var denials: [Denial]
    }

    public var schema = "crosscheck.clusters/1"
    public var clusters: [Cluster]

    public init(records: [ClaimRecord], clusters: [ClaimCluster]) {
        self.clusters = clusters.map { cluster in
            Cluster(
                claims: cluster.members.map { index in
                    let record = records[index]
                    return Member(
                        article: record.article, articleFingerprint: record.articleFingerprint, id: record.id,
                        text: record.text, sources: record.sources, cue: record.cue)
                },
                independentSources: cluster.independentSources,
                denials: cluster.denials.map { denial in
                    let record = records[denial.record]
                    return Denial(
                        article: record.article, articleFingerprint: record.articleFingerprint,
                        id: record.denialID ?? record.id, claim: record.id, text: record.text, sources: record.sources,
                        cue: record.cue)
                })
        }
    }

    /// A readable listing: one block per cluster, a line per claim.
    public func text() -> String {
        guard !clusters.isEmpty else { return "no claim is carried by two or more of these articles\n" }
        var lines: [String] = []
        for (number, cluster) in clusters.enumerated() {
            let articles = Self.count(Set(cluster.claims.map(\.article)).count, "article")
            let sources = Self.count(cluster.independentSources, "independent source")
            let denials = Self.count(cluster.denials.count, "denial")
            lines.append("cluster \(number + 1) · in \(articles) · \(sources) · \(denials)")
            for member in cluster.claims {
                lines.append("  \(member.article) \(member.id)  \(Self.frame(member.sources, member.cue))")
                lines.append("      \(member.text)")
            }
            for denial in cluster.denials {
                lines.append("  ≠ \(denial.article) \(denial.id)  \(Self.frame(denial.sources, denial.cue))")
                lines.append("      \(denial.text)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    private static func frame(_ sources: [String], _ cue: String?) -> String {
        let who = sources.isEmpty ? "unattributed" : sources.joined(separator: ", ")
        return cue.map { "\(who) · \($0)" } ?? who
    }
}
