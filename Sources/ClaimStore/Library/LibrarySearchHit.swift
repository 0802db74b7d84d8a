/// A claim found by `ArticleStore.search`, best match first.
public struct LibrarySearchHit: Sendable, Equatable {
    public var article: LibraryArticle
    public var claim: LibraryClaim
    /// The claim's text with each searched word between `[` and `]`.
    public var highlighted: String
}
