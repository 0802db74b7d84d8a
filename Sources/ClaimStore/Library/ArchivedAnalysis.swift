import ClaimKit
import Foundation

/// An analysis as the library keeps it: every field ClaimKit's model has,
/// so a stored article comes back exactly as it was parsed, without the
/// parser. Encoded as JSON, and versioned by the `format` field so a
/// later layout can tell an older one (and re-parse) instead of misreading it.
struct ArchivedAnalysis: Codable {
    static let currentFormat = 1

    struct ArchivedArticle: Codable {
        var title: String
        var path: String?
        var text: String
        var blocks: [ArchivedBlock]
        var warnings: [String]
        var metadata: ArticleMetadata
    }

    struct ArchivedBlock: Codable {
        var kind: BlockKind
        var range: TextRange
        var markerRange: TextRange?
        var marker: String?
        var inBackground: Bool
    }

    struct ArchivedClaim: Codable {
        var id: String
        var range: TextRange
        var text: String
        var sourceIDs: [String]
        var cue: String?
        var cueRange: TextRange?
        var hedges: [String]
        var hedgeRanges: [TextRange]
        var quoted: Bool
        var fingerprint: String
        var denialID: String?
    }

    struct ArchivedSource: Codable {
        var id: String
        var name: String
        var kind: SourceKind
        var aliases: [String]
        var mentions: [TextRange]
    }

    struct ArchivedDenial: Codable {
        var id: String
        var range: TextRange
        var text: String
        var sourceID: String?
        var cue: String
        var cueRange: TextRange?
        var disputes: [String]
        var claimID: String
    }

    var format: Int
    var article: ArchivedArticle
    var claims: [ArchivedClaim]
    var sources: [ArchivedSource]
    var denials: [ArchivedDenial]

    init(_ analysis: Analysis) {
        format = ArchivedAnalysis.currentFormat
        let article = analysis.article
        self.article = ArchivedArticle(
            title: article.title, path: article.path, text: article.text,
            blocks: article.blocks.map {
                ArchivedBlock(
                    kind: $0.kind, range: $0.range, markerRange: $0.markerRange, marker: $0.marker?.rawValue,
                    inBackground: $0.inBackground)
            },
            warnings: article.warnings, metadata: article.metadata)
        claims = analysis.claims.map {
            ArchivedClaim(
                id: $0.id, range: $0.range, text: $0.text, sourceIDs: $0.sourceIDs, cue: $0.cue, cueRange: $0.cueRange,
                hedges: $0.hedges, hedgeRanges: $0.hedgeRanges, quoted: $0.quoted, fingerprint: $0.fingerprint,
                denialID: $0.denialID)
        }
        sources = analysis.sources.map {
            ArchivedSource(id: $0.id, name: $0.name, kind: $0.kind, aliases: $0.aliases, mentions: $0.mentions)
        }
        denials = analysis.denials.map {
            ArchivedDenial(
                id: $0.id, range: $0.range, text: $0.text, sourceID: $0.sourceID, cue: $0.cue, cueRange: $0.cueRange,
                disputes: $0.disputes, claimID: $0.claimID)
        }
    }

    /// The analysis back, or nil when the archive is of another format or
    /// its ranges do not fit its text (then the article is parsed again).
    var analysis: Analysis? {
        guard format == ArchivedAnalysis.currentFormat else { return nil }
        let scalarCount = article.text.unicodeScalars.count
        var ranges: [TextRange] = []
        for block in article.blocks { ranges += [block.range] + (block.markerRange.map { [$0] } ?? []) }
        for claim in claims { ranges += [claim.range] + (claim.cueRange.map { [$0] } ?? []) + claim.hedgeRanges }
        for source in sources { ranges += source.mentions }
        for denial in denials { ranges += [denial.range] + (denial.cueRange.map { [$0] } ?? []) }
        guard ranges.allSatisfy({ $0.end <= scalarCount }) else { return nil }
        var blocks: [Block] = []
        for block in article.blocks {
            var marker: MarkerKind?
            if let name = block.marker {
                guard let known = MarkerKind(rawValue: name) else { return nil }
                marker = known
            }
            blocks.append(
                Block(
                    kind: block.kind, range: block.range, markerRange: block.markerRange, marker: marker,
                    inBackground: block.inBackground))
        }
        return Analysis(
            article: Article(
                title: article.title, path: article.path, text: article.text, blocks: blocks,
                warnings: article.warnings, metadata: article.metadata),
            claims: claims.map {
                Claim(
                    id: $0.id, range: $0.range, text: $0.text, sourceIDs: $0.sourceIDs, cue: $0.cue,
                    cueRange: $0.cueRange, hedges: $0.hedges, hedgeRanges: $0.hedgeRanges, quoted: $0.quoted,
                    fingerprint: $0.fingerprint, denialID: $0.denialID)
            },
            sources: sources.map {
                Source(id: $0.id, name: $0.name, kind: $0.kind, aliases: $0.aliases, mentions: $0.mentions)
            },
            denials: denials.map {
                Denial(
                    id: $0.id, range: $0.range, text: $0.text, sourceID: $0.sourceID, cue: $0.cue,
                    cueRange: $0.cueRange, disputes: $0.disputes, claimID: $0.claimID)
            })
    }

    func encoded() throws -> Data {
        try JSONEncoder().encode(self)
    }

    static func decode(_ data: Data) -> Analysis? {
        (try? JSONDecoder().decode(ArchivedAnalysis.self, from: data))?.analysis
    }
}
