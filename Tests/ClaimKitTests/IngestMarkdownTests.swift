import Foundation
import Testing

@testable import ClaimKit

@Suite("Markdown ingest")
struct IngestMarkdownTests {
    private func article(_ markdown: String, path: String = "note.md") throws -> Article {
        let articles = try IngestFixtures.loader().articles(fromBytes: Data(markdown.utf8), path: path)
        try #require(articles.count == 1)
        return articles[0]
    }

    @Test("an article's headings, joined paragraphs, lists, quotes and tables become blocks")
    func structure() throws {
        let article = try #require(try IngestFixtures.loader().load(IngestFixtures.path("article.md")).first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Ministry says new rail link to Vessby will open in spring")
        let blocks = IngestFixtures.blocks(article)
        #expect(blocks.map(\.kind) == [
            .title, .lede, .sourceline, .heading, .bullet, .bullet, .bullet, .paragraph, .paragraph, .heading, .heading,
            .heading, .boilerplate,
        ])
        #expect(blocks[1].text.hasPrefix("The transport ministry said on Friday that the new rail link between Brannholm"))
        #expect(blocks[1].text.hasSuffix("citing delays in the delivery of signalling equipment."))
        #expect(blocks[3].text == "What is known")
        #expect(IngestFixtures.texts(article, .bullet) == [
            "- The line is 84 km long and has six stations",
            "- Trains will run every 30 minutes at peak times and every hour in the evening",
            "- Tickets go on sale in March",
        ])
        #expect(blocks[7].text == "\"We would rather open late than open with a system we do not trust,\" deputy minister Hanna Ek said.")
        #expect(blocks[10].text == "Brannholm | April")
    }

    @Test("a bold outlet marker is a section marker, as in plain text")
    func boldMarker() throws {
        let article = try #require(try IngestFixtures.loader().load(IngestFixtures.path("article.md")).first)
        let sourceline = try #require(article.blocks.first { $0.kind == .sourceline })
        #expect(sourceline.marker == .sourceline)
        #expect(article.substring(sourceline.contentRange) == "Vessby Courier, citing the transport ministry")
    }

    @Test("code blocks, images, front matter and the repeated headline are dropped")
    func dropped() throws {
        let text = try #require(try IngestFixtures.loader().load(IngestFixtures.path("article.md")).first).text
        for dropped in ["curl", "timetable.json", "A train at Vessby", "vessby.jpg", "author:", "Tomas Lind\n", "---", "```", "#", "**", "](", "&mdash;"] {
            #expect(!text.contains(dropped), "\(dropped) should not be in the text")
        }
        #expect(text.components(separatedBy: "will open in spring").count == 2)
        #expect(text.contains("delay — it said"))
    }

    @Test("without front matter a leading # heading is the headline; without either, the first line")
    func headlines() throws {
        let atx = try article("# Port reopens after storm\n\nThe port reopened on Monday, officials said.\n\n## Damage\n\nTwo cranes were hit.\n")
        IngestFixtures.expectWellFormed(atx)
        #expect(atx.title == "Port reopens after storm")
        #expect(atx.blocks.map(\.kind) == [.title, .lede, .heading, .paragraph])

        let setext = try article("Port reopens after storm\n========================\n\nThe port reopened on Monday.\n\nDamage\n------\n\nTwo cranes were hit.\n")
        #expect(setext.title == "Port reopens after storm")
        #expect(IngestFixtures.texts(setext, .heading) == ["Damage"])

        let bare = try article("Port reopens after storm\n\nThe port reopened on Monday, officials said.\n")
        #expect(bare.title == "Port reopens after storm")
        #expect(bare.blocks.map(\.kind) == [.title, .lede])
    }

    @Test("inline markup is reduced to what a reader sees")
    func inline() {
        let cases: [(String, String)] = [
            ("*Officials* said **on Monday** that __talks__ _had_ ~~ended~~ failed", "Officials said on Monday that talks had ended failed"),
            ("the [ministry](https://example.org/m \"title\") and [the agency][ag] said", "the ministry and the agency said"),
            ("a snake_case_name and 5 * 3 stay as written", "a snake_case_name and 5 * 3 stay as written"),
            ("code `a*b*c` keeps its stars", "code a*b*c keeps its stars"),
            ("escaped \\*stars\\* and \\[brackets\\]", "escaped *stars* and [brackets]"),
            ("AT&amp;T &eacute;t&eacute; &#8220;quoted&#x201D; &bogus; & done", "AT&T été “quoted” &bogus; & done"),
            ("see <https://example.org/report> or <b>bold</b> <!-- note -->text", "see https://example.org/report or bold text"),
            ("a footnote[^1] and ![a chart](chart.png) image", "a footnote and  image"),
            ("nested [link with *emphasis* inside](https://x.org) here", "nested link with emphasis inside here"),
            ("unclosed [bracket and (paren", "unclosed [bracket and (paren"),
        ]
        for (markdown, expected) in cases {
            #expect(MarkdownInline.text(markdown) == expected)
        }
    }

    @Test("a line of a thousand openers or quote markers is read without trouble")
    func pathological() throws {
        let openers = String(repeating: "[", count: 5000) + String(repeating: "`", count: 3000) + " text"
        #expect(MarkdownInline.text(openers).hasSuffix(" text"))
        let quotes = try article("Headline\n\n" + String(repeating: ">", count: 2000) + " deeply quoted text\n")
        IngestFixtures.expectWellFormed(quotes)
        #expect(quotes.text.contains("deeply quoted text"))
    }

    @Test("invalid UTF-8 in Markdown is replaced and reported")
    func invalidUTF8() throws {
        let bytes = IngestFixtures.corrupting(try IngestFixtures.data("article.md"), at: "Brannholm")
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: bytes, path: "article.md").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.text.contains("between \u{FFFD} and Vessby"))
        #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test("Markdown on standard input is recognised by its front matter or # headline")
    func sniffed() throws {
        let article = try article("# Port reopens\n\nThe port *reopened* on Monday.\n", path: "-")
        #expect(article.title == "Port reopens")
        #expect(article.text == "Port reopens\nThe port reopened on Monday.")
    }
}
