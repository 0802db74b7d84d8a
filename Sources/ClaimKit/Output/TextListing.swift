/// A readable listing of an analysis for people at a terminal or in a
/// pipe: the article's byline and date, its text in paragraphs, then the
/// claims with their sources and cues, the sources with their aliases,
/// the denials with what they dispute.
public enum TextListing {
    public static func render(_ analysis: Analysis) -> String {
        let article = analysis.article
        var lines: [String] = []
        lines.append(Sanitizer.line(article.title))
        var summary = [
            count(analysis.claims.count, "claim"), count(analysis.sources.count, "source"),
            count(analysis.denials.count, "denial"),
        ]
        if let path = article.path { summary.insert(Sanitizer.line(path), at: 0) }
        lines.append(summary.joined(separator: " · "))
        for warning in article.warnings { lines.append("warning: \(warning)") }
        if let about = metadataLine(article.metadata) { lines.append(about) }
        lines += paragraphs(of: article)

        // Names and claim counts by source id, looked up once each rather
        // than by walking every source for every claim.
        var names: [String: String] = [:]
        for source in analysis.sources { names[source.id] = source.name }
        var claimCounts: [String: Int] = [:]
        for claim in analysis.claims {
            for id in claim.sourceIDs { claimCounts[id, default: 0] += 1 }
        }
        lines.append("")
        lines.append("Claims")
        for claim in analysis.claims {
            let sources = claim.sourceIDs.compactMap { names[$0] }
            var tags: [String] = [sources.isEmpty ? "unattributed" : sources.joined(separator: ", ")]
            if let cue = claim.cue { tags.append(cue) }
            if !claim.hedges.isEmpty { tags.append("hedged: " + claim.hedges.joined(separator: ", ")) }
            if let denial = claim.denialID { tags.append("denial \(denial)") }
            lines.append("  \(claim.id.padded(4)) \(Sanitizer.line(tags.joined(separator: " · ")))")
            lines.append("       \(Sanitizer.line(claim.text))")
        }
        lines.append("")
        lines.append("Sources")
        for source in analysis.sources {
            let claims = claimCounts[source.id] ?? 0
            var line = "  \(source.id.padded(4)) \(Sanitizer.line(source.name)) (\(source.kind.rawValue)) · \(count(claims, "claim"))"
            if !source.aliases.isEmpty {
                line += " · also: " + Sanitizer.line(source.aliases.joined(separator: "; "))
            }
            lines.append(line)
        }
        lines.append("")
        lines.append("Denials")
        for denial in analysis.denials {
            let who = denial.sourceID.flatMap { names[$0] } ?? "unknown"
            let disputes = denial.disputes.isEmpty ? "" : " · disputes \(denial.disputes.joined(separator: ", "))"
            lines.append("  \(denial.id.padded(4)) \(Sanitizer.line(who)) · \(Sanitizer.line(denial.cue))\(disputes)")
            lines.append("       \(Sanitizer.line(denial.text))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `By Ana Ruiz · 2024-03-04 · Harbour Herald · en`, nil when the
    /// source says none of these.
    static func metadataLine(_ metadata: ArticleMetadata) -> String? {
        let parts = [metadata.byline.map { "By \($0)" }, metadata.published, metadata.site, metadata.language]
            .compactMap { $0 }
        return parts.isEmpty ? nil : Sanitizer.line(parts.joined(separator: " · "))
    }

    /// The text after the headline, a blank line before each paragraph
    /// and heading; bullets follow one another.
    static func paragraphs(of article: Article) -> [String] {
        var lines: [String] = []
        var previous: BlockKind?
        for block in article.blocks where block.kind != .title {
            if !(block.kind == .bullet && previous == .bullet) { lines.append("") }
            lines.append(Sanitizer.line(article.substring(block.range)))
            previous = block.kind
        }
        return lines
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension String {
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
