/// What a page says about its article besides the text: who wrote it,
/// when it was published, where, and in what language. Each is nil when
/// the source does not say (plain text never does).
public struct ArticleMetadata: Sendable, Equatable, Codable {
    /// The authors as the page names them, several joined with `, `.
    public var byline: String?
    /// The publication date (and time when given) in ISO 8601:
    /// `2024-03-04` or `2024-03-04T09:00:00Z`.
    public var published: String?
    /// The site or publication.
    public var site: String?
    /// A BCP 47 language tag such as `en` or `pt-BR`.
    public var language: String?

    public init(byline: String? = nil, published: String? = nil, site: String? = nil, language: String? = nil) {
        self.byline = byline
        self.published = published
        self.site = site
        self.language = language
    }

    /// Whether nothing is known.
    public var isEmpty: Bool { byline == nil && published == nil && site == nil && language == nil }
}
