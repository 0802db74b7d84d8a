/// Everything ClaimKit found in one article.
public struct Analysis: Sendable {
    public var article: Article
    public var claims: [Claim]
    public var sources: [Source]
    public var denials: [Denial]

    public init(article: Article, claims: [Claim], sources: [Source], denials: [Denial]) {
        self.article = article
        self.claims = claims
        self.sources = sources
        self.denials = denials
    }

    public func claim(id: String) -> Claim? { claims.first { $0.id == id } }
    public func source(id: String) -> Source? { sources.first { $0.id == id } }
    public func denial(id: String) -> Denial? { denials.first { $0.id == id } }

    /// The claims attributed to one source, in reading order.
    public func claims(from sourceID: String) -> [Claim] {
        claims.filter { $0.sourceIDs.contains(sourceID) }
    }

    /// Display names of a claim's sources, e.g. for a list pane.
    public func sourceNames(of claim: Claim) -> [String] {
        claim.sourceIDs.compactMap { source(id: $0)?.name }
    }
}
