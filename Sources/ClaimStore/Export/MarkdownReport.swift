import Foundation

/// The report as Markdown, for people: per article, each claim with its
/// sources, status, note and history.
public enum MarkdownReport {
    public static func render(_ reports: [ArticleReport]) -> String {
        let claims = reports.flatMap(\.claims)
        var lines = [
            "# Verification report", "",
            "\(count(reports.count, "article")), \(count(claims.count, "claim")), "
                + "\(claims.filter(\.isMarked).count) marked.",
        ]
        for report in reports {
            lines += ["", "## \(escape(report.title))", ""]
            if !report.origins.isEmpty {
                lines.append("Opened from \(report.origins.map { "`\(code($0))`" }.joined(separator: ", ")).  ")
            }
            lines.append("Article fingerprint `\(report.fingerprint)`.")
            if report.claims.isEmpty { lines += ["", "No claims found."] }
            for claim in report.claims { lines += [""] + section(claim) }
            if !report.formerClaims.isEmpty {
                lines += ["", "### Marked claims no longer in the article"]
                for claim in report.formerClaims { lines += [""] + section(claim) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ report: ClaimReport) -> [String] {
        let name = report.claim.id ?? "claim `\(report.claim.fingerprint)`"
        var lines = ["#### \(name): \(report.status.rawValue)\(report.state?.isStale == true ? " (stale)" : "")", ""]
        let text = report.claim.text.isEmpty ? "(its words were not recorded)" : escape(report.claim.text)
        lines += ["> \(text)", ""]
        lines.append("- Source: \(ReportText.sources(of: report.claim).map(escape) ?? "none named")")
        if let state = report.state {
            var status = "- Status: **\(state.mark.status.rawValue)**, by \(escape(state.mark.author)), "
                + ReportText.timestamp(state.mark.date)
            if state.isStale { status += "; made for an earlier wording of the claim" }
            lines.append(status)
        } else {
            lines.append("- Status: unverified (never marked)")
        }
        if let note = report.state?.mark.note { lines.append("- Note: \(escape(note))") }
        if !report.history.isEmpty {
            lines.append("- History:")
            for change in report.history {
                var entry = "  - \(ReportText.timestamp(change.date)) \(escape(change.author)): \(change.status.rawValue)"
                if let note = change.note { entry += " (note: \(escape(note)))" }
                lines.append(entry)
            }
        }
        for (heading, denials) in [("Also in other articles", false), ("Denied in other articles", true)] {
            let matches = report.matches.filter { $0.isDenial == denials }
            guard !matches.isEmpty else { continue }
            lines.append("- \(heading):")
            lines += matches.map { "  - \(match($0))" }
        }
        return lines
    }

    /// "Reuters, 2026-11-13, `/news/daily.txt` c1 (Volodymyr Zelensky, “told”): The talks…"
    private static func match(_ match: LibraryMatch) -> String {
        let place = [match.article.site ?? match.article.title, match.article.published].compactMap { $0 }.map(escape)
        let frame = [ReportText.names(match.claim.sources).map(escape), match.claim.cue.map { "“\(escape($0))”" }]
            .compactMap { $0 }
        let who = frame.isEmpty ? "" : " (\(frame.joined(separator: ", ")))"
        return "\(place.joined(separator: ", ")), `\(code(match.article.location))` \(match.claim.id)\(who): "
            + escape(match.claim.text)
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// Cleaned text with Markdown's inline markup characters escaped, so
    /// an article cannot add links, emphasis or HTML to the report.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in ReportText.clean(text) {
            if "\\`*_[]<>#|!~".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Cleaned text for inside a code span, which cannot hold a backtick.
    private static func code(_ text: String) -> String {
        ReportText.clean(text).replacingOccurrences(of: "`", with: "'")
    }
}
