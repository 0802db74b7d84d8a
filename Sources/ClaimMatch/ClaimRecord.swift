import ClaimKit

/// One claim as matching sees it: where it was read, what the article
/// says about it, and its proposition.
public struct ClaimRecord: Sendable {
    /// The article's path or URL, or its title when it was read from standard input.
    public var article: String
    public var articleFingerprint: String
    public var id: String
    public var text: String
    public var sources: [String]
    public var cue: String?
    /// The denial id ("d2") when the claim is a denial.
    public var denialID: String?
    /// For a denial: the ids of the claims in its own article it disputes.
    public var disputes: [String]
    public var proposition: Proposition

    public init(
        article: String, articleFingerprint: String, id: String, text: String, sources: [String], cue: String?,
        denialID: String?, disputes: [String], proposition: Proposition
    ) {
        self.article = article
        self.articleFingerprint = articleFingerprint
        self.id = id
        self.text = text
        self.sources = sources
        self.cue = cue
        self.denialID = denialID
        self.disputes = disputes
        self.proposition = proposition
    }
}

extension PropositionReader {
    /// The records of every claim of an analysis, each proposition read
    /// without its cue and without the names of its sources.
    public func records(of analysis: Analysis) -> [ClaimRecord] {
        records(of: analysis, read: nil)
    }

    /// The records of every claim of an analysis, taking `read`, the
    /// propositions this reader read of its claims before (as a library
    /// keeps them, one a claim in order), as they are instead of reading
    /// the claims again; nil (or not one a claim) reads them.
    public func records(of analysis: Analysis, read: [Proposition]?) -> [ClaimRecord] {
        let article = analysis.article
        let location = article.path ?? article.title
        let fingerprint = article.fingerprint
        let denials = Dictionary(analysis.denials.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sources = Dictionary(analysis.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let read = read?.count == analysis.claims.count ? read : nil
        return analysis.claims.enumerated().map { position, claim in
            let claimSources = claim.sourceIDs.compactMap { sources[$0] }
            let disputes = claim.denialID.flatMap { denials[$0]?.disputes } ?? []
            if let read {
                return ClaimRecord(
                    article: location, articleFingerprint: fingerprint, id: claim.id, text: claim.text,
                    sources: claimSources.map(\.name), cue: claim.cue, denialID: claim.denialID, disputes: disputes,
                    proposition: read[position])
            }
            return record(
                article: location, articleFingerprint: fingerprint, id: claim.id, text: claim.text,
                sources: claimSources.map(\.name), sourceNames: claimSources.flatMap { [$0.name] + $0.aliases },
                cue: claim.cue, frame: analysis.frame(of: claim).map { $0.start..<$0.end }, denialID: claim.denialID,
                disputes: disputes)
        }
    }

    /// The record of one claim as a library keeps it: `frame` holds the
    /// spans of `text` that are its reporting frame (cue, source mentions),
    /// `sourceNames` every name and alias of its sources.
    public func record(
        article: String, articleFingerprint: String, id: String, text: String, sources: [String],
        sourceNames: [String], cue: String?, frame: [Range<Int>], denialID: String?, disputes: [String]
    ) -> ClaimRecord {
        var sourceWords = Set<String>()
        for name in sourceNames {
            for token in MatchText.tokens(name) { sourceWords.insert(MatchText.fold(token.text)) }
        }
        let cueDenies = cue.map { cue in
            cue.split(separator: " ").contains { lexicon.denying.contains(MatchText.fold(String($0))) }
        } ?? false
        return ClaimRecord(
            article: article, articleFingerprint: articleFingerprint, id: id, text: text, sources: sources, cue: cue,
            denialID: denialID, disputes: disputes,
            proposition: read(text, excluding: frame, sourceWords: sourceWords, denial: denialID != nil || cueDenies))
    }
}
