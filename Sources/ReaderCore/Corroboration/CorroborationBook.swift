import ClaimKit

/// A claim of another article that states what a claim of the article
/// shown states (in any words), or denies it.
public struct Corroboration: Sendable, Equatable {
    public var articleTitle: String
    /// The file or address of its article.
    public var location: String
    /// Its article's fingerprint, as marks are kept under it.
    public var articleFingerprint: String
    /// How the book finds the article again.
    public var articleKey: String
    /// The site the page names, when it does.
    public var outlet: String?
    /// The publication date (ISO 8601), when the page gives one.
    public var date: String?
    public var claimID: String
    public var claimFingerprint: String
    public var text: String
    public var sources: [String]
    public var cue: String?
    /// It states the opposite.
    public var isDenial: Bool
    /// Its current mark, when it has one: a hint, never copied onto the claim shown.
    public var mark: ClaimMark?

    public init(
        articleTitle: String, location: String, articleFingerprint: String, articleKey: String, outlet: String?, date: String?,
        claimID: String, claimFingerprint: String, text: String, sources: [String], cue: String?, isDenial: Bool,
        mark: ClaimMark?
    ) {
        self.articleTitle = articleTitle
        self.location = location
        self.articleFingerprint = articleFingerprint
        self.articleKey = articleKey
        self.outlet = outlet
        self.date = date
        self.claimID = claimID
        self.claimFingerprint = claimFingerprint
        self.text = text
        self.sources = sources
        self.cue = cue
        self.isDenial = isDenial
        self.mark = mark
    }
}

/// What the reader needs from the library of articles read before: the
/// claims elsewhere that match each claim, and their articles to open.
public protocol CorroborationBook: AnyObject {
    /// For each claim of the article (by index), its matches and denials
    /// in other articles, best first.
    func corroboration(of analysis: Analysis) throws -> [[Corroboration]]
    /// The article a match is in, to show it.
    func article(of match: Corroboration) throws -> Analysis
}
