import Foundation
import Testing

@testable import ClaimKit

@Suite("Feed ingest")
struct IngestFeedTests {
    @Test("an RSS feed with three items gives three articles, each with its link as path")
    func rss() throws {
        let path = IngestFixtures.path("feed-rss.xml")
        let articles = try IngestFixtures.loader().load(path)
        #expect(articles.count == 3)
        articles.forEach { IngestFixtures.expectWellFormed($0) }
        #expect(articles.map(\.title) == [
            "Fishermen say quota cut will close harbours", "Council denies plan to sell ferry company",
            "Storm warning lifted for the islands",
        ])
        #expect(articles.map(\.path) == [
            "https://wire.example.org/2024/quota-cut", "https://wire.example.org/2024/ferry-sale", "\(path)#3",
        ])
    }

    @Test("an item's full content wins over its teaser and goes through the HTML reader")
    func rssContent() throws {
        let articles = try IngestFixtures.loader().load(IngestFixtures.path("feed-rss.xml"))
        let first = articles[0]
        #expect(!first.text.contains("Short teaser"))
        #expect(!first.text.contains("Share this story"))
        #expect(first.blocks.map(\.kind) == [.title, .lede, .sourceline, .bullet, .bullet])
        let second = articles[1]
        #expect(second.text.contains("calling the report \"pure speculation\"."))
        #expect(second.blocks.map(\.kind) == [.title, .lede, .paragraph])
        let third = articles[2]
        #expect(third.blocks.map(\.kind) == [.title, .lede, .paragraph])
        #expect(IngestFixtures.texts(third, .paragraph) == ["Ferries are expected to run to schedule from noon, the operator said."])
    }

    @Test("Atom entries: HTML titles reduced to text, html and xhtml content read, links from href")
    func atom() throws {
        let articles = try IngestFixtures.loader().load(IngestFixtures.path("feed-atom.xml"))
        #expect(articles.count == 2)
        articles.forEach { IngestFixtures.expectWellFormed($0) }
        #expect(articles.map(\.title) == ["Dam operator says water levels are safe", "Mayor rejects claims of budget shortfall"])
        #expect(articles.map(\.path) == ["https://observer.example.net/dam-levels", "https://observer.example.net/budget"])
        #expect(articles[0].blocks.map(\.kind) == [.title, .lede, .heading, .paragraph])
        #expect(articles[0].blocks.last?.inBackground == true)
        #expect(IngestFixtures.texts(articles[1], .paragraph) == ["The opposition said the figures came from an internal memo."])
    }

    @Test("invalid UTF-8 in a feed is replaced and reported, and the feed still reads")
    func invalidUTF8() throws {
        let bytes = IngestFixtures.corrupting(try IngestFixtures.data("feed-rss.xml"), at: "herring")
        let articles = try IngestFixtures.loader().articles(fromBytes: bytes, path: "feed.xml")
        #expect(articles.count == 3)
        #expect(articles[0].text.contains("cut in the \u{FFFD} quota"))
        #expect(articles[0].warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test("a feed in ISO-8859-1 is converted by its XML declaration")
    func declaredEncoding() throws {
        let xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>T</title><item><title>Caf\u{E9} prices rise</title>\
            <description>Prices in Malm\u{F6} rose, the bureau said.</description></item></channel></rss>
            """
        let bytes = try #require(xml.data(using: .isoLatin1))
        let articles = try IngestFixtures.loader().articles(fromBytes: bytes, path: "latin.xml")
        #expect(articles.map(\.title) == ["Café prices rise"])
        #expect(articles[0].text.contains("Prices in Malmö rose"))
        #expect(articles[0].warnings.isEmpty)
    }

    @Test("a feed in Windows-1252 that declares no charset is read as Windows-1252")
    func undeclaredWindows1252() throws {
        let xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>Caf\u{E9} prices rise</title>"
            + "<description>\u{201C}Prices in Malm\u{F6} rose\u{201D}, the bureau said \u{2014} again.</description>"
            + "</item></channel></rss>"
        let bytes = try #require(xml.data(using: .windowsCP1252))
        let articles = try IngestFixtures.loader().articles(fromBytes: bytes, path: "cp1252.xml")
        #expect(articles.map(\.title) == ["Café prices rise"])
        #expect(articles[0].text.contains("\u{201C}Prices in Malmö rose\u{201D}, the bureau said \u{2014} again."))
    }

    @Test("bytes that are not UTF-8 in a tag name are an error, not a crash")
    func invalidBytesInTagName() throws {
        // Found by fuzz-feed: Foundation's XMLParser stopped the program on
        // a tag name that was not UTF-8.
        let bytes = Data([0x3C, 0xFF, 0xFE, 0x3E, 0x64])
        #expect(throws: ClaimKitError.self) {
            try IngestFixtures.loader().articles(fromBytes: bytes, path: "feed.xml")
        }
        let feed = Data("<rss version=\"2.0\"><channel><item><title>Harbour</title><".utf8) + Data([0xFF, 0xFE])
            + Data("><description>The harbour master said traffic was normal.</description></item></channel></rss>".utf8)
        let articles = (try? IngestFixtures.loader().articles(fromBytes: feed, path: "feed.xml")) ?? []
        articles.forEach { IngestFixtures.expectWellFormed($0) }
    }

    @Test("a feed over 10 MB is read whole, past libxml2's limit on one input chunk")
    func largeFeed() throws {
        let item = "<item><title>Harbour entry</title><description>The harbour master said traffic was normal. "
            + String(repeating: "Pilots reported calm seas along the coast. ", count: 40) + "</description></item>\n"
        let count = 10_500_000 / item.utf8.count + 1
        let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>\n"
            + String(repeating: item, count: count) + "</channel></rss>"
        let articles = try IngestFixtures.loader().articles(fromBytes: Data(xml.utf8), path: "big.xml")
        #expect(articles.count == count)
        #expect(articles.last?.path == "big.xml#\(count)")
    }

    @Test("a malformed feed is one error naming the file and the line")
    func malformed() throws {
        let xml = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>Half an item</title>\n</channel></rss>"
        let error = try #require(throws: ClaimKitError.self) {
            try IngestFixtures.loader().articles(fromBytes: Data(xml.utf8), path: "broken.xml")
        }
        guard case .notAnArticle(let path, let reason) = error else {
            Issue.record("expected notAnArticle, got \(error)")
            return
        }
        #expect(path == "broken.xml")
        #expect(reason.hasPrefix("malformed XML at line "))
        #expect(!error.description.contains("\n"))
    }

    @Test("XML that is not a feed, and a feed without entries, are errors")
    func notFeeds() throws {
        let sitemap = "<?xml version=\"1.0\"?><urlset><url><loc>https://x.org/</loc></url></urlset>"
        #expect(throws: ClaimKitError.notAnArticle(path: "map.xml", reason: "not an RSS or Atom feed (its root element is <urlset>)")) {
            try IngestFixtures.loader().articles(fromBytes: Data(sitemap.utf8), path: "map.xml")
        }
        let empty = "<rss version=\"2.0\"><channel><title>Nothing yet</title></channel></rss>"
        #expect(throws: ClaimKitError.notAnArticle(path: "empty.rss", reason: "the feed has no entries with text")) {
            try IngestFixtures.loader().articles(fromBytes: Data(empty.utf8), path: "empty.rss")
        }
    }

    @Test("escape sequences, bidi overrides and line breaks in an entry link never reach the article's path")
    func unsafeLink() throws {
        let xml = "<rss><channel><item><title>Headline</title><link>\n https://x.org/\u{1B}[2Ja&#x202E;b&#x200B;c\n</link></item></channel></rss>"
        let articles = try IngestFixtures.loader().articles(fromBytes: Data(xml.utf8), path: "f.rss")
        #expect(articles.first?.path == "https://x.org/abc")
    }
}
