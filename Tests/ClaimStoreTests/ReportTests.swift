import ClaimKit
import Foundation
import Testing

@testable import ClaimStore

@Suite("Reports: Markdown, JSON and ClaimReview")
struct ReportTests {
    /// The drone article with c1 verified (noted), c2 disputed then false, c3 unmarked.
    private func markedReport(note: String = "port records") throws -> (MarkStore, Analysis, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        let analysis = droneArticle(path: "https://example.org/news/drones")
        let article = analysis.article.fingerprint
        try store.register(analysis, origin: "https://example.org/news/drones")
        try store.setMark(article: article, claim: analysis.claims[0].fingerprint, status: .verified, note: note, author: "ana")
        try store.setMark(article: article, claim: analysis.claims[1].fingerprint, status: .disputed, note: nil, author: "ana")
        try store.setMark(article: article, claim: analysis.claims[1].fingerprint, status: .false, note: nil, author: "ben")
        return (store, analysis, folder)
    }

    @Test("a report lists every claim with its sources, mark and history")
    func reportContents() throws {
        let (store, analysis, _) = try markedReport()
        let report = try store.report(for: analysis)
        #expect(report.claims.map(\.claim.id) == ["c1", "c2", "c3"])
        #expect(report.claims.map(\.status) == [.verified, .false, .unverified])
        #expect(report.claims[1].history.map(\.author) == ["ana", "ben"])
        #expect(report.claims[0].claim.sources == [SourceSnapshot(name: "officials", kind: .organization)])
        #expect(report.formerClaims.isEmpty)
        // The store alone gives the same report, from what it saw.
        #expect(try store.reports() == [report])
    }

    @Test("a marked claim the article no longer has stays in the report")
    func formerClaims() throws {
        let (store, _, _) = try markedReport()
        let rewritten = droneArticle(secondClaim: "Lawmakers in the capital called for an inquiry into exports.")
        let report = try store.report(for: rewritten)
        #expect(report.claims[1].state == nil)
        #expect(report.formerClaims.count == 1)
        #expect(report.formerClaims.first?.claim.text == "Maria Lopez said the contract was signed in March.")
        #expect(report.formerClaims.first?.status == .false)
    }

    @Test("Markdown shows each claim's status, source, note and history")
    func markdown() throws {
        let (store, analysis, _) = try markedReport()
        let markdown = MarkdownReport.render([try store.report(for: analysis)])
        #expect(markdown.hasPrefix("# Verification report\n"))
        #expect(markdown.contains("## Officials weigh reports of drone shipments"))
        #expect(markdown.contains("#### c1: verified"))
        #expect(markdown.contains("- Source: Maria Lopez"))
        #expect(markdown.contains("- Note: port records"))
        #expect(markdown.contains(" ana: disputed\n"))
        #expect(markdown.contains(" ben: false\n"))
        #expect(markdown.contains("#### c3: unverified"))
    }

    @Test("JSON carries every claim with status, note and history")
    func json() throws {
        let (store, analysis, _) = try markedReport()
        let data = try JSONReport.render([try store.report(for: analysis)])
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["schema"] as? String == "crosscheck.report/1")
        let article = try #require((document["articles"] as? [[String: Any]])?.first)
        let claims = try #require(article["claims"] as? [[String: Any]])
        #expect(claims.map { $0["status"] as? String } == ["verified", "false", "unverified"])
        #expect(claims[0]["note"] as? String == "port records")
        #expect((claims[1]["history"] as? [[String: Any]])?.map { $0["author"] as? String } == ["ana", "ben"])
        #expect(claims[2]["note"] is NSNull)
    }

    @Test("ClaimReview JSON-LD: one review per verdict, with claim, author, appearance and rating")
    func claimReview() throws {
        let (store, analysis, _) = try markedReport()
        let data = try ClaimReviewReport.render([try store.report(for: analysis)])
        let reviews = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(reviews.count == 2)
        let first = reviews[0]
        #expect(first["@context"] as? String == "https://schema.org")
        #expect(first["@type"] as? String == "ClaimReview")
        #expect(first["claimReviewed"] as? String == analysis.claims[0].text)
        let item = try #require(first["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        #expect((item["author"] as? [String: Any])?["name"] as? String == "officials")
        let appearance = try #require(item["appearance"] as? [String: Any])
        #expect(appearance["headline"] as? String == "Officials weigh reports of drone shipments")
        #expect(appearance["url"] as? String == "https://example.org/news/drones")
        #expect((first["reviewRating"] as? [String: Any])?["alternateName"] as? String == "True")
        #expect((first["author"] as? [String: Any])?["name"] as? String == "ana")
        let date = try #require(first["datePublished"] as? String)
        #expect(date.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
        #expect((reviews[1]["reviewRating"] as? [String: Any])?["alternateName"] as? String == "False")
        #expect((reviews[1]["author"] as? [String: Any])?["name"] as? String == "ben")
    }

    @Test("escape sequences and control characters never reach a report")
    func cleaned() throws {
        let hostile = "ok\u{1B}[31m red\u{1B}]0;title\u{07} \u{202E}x\u{8}y\r\nz"
        let (store, analysis, _) = try markedReport(note: hostile)
        let report = try store.report(for: analysis)
        let outputs = [
            MarkdownReport.render([report]),
            String(decoding: try JSONReport.render([report]), as: UTF8.self),
            String(decoding: try ClaimReviewReport.render([report]), as: UTF8.self),
            MarksListing.render([report]),
        ]
        for output in outputs {
            let unsafe = output.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || $0 == "\u{202E}"
            }
            #expect(unsafe.isEmpty, "unsafe characters \(unsafe.map(\.value)) in \(output.prefix(60))")
            #expect(output.contains("red"))
        }
    }

    @Test("Markdown in article text cannot add links or markup to the report")
    func markdownEscaped() {
        #expect(MarkdownReport.escape("[click](http://x) *now* <b>") == "\\[click\\](http://x) \\*now\\* \\<b\\>")
    }
}
