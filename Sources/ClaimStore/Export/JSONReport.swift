import Foundation

/// The report as JSON (`crosscheck.report/1`): one object per article,
/// each claim with its sources, current mark and history.
public enum JSONReport {
    public static let schema = "crosscheck.report/1"

    public static func render(_ reports: [ArticleReport]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Document(schema: schema, articles: reports.map(ArticleEntry.init)))
        data.append(contentsOf: Array("\n".utf8))
        return data
    }

    struct Document: Encodable {
        let schema: String
        let articles: [ArticleEntry]
    }

    struct ArticleEntry: Encodable {
        let title: String
        let fingerprint: String
        let origins: [String]
        let claims: [ClaimEntry]
        let formerClaims: [ClaimEntry]

        init(_ report: ArticleReport) {
            title = ReportText.clean(report.title)
            fingerprint = report.fingerprint
            origins = report.origins.map(ReportText.clean)
            claims = report.claims.map(ClaimEntry.init)
            formerClaims = report.formerClaims.map(ClaimEntry.init)
        }
    }

    struct SourceEntry: Encodable {
        let name: String
        let kind: String
    }

    struct ClaimEntry: Encodable {
        let id: String?
        let fingerprint: String
        let text: String
        let sources: [SourceEntry]
        let status: String
        /// The mark was made for an earlier wording of the claim.
        let stale: Bool
        let note: String?
        let markedBy: String?
        let markedAt: String?
        let history: [ChangeEntry]
        let matches: [LibraryClaimEntry]

        init(_ report: ClaimReport) {
            id = report.claim.id
            fingerprint = report.claim.fingerprint
            text = ReportText.clean(report.claim.text)
            sources = report.claim.sources.map { SourceEntry(name: ReportText.clean($0.name), kind: $0.kind.rawValue) }
            status = report.status.rawValue
            stale = report.state?.isStale ?? false
            note = report.state?.mark.note.map(ReportText.clean)
            markedBy = report.state.map { ReportText.clean($0.mark.author) }
            markedAt = report.state.map { ReportText.timestamp($0.mark.date) }
            history = report.history.map(ChangeEntry.init)
            matches = report.matches.map { LibraryClaimEntry(article: $0.article, claim: $0.claim, isDenial: $0.isDenial) }
        }

        func encode(to encoder: Encoder) throws {
            // Absent values are written as null so every claim has the same keys.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(fingerprint, forKey: .fingerprint)
            try container.encode(text, forKey: .text)
            try container.encode(sources, forKey: .sources)
            try container.encode(status, forKey: .status)
            try container.encode(stale, forKey: .stale)
            try container.encode(note, forKey: .note)
            try container.encode(markedBy, forKey: .markedBy)
            try container.encode(markedAt, forKey: .markedAt)
            try container.encode(history, forKey: .history)
            try container.encode(matches, forKey: .matches)
        }

        enum CodingKeys: String, CodingKey {
            case id, fingerprint, text, sources, status, stale, note, markedBy, markedAt, history, matches
        }
    }

    struct ChangeEntry: Encodable {
        let status: String
        let note: String?
        let author: String
        let date: String

        init(_ mark: Mark) {
            status = mark.status.rawValue
            note = mark.note.map(ReportText.clean)
            author = ReportText.clean(mark.author)
            date = ReportText.timestamp(mark.date)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(note, forKey: .note)
            try container.encode(author, forKey: .author)
            try container.encode(date, forKey: .date)
        }

        enum CodingKeys: String, CodingKey { case status, note, author, date }
    }
}
