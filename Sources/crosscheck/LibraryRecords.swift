import ClaimMatch
import ClaimStore

extension PropositionReader {
    /// The match records of every claim in the library, read from the
    /// stored claims without decoding any analysis.
    func records(ofLibrary library: ArticleStore) throws -> [ClaimRecord] {
        let articles = Dictionary(try library.articles().map { ($0.content, $0) }, uniquingKeysWith: { first, _ in first })
        return try library.claims().compactMap { claim in
            guard let article = articles[claim.content] else { return nil }
            return record(
                article: article.location, articleFingerprint: article.article, id: claim.id, text: claim.text,
                sources: claim.sources, sourceNames: claim.sourceWords, cue: claim.cue,
                frame: claim.frame.map { $0.start..<$0.end }, denialID: claim.denialID, disputes: claim.disputes)
        }
    }
}
