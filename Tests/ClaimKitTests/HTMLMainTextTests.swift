import Foundation
import Testing

@testable import ClaimKit

/// One small page for each rule that finds a page's main text.
@Suite("HTML main-text detection rules")
struct HTMLMainTextTests {
    private func read(_ body: String, head: String = "<title>Ferry service to resume on Monday</title>")
        throws -> Article
    {
        let html = "<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>"
        let articles = try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "page.html")
        let article = try #require(articles.first)
        IngestFixtures.expectWellFormed(article)
        return article
    }

    private func paragraphs(_ count: Int, about topic: String) -> String {
        (1...count).map {
            "<p>Paragraph \($0) about \(topic), which the harbour office explained at length on Friday, "
                + "saying that the work, the tests and the inspections were now complete.</p>"
        }.joined()
    }

    private static let sidebar = """
        <div class="widget-area"><h3>Most read</h3><ul><li><a href="/1">Storm closes bridge</a></li>\
        <li><a href="/2">Council votes on budget</a></li><li><a href="/3">Market reopens</a></li></ul></div>
        """

    @Test("the box with the most prose wins over sidebars and footers without any semantic markup")
    func scoredContainer() throws {
        let article = try read(
            "<div id='wrap'><div id='a1'>\(paragraphs(4, about: "the ferry"))</div>"
                + "<div id='a2'>\(Self.sidebar)<p>Short note.</p></div></div>")
        #expect(article.text.contains("Paragraph 4 about the ferry"))
        #expect(!article.text.contains("Most read") && !article.text.contains("Storm closes bridge"))
    }

    @Test("comments, navigation and related boxes named by class or id are dropped, camelCase and run-together names too")
    func furnitureByClass() throws {
        let article = try read(
            "<div class='post-body'>\(paragraphs(3, about: "the ferry"))</div>"
                + "<div id='fbCommentsModule'><p>What a great decision by the harbour office, I have waited for years.</p></div>"
                + "<div class='site-menu'><p>Home, News, Sport, Weather and everything else on this site.</p></div>"
                + "<div class='relatedStories'><p>Earlier: the harbour office said repairs would take a month.</p></div>")
        #expect(article.text.contains("Paragraph 3 about the ferry"))
        for furniture in ["great decision", "Weather", "Earlier:"] {
            #expect(!article.text.contains(furniture), "\(furniture) should have been dropped")
        }
    }

    @Test("the class vocabulary is a data file: a word added there drops the boxes it names")
    func vocabularyIsData() throws {
        let copy = try LexiconCopy()
        defer { copy.remove() }
        let folder = copy.folder
        let vocabularyFile = folder.appendingPathComponent(PageClassVocabulary.fileName)
        let original = try String(contentsOf: vocabularyFile, encoding: .utf8)
        try original.replacingOccurrences(of: "[furniture]\n", with: "[furniture]\ntimeline\n")
            .write(to: vocabularyFile, atomically: true, encoding: .utf8)
        let html = "<html><body><div class='story'>\(paragraphs(5, about: "the ferry"))"
            + "<div class='timeline'><p>In 2019 the harbour office first proposed the new ferry timetable.</p></div>"
            + "</div></body></html>"
        let shippedArticle = try #require(
            try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "page.html").first)
        #expect(shippedArticle.text.contains("first proposed"))
        let custom = ArticleLoader(lexicon: try Lexicon(directory: folder))
        let customArticle = try #require(try custom.articles(fromBytes: Data(html.utf8), path: "page.html").first)
        #expect(!customArticle.text.contains("first proposed"))
        #expect(customArticle.text.contains("Paragraph 3 about the ferry"))
    }

    @Test("class words are cut at separators and capitals, whole words and word parts matched")
    func classWords() throws {
        let vocabulary = try PageClassVocabulary(directory: LexiconFiles.directory())
        func signals(_ value: String) -> ClassSignals {
            Array(value.utf8).withUnsafeBufferPointer { vocabulary.signals(of: $0) }
        }
        #expect(signals("site-footer").contains(.furniture))
        #expect(signals("mainFooterArea").contains(.furniture))
        #expect(signals("fbcommentsmodule").contains(.furniture))
        #expect(signals("shareBar").contains(.weak))
        #expect(signals("article-body").contains(.article))
        #expect(signals("content sidebar").isSuperset(of: [.furniture, .keep]))
        #expect(signals("headline").isEmpty)
        #expect(signals("adventure").isEmpty)
    }

    @Test("a box that also names itself the content is not dropped for a furniture word")
    func keepWord() throws {
        let article = try read("<div class='content-with-sidebar'>\(paragraphs(3, about: "the ferry"))</div>")
        #expect(article.text.contains("Paragraph 1 about the ferry"))
    }

    @Test("a page whose only article sits in a box named as furniture is read with looser rules")
    func furnitureNamedArticle() throws {
        let article = try read("<div id='header-wrap'>\(paragraphs(3, about: "the ferry"))</div>")
        #expect(article.text.contains("Paragraph 3 about the ferry"))
    }

    @Test("a list of links and the line introducing it are dropped; a list of facts stays")
    func linkLists() throws {
        let article = try read(
            "<article>\(paragraphs(3, about: "the ferry"))<ul><li>Tickets cost 12 euros</li><li>Boats leave hourly</li></ul>"
                + "<p>More stories from the coast:</p><ul><li><a href='/1'>Lighthouse keeper retires after forty years</a></li>"
                + "<li><a href='/2'>Fishing fleet returns early</a></li><li><a href='/3'>New pier opens</a></li></ul></article>")
        #expect(IngestFixtures.texts(article, .bullet) == ["- Tickets cost 12 euros", "- Boats leave hourly"])
        #expect(!article.text.contains("More stories") && !article.text.contains("Lighthouse"))
    }

    @Test("a list of other stories, each a linked headline over a line of summary, is dropped with its heading")
    func teaserLists() throws {
        func teaser(_ headline: String, _ summary: String) -> String {
            "<li><h3><a href='/s'>\(headline)</a></h3><p>\(summary)</p></li>"
        }
        let article = try read(
            "<div class='story-body'>\(paragraphs(4, about: "the ferry"))"
                + "<ul><li>The new timetable starts on Monday, <a href='/t'>see the timetable</a>, and runs all summer</li>"
                + "<li>Fares stay the same for children and pensioners until next spring</li></ul>"
                + "<h2>Top stories</h2><ul>"
                + teaser("Lighthouse keeper retires", "After forty years on the rock, the keeper hands over the lamp.")
                + teaser("Fishing fleet returns early", "Storms in the north sent the boats home two weeks before time.")
                + teaser("New pier opens", "The council opened the pier after a year of building work.")
                + "</ul></div>")
        #expect(article.text.contains("Paragraph 4 about the ferry"))
        #expect(article.text.contains("The new timetable starts on Monday") && article.text.contains("Fares stay the same"))
        for teaser in ["Top stories", "Lighthouse", "forty years", "Storms in the north"] {
            #expect(!article.text.contains(teaser), "\(teaser) should have been dropped")
        }
    }

    @Test("a short article's lists of other stories stay out when the looser readings take in the box the strict one dropped")
    func teaserListsInLooserReadings() throws {
        func teaser(_ headline: String) -> String { "<li><h3><a href='/v'>\(headline)</a></h3></li>" }
        let mostWatched = "<div class='most-watched'><h2>Most watched</h2><ol>"
            + teaser("Lighthouse keeper retires") + teaser("Fishing fleet returns early") + teaser("New pier opens")
            + "</ol></div>"
        let videoPage = try read(
            "<div id='wrap'><div class='video-meta'><p>The ferry to the islands runs again from Monday, "
                + "after three months of repairs to the pier.</p><p>Our reporter took the first crossing, "
                + "and spoke to the captain about the winter ahead.</p></div>\(mostWatched)</div>")
        #expect(videoPage.text.contains("The ferry to the islands runs again") && videoPage.text.contains("first crossing"))
        for teaser in ["Most watched", "Lighthouse", "Fishing fleet"] {
            #expect(!videoPage.text.contains(teaser), "\(teaser) should have been dropped")
        }
        let sectionFront = try read("<div id='wrap'>\(mostWatched)</div>")
        #expect(sectionFront.text.contains("Fishing fleet returns early"), "a page of nothing but teasers is read as one")
    }

    @Test("teasers whose linked headlines are named as page headers by class, and a list of one teaser, are dropped")
    func teasersWithFurnitureHeadings() throws {
        func teaser(_ headline: String, _ summary: String) -> String {
            "<li><h3 class='feature-header'><a href='/f'>\(headline)</a></h3><p>\(summary)</p></li>"
        }
        let article = try read(
            "<div class='story-body'>\(paragraphs(4, about: "the ferry"))<h2>Features</h2><ul>"
                + teaser("Lighthouse keeper retires", "After forty years on the rock, the keeper hands over the lamp.")
                + teaser("Fishing fleet returns early", "Storms in the north sent the boats home two weeks before time.")
                + "</ul><h2>Elsewhere</h2><ul><li><h3><a href='/p'>New pier opens</a></h3>"
                + "<p>The council opened the pier after a year of building work.</p></li></ul>"
                + "<ul><li>Tickets cost 12 euros, children travel free</li></ul></div>")
        #expect(article.text.contains("Paragraph 4 about the ferry"))
        #expect(IngestFixtures.texts(article, .bullet) == ["- Tickets cost 12 euros, children travel free"])
        for teaser in ["Features", "forty years", "Storms in the north", "Elsewhere", "year of building work"] {
            #expect(!article.text.contains(teaser), "\(teaser) should have been dropped")
        }
    }

    @Test("the standfirst in the article's own header is read after the headline; the page header is not")
    func standfirstInArticleHeader() throws {
        let standfirst = "After three months of repairs, the ferry to the islands runs again from Monday, "
            + "the harbour office said."
        let article = try read(
            "<header><p>The harbour town's own paper, with news from the quay, the market and the council, every day.</p>"
                + "</header><article><header><h1>Ferry service to resume on Monday</h1><p>\(standfirst)</p></header>"
                + "<div class='body-text'>\(paragraphs(4, about: "the ferry"))</div></article>")
        #expect(article.title == "Ferry service to resume on Monday")
        #expect(IngestFixtures.blocks(article).dropFirst().first?.text == standfirst)
        #expect(article.text.contains("Paragraph 4 about the ferry"))
        #expect(!article.text.contains("own paper"))
        #expect(IngestFixtures.texts(article, .heading).isEmpty, "the headline is the title, not a heading in the text")
    }

    @Test("boxes around the article whose classes name the content are not taken for parts of a split article")
    func nestedContentBoxes() throws {
        let article = try read(
            "<div class='page'><div class='content'><div class='main'><div class='story'>"
                + "\(paragraphs(2, about: "the ferry"))</div></div><div class='desk-notes'><p>Other news from the desk, "
                + "told here at some length, about the market hall and the new car park.</p></div></div></div>")
        #expect(article.text.contains("Paragraph 2 about the ferry"))
        #expect(!article.text.contains("market hall"))
    }

    @Test("widgets inside the article are dropped: a sign-up form, a box of links, a lone embed")
    func widgets() throws {
        let article = try read(
            "<div class='entry'>\(paragraphs(3, about: "the ferry"))"
                + "<div><p>Get our newsletter</p><input type='email'><input type='submit'></div>"
                + "<div>See also <a href='/a'>the timetable</a> and <a href='/b'>the fares</a> and <a href='/c'>the map</a></div>"
                + "<div><iframe src='https://video.example.org/1'></iframe><p>Watch</p></div>"
                + "<div class='share-tools'><p>Tell your friends about this story today.</p></div>"
                + "<p>The last paragraph, which closes the article.</p></div>")
        #expect(article.text.contains("The last paragraph"))
        for widget in ["newsletter", "See also", "Watch", "Tell your friends"] {
            #expect(!article.text.contains(widget), "\(widget) should have been dropped")
        }
    }

    @Test("headings, quotations, lists and tables inside the article are kept in order")
    func structureKept() throws {
        let article = try read(
            "<div class='story'><h1>Ferry service to resume on Monday</h1>\(paragraphs(2, about: "the ferry"))"
                + "<h2>What changes</h2><blockquote><p>“We are ready,” the captain said.</p></blockquote>"
                + "<ol><li>New timetable</li><li>New fares</li></ol>"
                + "<table><tr><th>Route</th><th>Boats</th></tr><tr><td>North</td><td>6</td></tr></table></div>")
        #expect(article.title == "Ferry service to resume on Monday")
        #expect(IngestFixtures.texts(article, .heading).contains("What changes"))
        #expect(article.text.contains("“We are ready,” the captain said."))
        #expect(IngestFixtures.texts(article, .bullet) == ["- New timetable", "- New fares"])
        #expect(article.text.contains("Route | Boats") && article.text.contains("North | 6"))
    }

    @Test("an article split into sibling boxes, or followed by loose paragraphs, is read whole")
    func siblings() throws {
        let article = try read(
            "<div id='page'><div class='text-block'>\(paragraphs(3, about: "the ferry"))</div>"
                + "<div class='text-block'>\(paragraphs(1, about: "the harbour"))</div>"
                + "<p>A closing paragraph that carries on the article after the boxes, with more of the same reporting.</p>"
                + Self.sidebar + "</div>")
        #expect(article.text.contains("Paragraph 3 about the ferry"))
        #expect(article.text.contains("Paragraph 1 about the harbour"))
        #expect(article.text.contains("A closing paragraph"))
        #expect(!article.text.contains("Most read"))
    }

    @Test("boxes of one class holding the article's prose are read whole however deep the prose sits")
    func deepSiblingBoxes() throws {
        func box(_ count: Int, about topic: String) -> String {
            "<div class='chapter'><section><div><div>\(paragraphs(count, about: topic))</div></div></section></div>"
        }
        let article = try read(
            "<div id='post'>\(box(4, about: "the ferry"))<div class='quote'><p>“Ready.”</p></div>"
                + "\(box(2, about: "the harbour"))\(box(9, about: "the timetable"))"
                + "<div class='chapter'><p>A short note by the editor on this story.</p></div></div>"
                + Self.sidebar)
        for topic in ["the ferry", "the harbour", "the timetable"] {
            #expect(article.text.contains("Paragraph 2 about \(topic)"), "\(topic) should have been read")
        }
        #expect(!article.text.contains("A short note") && !article.text.contains("Most read"))
    }

    @Test("a section whose id only mentions sharing keeps its prose; a share box without prose is dropped")
    func weakWordOutweighedByProse() throws {
        let article = try read(
            "<div class='doc'>\(paragraphs(3, about: "the ferry"))"
                + "<div id='sharing-the-route-with-freighters'><h2>Sharing the route</h2>"
                + "\(paragraphs(5, about: "the freighters"))</div>"
                + "<div id='shared-timetable'>\(paragraphs(1, about: "the timetable"))</div>"
                + "<div class='sharing'><p>Send this story to a friend.</p></div></div>")
        #expect(article.text.contains("Paragraph 3 about the freighters"))
        #expect(article.text.contains("Paragraph 1 about the timetable"))
        #expect(!article.text.contains("Send this story"))
    }

    @Test("a short article stays the article when the readers' comments under it are longer")
    func shortArticleOverComments() throws {
        let comment =
            "<p>I have taken this ferry for twenty years, and every winter the harbour office promises the same thing, "
            + "and every spring we wait again, so forgive me if I do not believe a word of it this time.</p>"
        let article = try read(
            "<div id='content'><div class='post'><p>The ferry returns on Monday, the harbour office said, "
                + "after three months of repairs to the pier. "
                + "Tickets go on sale on Saturday at the harbour office and on the ferry itself.</p></div>"
                + "<div id='comments'>\(String(repeating: "<div class='reply'>\(comment)</div>", count: 5))</div></div>")
        #expect(article.text.contains("The ferry returns on Monday"))
        #expect(!article.text.contains("twenty years"))
    }

    @Test("a second copy of the article on the page is read once")
    func repeatedCopy() throws {
        let copy = "<div class='story'>\(paragraphs(3, about: "the ferry"))</div>"
        let article = try read("<div id='main-area'>\(copy)<div class='story-print'>\(paragraphs(3, about: "the ferry"))</div></div>")
        let count = article.text.components(separatedBy: "Paragraph 2 about the ferry").count - 1
        #expect(count == 1)
    }

    @Test("a page of short lines only is still read, not left empty")
    func neverEmpty() throws {
        let article = try read("<div>Ferry back.</div><div>Monday.</div><div>Tickets soon.</div>")
        #expect(IngestFixtures.blocks(article).dropFirst().map(\.text) == ["Ferry back.", "Monday.", "Tickets soon."])
    }

    @Test("a page without any headline is titled from its first line, which stays in the body")
    func titleFromFirstLine() throws {
        let long = "Officials said on Friday that the coastal road would reopen next week. Repairs cost two million."
            + " Drivers were told to expect delays."
        let html = "<div><p>\(long)</p><p>The mayor said so too.</p></div>"
        let article = try #require(try IngestFixtures.loader().articles(fromBytes: Data(html.utf8), path: "f.html").first)
        IngestFixtures.expectWellFormed(article)
        #expect(article.title == "Officials said on Friday that the coastal road would reopen next week.")
        #expect(IngestFixtures.blocks(article).dropFirst().map(\.text) == [long, "The mayor said so too."])
    }
}
