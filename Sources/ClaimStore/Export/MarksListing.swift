/// The current marks as a listing for a terminal: per article, one line a
/// marked claim (its id, or a short fingerprint when the article is not at
/// hand), then its note.
public enum MarksListing {
    public static func render(_ reports: [ArticleReport]) -> String {
        var lines: [String] = []
        for report in reports {
            let marked = report.claims.filter(\.isMarked) + report.formerClaims
            guard !marked.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append("\(ReportText.clean(report.title))  [\(report.fingerprint)]")
            for claim in marked {
                lines += entry(claim, former: !report.claims.contains(claim))
            }
        }
        if lines.isEmpty { return "No marks.\n" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func entry(_ report: ClaimReport, former: Bool) -> [String] {
        guard let mark = report.state?.mark else { return [] }
        let name = report.claim.id ?? String(report.claim.fingerprint.prefix(8))
        var status = mark.status.rawValue
        if report.state?.isStale == true { status += " (stale)" }
        if former { status += " (gone)" }
        let text = report.claim.text.isEmpty ? "(words not recorded)" : shortened(ReportText.clean(report.claim.text))
        var lines = [
            "  \(pad(name, 8)) \(pad(status, 18)) \(pad(ReportText.clean(mark.author), 10)) "
                + "\(ReportText.timestamp(mark.date))  \(text)"
        ]
        if let note = mark.note { lines.append("  \(pad("", 8)) note: \(ReportText.clean(note))") }
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func shortened(_ text: String, limit: Int = 72) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
