/// An article the list can show without its analysis: what the parse
/// cache kept of it the last time its file was read, with its marks' counts.
public struct ListedArticle: Sendable, Equatable {
    /// The article fingerprint its marks are kept under.
    public var fingerprint: String
    public var title: String
    /// The site the page names, if any.
    public var site: String?
    /// The publication date (ISO 8601) when the source gives one.
    public var published: String?
    public var summary: ArticleSummary

    public init(fingerprint: String, title: String, site: String?, published: String?, summary: ArticleSummary) {
        self.fingerprint = fingerprint
        self.title = title
        self.site = site
        self.published = published
        self.summary = summary
    }
}
