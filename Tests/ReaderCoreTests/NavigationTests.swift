import ClaimKit
import Testing

@testable import ReaderCore

@Suite("Moving through claims")
struct NavigationTests {
    @Test("n and N move claim to claim, and the status line counts")
    func nextAndPrevious() {
        var reader = Fixtures.reader()
        #expect(reader.selectedClaim?.id == "c1")
        reader.press("nn")
        #expect(reader.selectedClaim?.id == "c3")
        var frame = reader.render()
        #expect(frame.line(frame.height - 1).contains("claim 3/7"))
        reader.press("N")
        frame = reader.render()
        #expect(reader.selectedClaim?.id == "c2")
        #expect(frame.line(frame.height - 1).contains("claim 2/7"))
    }

    @Test("n past the last claim wraps to the first and N back, as ] and [ do, and each says so")
    func nextAtEnd() {
        var reader = Fixtures.reader()
        reader.press("nnnnnn")
        #expect(reader.selectedClaim?.id == "c7")
        reader.press("n")
        #expect(reader.selectedClaim?.id == "c1")
        #expect(reader.render().line(39).contains("wrapped to the first claim"))
        reader.press("N")
        #expect(reader.selectedClaim?.id == "c7")
        #expect(reader.render().line(39).contains("wrapped to the last claim"))
        reader.press("]")
        #expect(reader.selectedClaim?.id == "c1")
        #expect(reader.render().line(39).contains("wrapped to the first unverified claim"))
    }

    @Test("the selected claim stands out in the article and in the claims pane")
    func selectionIsHighlighted() {
        var reader = Fixtures.reader()
        reader.press("nn")
        let frame = reader.render()
        #expect(frame.roles(of: "fear the dredging will ruin", in: reader.screen.articleText) == [.selection])
        // The row of c3 in the claims pane is drawn in the selection role.
        let listed = frame.find("Local fishermen", in: reader.screen.claims)
        #expect(listed != nil)
        if let (x, y) = listed { #expect(frame[x, y].role == .selection) }
        // Other claims keep the unverified claim role.
        #expect(frame.roles(of: "will double its container capacity", in: reader.screen.articleText) == [.claim])
    }

    @Test("n on a long article scrolls the article to the claim")
    func nScrollsArticle() {
        var reader = Fixtures.reader([Fixtures.long()], width: 120, height: 20)
        #expect(reader.render().row(containing: "section 60 would finish early") == nil)
        for _ in 0..<11 { reader.press("n") }
        #expect(reader.selectedClaim?.text == "work on section 60 would finish early")
        let frame = reader.render()
        let row = frame.row(containing: "section 60 would")
        #expect(row != nil)
        if let row { #expect(row > 1 && row < 17) }
    }

    @Test("j, k, Space, b, g and G scroll the article pane")
    func scrollArticle() {
        var reader = Fixtures.reader([Fixtures.long()], width: 120, height: 20)
        let first = reader.render().line(2)
        reader.press("j")
        #expect(reader.render().line(2) != first)
        reader.press("k")
        #expect(reader.render().line(2) == first)
        let rows = reader.screen.articleText
        let text = { (frame: Frame, y: Int) in frame.line(y).prefix(rows.x + rows.width) }
        let last = text(reader.render(), rows.y + rows.height - 1)
        reader.press(" ")
        #expect(text(reader.render(), rows.y) == last, "a page keeps its last line on screen, at the top")
        reader.press("G")
        #expect(reader.render().row(containing: "Paragraph 80") != nil)
        reader.press("g")
        #expect(reader.render().line(2) == first)
    }

    @Test("] and [ skip to claims nobody has marked")
    func unverifiedOnly() {
        var reader = Fixtures.reader()
        reader.press("vnvn")
        // c1 and c2 verified; from c3, ] goes to c4, [ comes back to c3.
        reader.press("g")
        reader.press("]")
        #expect(reader.selectedClaim?.id == "c4")
        reader.press("[")
        #expect(reader.selectedClaim?.id == "c3")
        reader.press("[")
        #expect(reader.selectedClaim?.id == "c7", "wraps past the verified c1 and c2")
    }

    @Test("Enter on a source lists only its claims; Esc lists them all again")
    func sourceFilter() {
        var reader = Fixtures.reader()
        reader.press(.tab)
        reader.press(.tab)
        #expect(reader.focus == .sources)
        reader.press("jjj")  // Norvale
        reader.press(.enter)
        let frame = reader.render()
        #expect(frame.row(containing: "Claims 1/7 from Norvale") != nil)
        #expect(frame.find("c5 Norvale", in: reader.screen.claims) != nil)
        #expect(frame.find("c1 the harb", in: reader.screen.claims) == nil)
        #expect(reader.selectedClaim?.id == "c5")
        reader.press(.escape)
        #expect(reader.render().row(containing: "[Claims 7]") != nil)
        #expect(reader.render().find("c1 the harb", in: reader.screen.claims) != nil)
    }

    @Test("Enter on a claim reads it in the article and says so")
    func enterOnClaim() {
        var reader = Fixtures.reader()
        reader.press(.tab)
        reader.press("nn")
        reader.press(.enter)
        #expect(reader.focus == .article)
        #expect(reader.render().line(39).contains("c3 in the article; j and k scroll it, Tab goes back to the claims"))
    }

    @Test("Enter on a denial jumps to the claim it disputes")
    func denialJump() {
        var reader = Fixtures.reader()
        reader.press(.backTab)
        #expect(reader.focus == .denials)
        reader.press(.enter)
        #expect(reader.selectedClaim?.id == "c4")
        #expect(reader.focus == .claims)
        #expect(reader.articleRoles(of: "Norvale had asked") .contains(.selection))
    }

    @Test("J, K and l move between open articles, each keeping its place")
    func articles() {
        var reader = Fixtures.reader([Fixtures.harbour(), Fixtures.long()])
        reader.press("nn")
        reader.press("J")
        #expect(reader.render().line(0).contains("Council publishes"))
        #expect(reader.render().line(0).contains("article 2/2"))
        reader.press("J")
        #expect(reader.render().line(39).contains("this is the last article"))
        reader.press("K")
        #expect(reader.selectedClaim?.id == "c3")
        reader.press("l")
        var frame = reader.render()
        #expect(frame.row(containing: "Articles 2") != nil)
        #expect(frame.listRow("Council publishes") == "Council publishes its long review of the river works 0/16")
        reader.press("j")
        reader.press(.enter)
        frame = reader.render()
        #expect(reader.current == 1)
        #expect(frame.line(0).contains("Council publishes"))
    }

    @Test("clicking a claim selects it; the wheel scrolls the pane under the pointer")
    func mouse() {
        var reader = Fixtures.reader()
        var frame = reader.render()
        guard let (x, row) = frame.find("Environmental groups", in: reader.screen.articleText) else {
            Issue.record("the last claim is not on screen")
            return
        }
        reader.handle(.mouse(MouseEvent(.click, x: x + 3, y: row)))
        #expect(reader.selectedClaim?.id == "c7")
        #expect(reader.focus == .article)
        frame = reader.render()
        guard let listRow = frame.row(containing: "c2 Ana Ruiz") else {
            Issue.record("c2 is not listed")
            return
        }
        reader.handle(.mouse(MouseEvent(.click, x: 100, y: listRow)))
        #expect(reader.selectedClaim?.id == "c2")
        #expect(reader.focus == .claims)

        var long = Fixtures.reader([Fixtures.long()], width: 120, height: 20)
        let top = long.render().line(2)
        long.handle(.mouse(MouseEvent(.wheelDown, x: 5, y: 5)))
        #expect(long.render().line(2) != top)
    }
}

@Suite("The selected claim")
struct SelectedClaimTests {
    @Test("its source, hedge and cue words stay underlined inside the selection band")
    func wordsInsideSelection() {
        var reader = Fixtures.reader()
        reader.press("nn")  // c3, hedged with “reportedly”
        let frame = reader.render()
        guard let (x, y) = frame.find("reportedly", in: reader.screen.articleText) else {
            Issue.record("the hedge is not drawn")
            return
        }
        #expect(frame[x, y].role == .selection)
        #expect(frame[x, y].extra.contains(.underline))
        #expect(frame[x - 2, y].extra.isEmpty)
    }
}

@Suite("The article list")
struct ArticleListTests {
    @Test("each article shows how many of its claims are checked, and what could not be opened is listed")
    func progressAndUnreadable() {
        var reader = ReaderState(
            analyses: [Fixtures.harbour(), Fixtures.quarrel()], store: InMemoryMarkBook(), width: 120, height: 40,
            unreadable: ["missing.txt: cannot read: no such file or folder"])
        #expect(reader.render().line(39).contains("not opened (l lists it): missing.txt: cannot read"))
        reader.press("vnx")
        reader.press("l")
        let frame = reader.render()
        #expect(frame.listRow("Harbour authority") == "→ Harbour authority says new crane fleet will double capacity 2/7")
        #expect(frame.listRow("Mayor's office") == "Mayor's office and union trade accusations over the depot sale 0/5")
        let heading = frame.row(containing: "Not opened:")
        #expect(heading != nil)
        #expect(frame.row(containing: "missing.txt: cannot read: no such file or folder") ?? 0 > heading ?? 0)
    }
}

@Suite("Coming back to an article")
struct PlacesTests {
    @Test("the claim each article was left at is selected again, and shown")
    func restored() {
        var first = Fixtures.reader([Fixtures.harbour(), Fixtures.long()], width: 120, height: 24)
        first.press("nnn")
        first.press("J")
        for _ in 0..<9 { first.press("n") }
        first.press("K")
        let places = first.places

        var again = Fixtures.reader([Fixtures.harbour(), Fixtures.long()], width: 120, height: 24)
        again.restore(places: places)
        #expect(again.selectedClaim?.id == "c4")
        #expect(again.render().line(23).contains("claim 4/7"))
        again.press("J")
        #expect(again.selectedClaim?.id == "c10")
        #expect(again.render().find("section 50", in: again.screen.articleText) != nil)
    }
}
