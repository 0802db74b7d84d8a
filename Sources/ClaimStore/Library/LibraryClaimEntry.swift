/// A library claim as JSON documents give it (search hits, the matches in
/// reports): where it is, what it says, who says it. Cleaned of control
/// characters; absent values are null.
public struct LibraryClaimEntry: Encodable, Sendable {
    public let article: String
    public let articleFingerprint: String
    public let title: String
    public let site: String?
    public let published: String?
    public let id: String
    public let text: String
    public let sources: [String]
    public let cue: String?
    /// Whether it denies the claim it is listed under; absent where nothing is denied.
    public let denial: Bool?

    public init(article: LibraryArticle, claim: LibraryClaim, isDenial: Bool? = nil) {
        self.article = ReportText.clean(article.location)
        articleFingerprint = article.article
        title = ReportText.clean(article.title)
        site = article.site.map(ReportText.clean)
        published = article.published.map(ReportText.clean)
        id = claim.id
        text = ReportText.clean(claim.text)
        sources = claim.sources.map(ReportText.clean)
        cue = claim.cue.map(ReportText.clean)
        denial = isDenial
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(article, forKey: .article)
        try container.encode(articleFingerprint, forKey: .articleFingerprint)
        try container.encode(title, forKey: .title)
        try container.encode(site, forKey: .site)
        try container.encode(published, forKey: .published)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(sources, forKey: .sources)
        try container.encode(cue, forKey: .cue)
        try container.encodeIfPresent(denial, forKey: .denial)
    }

    enum CodingKeys: String, CodingKey {
        case article, articleFingerprint, title, site, published, id, text, sources, cue, denial
    }
}
