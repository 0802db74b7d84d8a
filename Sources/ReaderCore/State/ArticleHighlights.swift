import ClaimKit

/// The stretches of an article the reader colours, each kind sorted by
/// where it starts, so a screenful can be painted by scanning a few.
struct ArticleHighlights: Sendable {
    /// Claim ranges with the index of their claim.
    var claims: [(range: TextRange, claim: Int)]
    var denials: [(range: TextRange, claim: Int?)]
    var mentions: [TextRange]
    var hedges: [TextRange]
    var cues: [TextRange]

    init(_ analysis: Analysis) {
        claims = analysis.claims.enumerated().map { ($0.element.range, $0.offset) }.sorted { $0.range < $1.range }
        let claimIndex = Dictionary(
            analysis.claims.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        denials = analysis.denials.map { ($0.range, claimIndex[$0.claimID]) }.sorted { $0.range < $1.range }
        mentions = analysis.sources.flatMap(\.mentions).sorted()
        hedges = analysis.claims.flatMap(\.hedgeRanges).sorted()
        cues = (analysis.claims.compactMap(\.cueRange) + analysis.denials.compactMap(\.cueRange)).sorted()
    }

    /// The claims whose range holds `offset`, shortest first.
    func claims(at offset: Int) -> [Int] {
        claims.filter { $0.range.contains(offset) }.sorted { $0.range.length < $1.range.length }.map(\.claim)
    }
}
