import ClaimKit
import Foundation

/// One claim of a library article: what matching across articles and
/// search need, kept apart from the analysis so neither has to decode it.
public struct LibraryClaim: Sendable, Equatable {
    /// The content fingerprint of its article (`LibraryArticle.content`).
    public var content: String
    public var position: Int
    public var id: String
    public var fingerprint: String
    public var text: String
    /// Its sources' names.
    public var sources: [String]
    /// Every name and alias of its sources: words that say who, not what.
    public var sourceWords: [String]
    public var cue: String?
    /// The spans of the text that are its reporting frame (cue, source
    /// mentions), as offsets into `text`.
    public var frame: [TextRange]
    /// The denial id ("d2") when the claim is a denial.
    public var denialID: String?
    /// For a denial, the ids of the claims of its own article it disputes.
    public var disputes: [String]

    public init(
        content: String, position: Int, id: String, fingerprint: String, text: String, sources: [String],
        sourceWords: [String], cue: String?, frame: [TextRange], denialID: String?, disputes: [String]
    ) {
        self.content = content
        self.position = position
        self.id = id
        self.fingerprint = fingerprint
        self.text = text
        self.sources = sources
        self.sourceWords = sourceWords
        self.cue = cue
        self.frame = frame
        self.denialID = denialID
        self.disputes = disputes
    }

    /// The claims of an analysis, in reading order.
    public static func all(in analysis: Analysis, content: String) -> [LibraryClaim] {
        let sources = Dictionary(analysis.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let denials = Dictionary(analysis.denials.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return analysis.claims.enumerated().map { position, claim in
            let claimSources = claim.sourceIDs.compactMap { sources[$0] }
            return LibraryClaim(
                content: content, position: position, id: claim.id, fingerprint: claim.fingerprint, text: claim.text,
                sources: claimSources.map(\.name),
                sourceWords: claimSources.flatMap { [$0.name] + $0.aliases },
                cue: claim.cue, frame: analysis.frame(of: claim), denialID: claim.denialID,
                disputes: claim.denialID.flatMap { denials[$0]?.disputes } ?? [])
        }
    }
}
