import Testing

@testable import ClaimKit

@Suite("Plain-text ingest")
struct PlainTextIngestTests {
    private let ingest = PlainTextIngest(lexicon: sharedParser.lexicon)

    private func kinds(_ article: Article) -> [BlockKind] { article.blocks.map(\.kind) }

    @Test("headline, lede, outlet markers, bullets and footers become structure")
    func structure() {
        let article = ingest.article(
            from: """
                Port authority says dredging will start in May

                The port authority said on Monday that dredging would begin in May.
                Source: Harbour Gazette, citing two officials
                Details: The work is expected to take six weeks.
                Background:
                - The channel was last dredged in 2019.
                Reporting by Ann Cole; Editing by Tom Hale
                """, path: "port.txt")
        #expect(article.title == "Port authority says dredging will start in May")
        #expect(kinds(article) == [.title, .lede, .sourceline, .paragraph, .heading, .bullet, .boilerplate])
        #expect(article.blocks[5].inBackground)
        #expect(!article.blocks[3].inBackground)
        // Markers and bullets are structure: the prose starts after them.
        #expect(article.substring(article.blocks[3].contentRange) == "The work is expected to take six weeks.")
        #expect(article.substring(article.blocks[5].contentRange) == "The channel was last dredged in 2019.")
    }

    @Test("every block range lies inside the text and the text reads back")
    func ranges() {
        let article = ingest.article(from: "Title\n\nOne.\n\nTwo \u{201C}quoted\u{201D} caf\u{E9}.\n", path: nil)
        for block in article.blocks {
            #expect(block.range.end <= article.scalars.count)
        }
        #expect(article.substring(article.blocks[2].range) == "Two \u{201C}quoted\u{201D} caf\u{E9}.")
    }

    @Test("a wire dateline is kept out of the lede's prose")
    func dateline() {
        let article = ingest.article(
            from: "Headline\n\nOSLO, Feb 20 (Wire) — The company cut its forecast on Thursday.", path: nil)
        #expect(article.substring(article.blocks[1].contentRange) == "The company cut its forecast on Thursday.")
    }

    @Test("a dateline's place may be in ordinary case when its agency follows in brackets")
    func titleCaseDateline() {
        let wire = ingest.article(
            from: "Headline\n\nPort Velden (Wire) – The mayor on Monday toured the flooded docks, saying the repairs would take a year.", path: nil)
        #expect(wire.substring(wire.blocks[1].contentRange).hasPrefix("The mayor on Monday"))
        let party = ingest.article(
            from: "Headline\n\nAna Soto (D-Velden) – the mayor – toured the docks on Monday.", path: nil)
        #expect(party.substring(party.blocks[1].contentRange).hasPrefix("Ana Soto"))
    }

    @Test("hard-wrapped paragraphs are joined back into one")
    func hardWrapped() {
        let article = ingest.article(
            from: """
                Headline of the story

                The first paragraph of this story was written in a plain
                text editor that wrapped every line at sixty characters or
                so, as mail clients do.

                A second paragraph follows it here, also wrapped by the
                editor, before the end.
                """, path: nil)
        #expect(article.blocks.count == 3)
        #expect(article.substring(article.blocks[1].range).hasPrefix("The first paragraph of this story was written in a plain text"))
    }

    @Test("invalid UTF-8 is replaced with a warning")
    func invalidBytes() {
        let bytes = Array("Headline\n\nBody ".utf8) + [0xC3, 0x28] + Array(" text.".utf8)
        let article = ingest.article(fromBytes: bytes, path: "bad.txt")
        #expect(article.text.contains("\u{FFFD}"))
        #expect(article.warnings.contains { $0.contains("invalid UTF-8") })
    }
}
