import ClaimKit
import ReaderCore
import Testing

/// The article list as a work queue: sorted four ways, filtered as you
/// type, one row of columns per article; J and K follow its order.
@Suite("The article list as a work queue")
struct WorkQueueListTests {
    static func article(_ analysis: Analysis, path: String, site: String?, published: String?) -> Analysis {
        var analysis = analysis
        analysis.article.path = path
        analysis.article.metadata = ArticleMetadata(published: published, site: site)
        return analysis
    }

    /// Four articles given in this order: harbour, quarrel, river, depot.
    static func reader() -> ReaderState {
        let analyses = [
            article(Fixtures.harbour(), path: "desk/harbour.txt", site: "Harbour Herald", published: "2024-03-02"),
            article(Fixtures.quarrel(), path: "desk/quarrel.txt", site: nil, published: "2024-03-05"),
            article(Fixtures.long(), path: "desk/river.txt", site: "Aalborg Post", published: nil),
            article(
                Fixtures.long(title: "Depot sale goes ahead"), path: "desk/depot.txt", site: "Zeta News",
                published: "2024-01-01"),
        ]
        return ReaderState(analyses: analyses, store: InMemoryMarkBook(), width: 120, height: 40)
    }

    /// The rows' titles from top to bottom, by a word of each.
    static func order(_ frame: Frame) -> [String] {
        let words = ["Harbour authority", "Mayor's office", "Council publishes", "Depot sale"]
        return words.compactMap { word in frame.listRowNumber(containing: word).map { (word, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    @Test("rows show title, outlet or folder, date, claims checked of all and disputed")
    func columns() {
        var reader = Self.reader()
        reader.press("vndnd")
        reader.press("l")
        let frame = reader.render()
        #expect(frame.listRow("Title") == "Title Outlet Date Checked Disputed")
        #expect(frame.listRow("Harbour authority") == "→ Harbour authority says new crane fleet will double capacity Harbour Herald 2024-03-02 3/7 2")
        #expect(frame.listRow("Mayor's office") == "Mayor's office and union trade accusations over the depot sale desk 2024-03-05 0/5")
        #expect(frame.listRow("Council publishes") == "Council publishes its long review of the river works Aalborg Post 0/16")
    }

    @Test("s sorts by name, date, outlet and unchecked claims in turn, and J and K follow the order")
    func sorting() {
        var reader = Self.reader()
        #expect(reader.render().line(0).contains("Harbour authority"), "the first article given opens first")
        reader.press("vnvnv")
        reader.press("l")
        var frame = reader.render()
        #expect(frame.row(containing: "Articles 4 · as opened:") != nil)
        #expect(Self.order(frame) == ["Harbour authority", "Mayor's office", "Council publishes", "Depot sale"])
        reader.press("s")
        frame = reader.render()
        #expect(frame.row(containing: "Articles 4 · by name:") != nil)
        #expect(Self.order(frame) == ["Depot sale", "Harbour authority", "Mayor's office", "Council publishes"])
        reader.press("s")
        frame = reader.render()
        #expect(frame.row(containing: "Articles 4 · by date:") != nil)
        #expect(frame.line(39).contains("articles by date; s again: by outlet"))
        #expect(Self.order(frame) == ["Mayor's office", "Harbour authority", "Depot sale", "Council publishes"])
        #expect(frame.listRow("Harbour authority")?.hasPrefix("→") == true)
        reader.press("s")
        #expect(Self.order(reader.render()) == ["Council publishes", "Mayor's office", "Harbour authority", "Depot sale"])
        reader.press("s")
        #expect(reader.render().row(containing: "Articles 4 · by unchecked claims:") != nil)
        #expect(Self.order(reader.render()) == ["Council publishes", "Depot sale", "Mayor's office", "Harbour authority"])
        reader.press("sss")
        #expect(reader.library.sort == .date)
        reader.press("q")
        reader.press("J")
        #expect(reader.render().line(0).contains("Depot sale goes ahead"), "after Harbour in date order")
        reader.press("J")
        #expect(reader.render().line(0).contains("Council publishes"))
        reader.press("J")
        #expect(reader.render().line(39).contains("this is the last article"))
        reader.press("KKK")
        #expect(reader.render().line(0).contains("Mayor's office"))
    }

    @Test("/ in the list filters it as you type; Enter keeps the filter, Esc shows every article again")
    func filtering() {
        var reader = Self.reader()
        reader.press("l/dep")
        var frame = reader.render()
        #expect(frame.line(39).contains("filter: dep"))
        #expect(Self.order(frame) == ["Mayor's office", "Depot sale"], "title, outlet or file name")
        #expect(frame.row(containing: "Articles 2 matching “dep”") != nil)
        reader.press(" ahead")
        #expect(Self.order(reader.render()) == ["Depot sale"])
        reader.type([.backspace, .backspace, .backspace, .backspace, .backspace, .backspace])
        reader.press(.enter)
        frame = reader.render()
        #expect(frame.line(39).contains("2 of 4 articles match"))
        reader.press("j")
        reader.press(.enter)
        #expect(reader.render().line(0).contains("Depot sale goes ahead"))
        reader.press("J")
        #expect(reader.render().line(39).contains("this is the last article"), "J walks the filtered list")
        reader.press("l")
        reader.press(.escape)
        frame = reader.render()
        #expect(Self.order(frame).count == 4)
        #expect(frame.line(39).contains("showing every article again"))
        reader.press("/zeta")
        #expect(Self.order(reader.render()) == ["Depot sale"], "the outlet matches")
        reader.press(.escape)
        #expect(Self.order(reader.render()).count == 4, "Esc while typing drops the filter")
        reader.press("/nothing like it")
        reader.press(.enter)
        #expect(reader.render().row(containing: "no article matches; Esc shows them all") != nil)
        reader.press(.enter)
        #expect(reader.overlay != nil, "Enter on an empty list opens nothing")
    }

    @Test("sorting or filtering tells the background parser the new order")
    func queueFollowsTheList() {
        let log = BackgroundParsingTests.PriorityLog()
        var reader = ReaderState(
            locations: ["b/one.txt", "a/two.txt", "c/three.txt"],
            received: [.parsed(job: 0, analyses: [Fixtures.harbour()]), .title(job: 2, title: "Alpha story")],
            store: InMemoryMarkBook(), width: 120, height: 40, priority: log)
        reader.press("l")
        reader.press("s")
        #expect(log.order == [0, 2, 1], "by file name: one, three, two")
        reader.press("ss")
        #expect(reader.library.sort == .outlet)
        #expect(log.order == [1, 0, 2], "by folder: a, b, c")
    }

    @Test("an article without a site shows the folder its file is in; an address or standard input shows none")
    func folderAsOutlet() {
        let outlets = ["/desk/news/a.txt", "news/a.txt", "news//a.txt", "/desk/news/", "a.txt", "/a.txt", "-", "https://example.org/news/a"]
            .map { LibraryEntry(job: 0, location: $0).outlet }
        #expect(outlets == ["news", "news", "news", "desk", nil, nil, nil, nil])
    }
}
