import ClaimKit
import Testing

@testable import ReaderCore

@Suite("Searching the article")
struct SearchTests {
    @Test("/ finds every match, highlights them, and n and N step through them")
    func search() {
        var reader = Fixtures.reader()
        reader.press("/")
        reader.press("DREDGING")
        var frame = reader.render()
        #expect(frame.line(39).contains("/DREDGING"), "the query shows while typing")
        #expect(frame.cursor != nil)
        reader.press(.enter)
        #expect(reader.search?.matches.count == 3)
        frame = reader.render()
        #expect(frame.line(39).contains("3 matches"))
        let article = reader.screen.articleText
        guard let (x, y) = frame.find("dredging", in: article) else {
            Issue.record("no match drawn")
            return
        }
        #expect(frame[x, y].extra.contains(.reverse))
        #expect(frame[x - 2, y].extra.isEmpty, "text around a match is not highlighted")
        let claimBefore = reader.selectedClaim?.id
        reader.press("n")
        #expect(reader.search?.current == 1)
        #expect(reader.selectedClaim?.id == claimBefore, "n moves between matches, not claims, during a search")
        reader.press("n")
        reader.press("n")
        #expect(reader.search?.current == 0, "wraps around")
        reader.press("N")
        #expect(reader.search?.current == 2)
        reader.press(.escape)
        #expect(reader.search == nil)
        #expect(reader.render()[x, y].extra.isEmpty)
        reader.press("n")
        #expect(reader.selectedClaim?.id != claimBefore, "after Esc, n is next claim again")
    }

    @Test("a search with no match says so; Esc while typing drops it")
    func noMatch() {
        var reader = Fixtures.reader()
        reader.press("/")
        reader.press("zeppelin")
        reader.press(.enter)
        #expect(reader.render().line(39).contains("no match for “zeppelin”"))
        reader.press("/")
        reader.press(.backspace)
        reader.press(.escape)
        #expect(reader.search == nil)
        #expect(reader.editor == nil)
    }

    @Test("a match far down scrolls the article to it")
    func matchScrolls() {
        var reader = Fixtures.reader([Fixtures.long()], width: 120, height: 20)
        reader.press("/")
        reader.press("Paragraph 77 ")
        reader.press(.enter)
        #expect(reader.render().find("Paragraph 77", in: reader.screen.articleText) != nil)
    }
}

@Suite("Repainting only what changed")
struct FrameDiffTests {
    @Test("the first frame paints every cell; an unchanged one paints none")
    func fullAndNone() {
        let reader = Fixtures.reader()
        let frame = reader.render()
        #expect(FrameDiff.changedCells(from: nil, to: frame).count == frame.width * frame.height)
        #expect(FrameDiff.changedCells(from: frame, to: reader.render()).isEmpty)
    }

    @Test("a mark repaints its claim and the counts, not the screen")
    func markRepaintsLittle() {
        var reader = Fixtures.reader()
        reader.press("n")
        let before = reader.render()
        reader.press("v")
        let after = reader.render()
        let changed = FrameDiff.changedCells(from: before, to: after)
        #expect(!changed.isEmpty)
        #expect(changed.count < before.width * before.height / 10)
        #expect(Set(changed.map(\.y)).contains(39), "the status line counts the mark")
    }

    @Test("a new size repaints everything; wide characters are written once")
    func resizeAndWide() {
        var builder = AnalysisBuilder(title: "港口 capacity", blocks: [(.paragraph, "東京の記者は述べた。")])
        builder.source("記者")
        var reader = ReaderState(analyses: [builder.build()], store: InMemoryMarkBook(), width: 100, height: 20)
        let before = reader.render()
        reader.handle(.resize(width: 90, height: 20))
        let after = reader.render()
        let changed = FrameDiff.changedCells(from: before, to: after)
        let continuations = after.cells.filter(\.isContinuation).count
        #expect(continuations > 0)
        #expect(changed.count == after.width * after.height - continuations)
    }
}
