import ClaimKit

extension ArticleStore {
    /// The report with each claim's matches in other library articles:
    /// looked up from the analysis at hand when given, else from the
    /// library's latest version of the article.
    public func addingMatches(to report: ArticleReport, analysis: Analysis? = nil) throws -> ArticleReport {
        var byClaim: [String: [LibraryMatch]] = [:]
        if let analysis {
            for (claim, matches) in zip(analysis.claims, try corroboration(of: analysis)) where !matches.isEmpty {
                byClaim[claim.fingerprint] = matches
            }
        } else {
            byClaim = try corroboration(ofArticle: report.fingerprint)
        }
        var report = report
        for index in report.claims.indices {
            report.claims[index].matches = byClaim[report.claims[index].claim.fingerprint] ?? []
        }
        return report
    }
}
