import Foundation

/// An article in the library, without its analysis.
public struct LibraryArticle: Sendable, Equatable {
    /// The content fingerprint: the exact text and metadata parsed.
    public var content: String
    /// The article fingerprint its marks are kept under.
    public var article: String
    /// The path or URL it was last read from; nil for standard input.
    public var origin: String?
    public var title: String
    public var site: String?
    /// ISO 8601, as the page gave it.
    public var published: String?
    public var byline: String?
    public var parserVersion: String
    /// Whether its analysis is still kept (the parse cache may have let it go).
    public var isCached: Bool
    public var added: Date
    public var lastUsed: Date

    /// The origin, or the title for an article read from standard input.
    public var location: String { origin ?? title }
}
