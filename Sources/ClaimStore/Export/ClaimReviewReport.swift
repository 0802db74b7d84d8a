import Foundation

/// schema.org `ClaimReview` JSON-LD, the markup fact-checkers publish:
/// an array with one review per claim that carries a verdict (verified,
/// disputed or false). Stale marks are left out: they were made for words
/// the article no longer uses.
public enum ClaimReviewReport {
    public static func render(_ reports: [ArticleReport]) throws -> Data {
        var reviews: [Review] = []
        for report in reports {
            let appearance = Appearance(report)
            for claim in report.claims + report.formerClaims {
                guard let state = claim.state, !state.isStale, let rating = Rating(state.mark.status),
                    !claim.claim.text.isEmpty
                else { continue }
                reviews.append(Review(claim: claim.claim, mark: state.mark, rating: rating, appearance: appearance))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(reviews)
        data.append(contentsOf: Array("\n".utf8))
        return data
    }

    struct Review: Encodable {
        let context = "https://schema.org"
        let type = "ClaimReview"
        let claimReviewed: String
        let itemReviewed: ReviewedClaim
        let reviewRating: Rating
        let author: Thing
        let datePublished: String
        let reviewBody: String?

        init(claim: ClaimSnapshot, mark: Mark, rating: Rating, appearance: Appearance) {
            claimReviewed = ReportText.clean(claim.text)
            itemReviewed = ReviewedClaim(
                author: claim.sources.map { Thing(type: $0.kind == .person ? "Person" : "Organization", name: $0.name) },
                appearance: appearance)
            reviewRating = rating
            author = Thing(type: "Person", name: mark.author)
            datePublished = ReportText.day(mark.date)
            reviewBody = mark.note.map(ReportText.clean)
        }

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", claimReviewed, itemReviewed, reviewRating, author,
                datePublished, reviewBody
        }
    }

    struct ReviewedClaim: Encodable {
        let type = "Claim"
        /// Who made the claim: one source is an object, several an array, none omitted.
        let author: [Thing]
        let appearance: Appearance

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            if author.count == 1 {
                try container.encode(author[0], forKey: .author)
            } else if !author.isEmpty {
                try container.encode(author, forKey: .author)
            }
            try container.encode(appearance, forKey: .appearance)
        }

        enum CodingKeys: String, CodingKey { case type = "@type", author, appearance }
    }

    struct Thing: Encodable {
        let type: String
        let name: String

        init(type: String, name: String) {
            self.type = type
            self.name = ReportText.clean(name)
        }

        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    /// The article the claim appeared in; its address when it came from the web.
    struct Appearance: Encodable {
        let type = "CreativeWork"
        let headline: String
        let url: String?

        init(_ report: ArticleReport) {
            headline = ReportText.clean(report.title)
            url = report.origins.first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }.map(ReportText.clean)
        }

        enum CodingKeys: String, CodingKey { case type = "@type", headline, url }
    }

    /// The verdict, on a three-point scale from false (1) to verified (3).
    struct Rating: Encodable {
        let type = "Rating"
        let alternateName: String
        let ratingValue: Int
        let bestRating = 3
        let worstRating = 1

        init?(_ status: MarkStatus) {
            switch status {
            case .verified: (alternateName, ratingValue) = ("True", 3)
            case .disputed: (alternateName, ratingValue) = ("Disputed", 2)
            case .false: (alternateName, ratingValue) = ("False", 1)
            case .unverified: return nil
            }
        }

        enum CodingKeys: String, CodingKey { case type = "@type", alternateName, ratingValue, bestRating, worstRating }
    }
}
