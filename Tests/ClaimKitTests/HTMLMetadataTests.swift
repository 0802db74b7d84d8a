import Foundation
import Testing

@testable import ClaimKit

/// One small page for each way a page names its article's authors, date,
/// site and language.
@Suite("HTML metadata: byline, date, site and language")
struct HTMLMetadataTests {
    private let body = "<article><p>The ferry service between the islands will resume on Monday, the operator said, "
        + "after repairs to the northern pier that took three months and cost more than expected.</p>"
        + "<p>Tickets go on sale on Friday, and the first boat leaves at seven in the morning.</p></article>"

    private func read(head: String, body: String? = nil, htmlAttributes: String = "") throws -> Article {
        let html = "<!DOCTYPE html><html\(htmlAttributes)><head>\(head)</head><body>\(body ?? self.body)</body></html>"
        let article = try #require(
            try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "page.html").first)
        IngestFixtures.expectWellFormed(article)
        return article
    }

    @Test("schema.org JSON-LD gives headline, authors, date, publisher and language, in a @graph and a CDATA wrapper")
    func jsonLD() throws {
        let script = """
            <script type="application/ld+json"><![CDATA[{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Island Post"},
              {"@type": ["NewsArticle"], "headline": "Ferry service to resume on Monday",
               "author": [{"@type": "Person", "name": "Mira Castell"}, {"@type": "Person", "name": "Tomas Berg"}],
               "datePublished": "2024-03-04T09:00:00+01:00", "publisher": {"@type": "Organization", "name": "Island Post"},
               "inLanguage": "en-GB"}]}]]></script>
            """
        let article = try read(head: "<title>Ferry | Island Post</title>" + script)
        #expect(article.title == "Ferry service to resume on Monday")
        #expect(article.metadata == ArticleMetadata(
            byline: "Mira Castell, Tomas Berg", published: "2024-03-04T09:00:00+01:00", site: "Island Post",
            language: "en-GB"))
    }

    @Test("Open Graph, Dublin Core and plain meta names stand in; an author given as a web address is no byline")
    func metaTags() throws {
        let article = try read(
            head: """
                <meta property="article:author" content="https://example.org/staff/mira">
                <meta name="DC.creator" content="Mira Castell">
                <meta property="og:site_name" content="Island Post">
                <meta property="article:published_time" content="2024-03-04 09:00">
                <meta property="og:locale" content="en_GB">
                """)
        #expect(article.metadata == ArticleMetadata(
            byline: "Mira Castell", published: "2024-03-04T09:00", site: "Island Post", language: "en-GB"))
        let urlOnly = try read(head: "<meta property=\"article:author\" content=\"https://example.org/staff/mira\">")
        #expect(urlOnly.metadata.byline == nil)
    }

    @Test("a byline line in the article's header names the authors and leaves the text; a comment's author does not")
    func bylineLine() throws {
        let page = "<div class='comment-list'><p class='byline'>Posted by Angry Reader</p></div>"
            + "<article><header><h1>Ferry service to resume</h1>"
            + "<p class='byline'>By <span itemprop='author'><span itemprop='name'>Mira Castell</span></span> —</p></header>"
            + "<p>The ferry service between the islands will resume on Monday, the operator said, after repairs "
            + "that took three months.</p><p class='article-byline'>By Mira Castell</p>"
            + "<p>Tickets go on sale on Friday, and the first boat leaves at seven in the morning.</p></article>"
            + "<div class='comments'><p class='byline'>Posted by Another Reader</p></div>"
        let article = try read(head: "", body: page)
        #expect(article.metadata.byline == "Mira Castell")
        let inBody = try read(head: "", body: "<article><p class='byline'>By Tomas Berg</p>" + body.dropFirst(9))
        #expect(inBody.metadata.byline == "Tomas Berg")
        #expect(!inBody.text.contains("Tomas Berg"))
        let commentOnly = try read(
            head: "", body: body + "<div class='comments'><p class='byline'>Posted by Another Reader</p></div>")
        #expect(commentOnly.metadata.byline == nil)
    }

    @Test("the text listing shows the byline line and the article in paragraphs, bullets together")
    func textListing() throws {
        let page = "<article><h1>Ferry service to resume</h1><p>The ferry service will resume on Monday.</p>"
            + "<h2>Tickets</h2><ul><li>Adults pay 12 euros</li><li>Children travel free</li></ul></article>"
        let article = try read(
            head: "<meta name='author' content='Mira Castell'><meta property='og:site_name' content='Island Post'>",
            body: page)
        let listing = TextListing.render(sharedParser.analyze(article))
        #expect(listing.hasPrefix("Ferry service to resume\npage.html · "))
        #expect(listing.contains("\nBy Mira Castell · Island Post\n\nThe ferry service will resume on Monday.\n\nTickets\n\n"
            + "- Adults pay 12 euros\n- Children travel free\n\nClaims\n"))
    }

    @Test("a <time> the page marks as the publication date, or one in the article, gives the date")
    func timeElements() throws {
        let marked = try read(
            head: "", body: "<time datetime='2023-12-01'>Dec 1</time>" + body
                + "<footer><time pubdate datetime='2024-03-04T09:00:00Z'>4 March</time></footer>")
        #expect(marked.metadata.published == "2024-03-04T09:00:00Z")
        let inArticle = try read(head: "", body: "<article><time datetime='2024-03-05'>5 March</time>" + body.dropFirst(9))
        #expect(inArticle.metadata.published == "2024-03-05")
    }

    @Test("the language comes from <html lang>, else content-language, else og:locale, as a BCP 47 tag")
    func language() throws {
        #expect(try read(head: "", htmlAttributes: " lang='pt_br'").metadata.language == "pt-BR")
        #expect(try read(head: "<meta http-equiv='Content-Language' content='de'>").metadata.language == "de")
        #expect(try read(head: "<meta property='og:locale' content='zh_Hant_TW'>").metadata.language == "zh-Hant-TW")
        #expect(try read(head: "", htmlAttributes: " lang='not a language'").metadata.language == nil)
    }

    @Test("dates in the usual forms become ISO 8601; anything else is no date", arguments: [
        ("Mon, 04 Mar 2024 09:00:00 GMT", "2024-03-04T09:00:00Z"), ("March 4, 2024", "2024-03-04"),
        ("4 March 2024", "2024-03-04"), ("2024-03-04T09:00:00.123+0100", "2024-03-04T09:00:00.123+01:00"),
        ("2024-13-04", nil), ("yesterday", nil),
    ])
    func dates(_ value: String, _ expected: String?) {
        #expect(MetadataValues.date(value) == expected)
    }

    @Test("a page that says nothing has no metadata, and hostile values are cleaned")
    func absentAndHostile() throws {
        #expect(try read(head: "<title>Ferry</title>").metadata.isEmpty)
        let hostile = try read(head: "<meta name='author' content='Mira\u{1B}[31m Castell\u{202E}'>")
        #expect(hostile.metadata.byline == "Mira Castell")
    }
}
