import ClaimKit
import ClaimStore
import ReaderCore

/// The claims of other articles in the library that match the reader's,
/// each with its current mark, and their articles, from the stored
/// analyses (or, once the cache has let one go, parsed again).
public final class LibraryCorroborationBook: CorroborationBook {
    public let library: ArticleStore
    let marks: MarkStore
    /// Reads an article again from its file or address.
    let reparse: (String) throws -> Analysis

    public init(library: ArticleStore, marks: MarkStore, reparse: @escaping (String) throws -> Analysis) {
        self.library = library
        self.marks = marks
        self.reparse = reparse
    }

    /// Whether the library's claims were brought up to this version of
    /// matching (`ArticleStore.rereadClaims`), which the first look-up does.
    private var claimsCurrent = false

    public func corroboration(of analysis: Analysis) throws -> [[Corroboration]] {
        // Articles an earlier version of matching read would be looked up by
        // what it read; they are read again once, on the look-up thread, so
        // neither opening the reader nor a key waits for it. A library that
        // opened read-only is looked up as it is.
        if !claimsCurrent {
            claimsCurrent = true
            if library.readOnlyReason == nil { try library.rereadClaims() }
        }
        let found = try library.corroboration(of: analysis)
        // The marks of each matching article, read once an article.
        var marksByArticle: [String: [String: ClaimMarkState]] = [:]
        for article in Set(found.joined().map(\.article.article)) {
            marksByArticle[article] = try marks.marks(article: article)
        }
        return found.map { matches in
            matches.map { match in
                let state = marksByArticle[match.article.article]?[match.claim.fingerprint]
                return Corroboration(
                    articleTitle: match.article.title, location: match.article.location,
                    articleFingerprint: match.article.article, articleKey: match.article.content,
                    outlet: match.article.site, date: match.article.published, claimID: match.claim.id,
                    claimFingerprint: match.claim.fingerprint, text: match.claim.text, sources: match.claim.sources,
                    cue: match.claim.cue, isDenial: match.isDenial,
                    mark: state.map { StoreMarkBook.claimMark($0.mark, isStale: $0.isStale) })
            }
        }
    }

    public func article(of match: Corroboration) throws -> Analysis {
        if let stored = try library.storedAnalysis(fingerprint: match.articleKey) { return stored }
        return try reparse(match.location)
    }
}
