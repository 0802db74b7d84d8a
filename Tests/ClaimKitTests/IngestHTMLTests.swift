import Foundation
import Testing

@testable import ClaimKit

@Suite("HTML ingest")
struct IngestHTMLTests {
    private func page(_ name: String) throws -> Article {
        let articles = try IngestFixtures.loader().load(IngestFixtures.path(name))
        try #require(articles.count == 1)
        return articles[0]
    }

    @Test("a news page gives its headline and the article's blocks, in order and kind")
    func structure() throws {
        let article = try page("page.html")
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Larsholm port says grain shipments have resumed")
        let kinds = article.blocks.map(\.kind)
        #expect(kinds == [.title, .lede, .paragraph, .paragraph, .sourceline, .heading, .paragraph, .bullet, .bullet, .paragraph])
        #expect(IngestFixtures.texts(article, .bullet) == [
            "- Grain made up about half of the port’s cargo in 2023", "- The port employs about 1,200 people",
        ])
        #expect(IngestFixtures.texts(article, .heading) == ["Background"])
    }

    @Test("navigation, cookie banner, share and signup widgets, captions, asides and footer are dropped")
    func boilerplateDropped() throws {
        let text = try page("page.html").text
        for furniture in [
            "cookies", "Accept all", "World", "Business", "Share on", "morning briefing", "Cranes at the grain quay",
            "Related stories", "Ferry strike", "All rights reserved", "Privacy", "dataLayer", "position: fixed",
            "By Mira Castell",
        ] {
            #expect(!text.contains(furniture), "\(furniture) should have been dropped")
        }
    }

    @Test("entities are decoded and inline markup reduced to its text")
    func entities() throws {
        let article = try page("page.html")
        #expect(article.text.contains("Alexandria & Tunis"))
        #expect(article.text.contains("“Loading is back to normal capacity,” port director"))
        #expect(!article.text.contains("<") && !article.text.contains("&amp;"))
    }

    @Test("section markers and background headings work as in plain text")
    func markers() throws {
        let article = try page("page.html")
        let sourceline = try #require(article.blocks.first { $0.kind == .sourceline })
        #expect(sourceline.marker == .sourceline)
        #expect(article.substring(sourceline.contentRange) == "Harbour Herald, citing the Larsholm port authority")
        let backgroundIndex = try #require(article.blocks.firstIndex { $0.kind == .heading })
        #expect(article.blocks[..<backgroundIndex].allSatisfy { !$0.inBackground })
        #expect(article.blocks[(backgroundIndex + 1)...].allSatisfy { $0.inBackground })
    }

    @Test("without semantic markup the container holding every long paragraph is the article")
    func densestContainer() throws {
        let article = try page("page-divs.html")
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Bridge repairs to take another year")
        #expect(article.blocks.count == 5)
        #expect(article.text.contains("blaming a shortage of steel"))
        #expect(article.text.contains("cost more than the repairs"))
        for furniture in ["Home", "Advertisement", "Most read", "Great article", "Harbour Street"] {
            #expect(!article.text.contains(furniture), "\(furniture) should have been dropped")
        }
    }

    @Test("a page in windows-1252 is converted by its meta charset")
    func declaredCharset() throws {
        let article = try page("page-cp1252.html")
        #expect(article.title == "Café owners protest new parking rules")
        #expect(article.text.contains("Östermalm said on Monday"))
        #expect(article.text.contains("away – a claim"))
        #expect(article.warnings.isEmpty)
    }

    @Test("a page in UTF-8 that still declares another charset is read as UTF-8")
    func mislabelledUTF8() throws {
        for charset in ["gb2312", "iso-8859-1", "windows-1252"] {
            let html = "<html><head><meta charset=\"\(charset)\"><title>谷歌的人工智能与 Café</title></head>"
                + "<body><p>DeepMind表示，这款产品具有极其重要的意义。Le café est fermé.</p></body></html>"
            let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "x.html").first)
            #expect(article.title == "谷歌的人工智能与 Café", "declared \(charset)")
            #expect(article.text.contains("DeepMind表示，这款产品具有极其重要的意义。Le café est fermé."), "declared \(charset)")
        }
    }

    @Test("invalid UTF-8 in a page is replaced and reported, the rest kept")
    func invalidUTF8() throws {
        let bytes = IngestFixtures.corrupting(try IngestFixtures.data("page.html"), at: "Alexandria")
        let articles = try IngestFixtures.loader().articles(fromBytes: bytes, path: "page.html")
        let article = try #require(articles.first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.text.contains("leaving for \u{FFFD} & Tunis"))
        #expect(article.text.contains("Loading is back to normal capacity"))
        #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test("escape sequences hidden in entities never reach the text")
    func escapesInEntities() throws {
        let html = "<html><body><h1>Head&#27;[31mline</h1><p>Body &#x1b;]0;owned&#7; text&#8238; here.</p></body></html>"
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "x.html").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.title.hasPrefix("Head"))
        #expect(!article.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    @Test("a page title loses its outlet suffix; a headline without one is kept whole")
    func outletSuffix() {
        #expect(HTMLExtractor.withoutOutletSuffix("Talks end without a deal - Harbour Herald") == "Talks end without a deal")
        #expect(HTMLExtractor.withoutOutletSuffix("Talks end without a deal | World | Harbour Herald") == "Talks end without a deal | World")
        #expect(HTMLExtractor.withoutOutletSuffix("Talks end without a deal") == "Talks end without a deal")
        #expect(HTMLExtractor.withoutOutletSuffix("Short - a long explanation of what happened next") == "Short - a long explanation of what happened next")
    }

    @Test("a page without any headline takes its first line as the title and keeps it in the body")
    func noHeadline() throws {
        let html = "<div><p>Officials said the road would reopen on Friday.</p><p>The mayor said so too.</p></div>"
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "frag.html").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Officials said the road would reopen on Friday.")
        #expect(article.blocks.map(\.kind) == [.title, .lede, .paragraph])
    }

    @Test("a page nested deeper than the reader walks keeps its deepest paragraph")
    func deepNesting() throws {
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: nested(240), path: "deep.html").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Deep page")
        #expect(article.text.contains("The innermost paragraph says the water level is rising."))
        #expect(article.text.contains("The closing paragraph"))
    }

    @Test("a page nested twenty thousand elements deep keeps all its text", arguments: [300, 20_000])
    func hostileNesting(depth: Int) throws {
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: nested(depth), path: "deep.html").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Deep page")
        #expect(article.text.contains("The innermost paragraph says the water level is rising."))
        #expect(article.text.contains("The closing paragraph"))
    }

    @Test("unclosed wrappers, one paragraph in each, keep every paragraph however deep", arguments: [190, 1_000])
    func unclosedWrappers(count: Int) throws {
        // Unwrapped only below the limit, the paragraphs past it piled into
        // one deep box that was read as the article, the others dropped.
        let html = "<html><head><title>Deep page</title></head><body><article><h1>Port traffic rises</h1>"
            + (0..<count).map { "<div><p>Paragraph \($0) says the port handled \($0 + 100) tonnes, officials said.</p>" }
            .joined() + "</article></body></html>"
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "deep.html").first)
        IngestFixtures.expectWellFormed(article)
        let kept = (0..<count).filter { article.text.contains("Paragraph \($0) says") }
        #expect(kept.count == count, "missing: \(Set(0..<count).subtracting(kept).sorted().prefix(10))")
    }

    @Test("empty elements past the nesting limit are unwrapped without touching a freed node")
    func emptyElementsPastTheLimit() throws {
        // Found by fuzz-sniffed: an empty element where the tree is
        // flattened was read after it was freed (seen under -sanitize=address).
        let html = "<html><head><title>Deep page</title></head><body>" + String(repeating: "<div>", count: 300)
            + "<span></span><br><p>The innermost paragraph says the water level is rising.</p><i></i><b></b>"
            + String(repeating: "</div>", count: 300) + "<p>The closing paragraph.</p></body></html>"
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "deep.html").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.text.contains("The innermost paragraph says the water level is rising."))
        #expect(article.text.contains("The closing paragraph"))
    }

    private func nested(_ depth: Int) -> Data {
        let html = "<html><head><title>Deep page</title></head><body>" + String(repeating: "<div>", count: depth)
            + "<p>The innermost paragraph says the water level is rising.</p>" + String(repeating: "</div>", count: depth)
            + "<p>The closing paragraph.</p></body></html>"
        return Data(html.utf8)
    }

    @Test("a page with nothing but furniture is not an article")
    func onlyFurniture() throws {
        let html = "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>"
        #expect(throws: ClaimKitError.notAnArticle(path: "empty.html", reason: "no text in it")) {
            try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "empty.html")
        }
    }
}
