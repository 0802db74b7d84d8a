import ClaimKit
import Testing

@testable import ReaderCore

struct DiskFull: Error, CustomStringConvertible {
    var description: String { "disk full" }
}

@Suite("Marking claims")
struct MarkingTests {
    @Test("v marks the selected claim, the store has it, and the screen shows it")
    func markVerified() throws {
        let store = InMemoryMarkBook()
        var reader = Fixtures.reader(store: store)
        reader.press("nnv")
        let analysis = reader.document.analysis
        let saved = try store.marks(for: analysis)
        #expect(saved[analysis.claims[2].fingerprint]?.status == .verified)
        let frame = reader.render()
        #expect(frame.line(39).contains("✓1"))
        #expect(frame.line(39).contains("c3 marked verified"))
        #expect(frame.row(containing: "✓ c3") != nil)
    }

    @Test("d, x and u set disputed, false and unverified; the article colours follow")
    func statusesColourTheArticle() {
        var reader = Fixtures.reader()
        reader.press("dnxnv")  // c1 disputed, c2 false, c3 verified
        reader.press("n")  // move the selection off c3
        let frame = reader.render()
        #expect(frame.roles(of: "double its container capacity", in: reader.screen.articleText) == [.claimDisputed])
        #expect(frame.roles(of: "the expansion will create", in: reader.screen.articleText) == [.claimFalse])
        #expect(frame.roles(of: "fear the dredging", in: reader.screen.articleText) == [.claimVerified])
        #expect(frame.line(39).contains("✓1 ?1 ✗1"))
        reader.press("N")
        reader.press("u")
        reader.press("n")
        #expect(reader.articleRoles(of: "fear the dredging") == [.claim])
    }

    @Test("reopening the article shows the marks again")
    func marksComeBack() {
        let store = InMemoryMarkBook()
        var first = Fixtures.reader(store: store)
        first.press("nnv")
        let reopened = Fixtures.reader(store: store)
        #expect(reopened.render().row(containing: "✓ c3") != nil)
        #expect(reopened.document.status(of: 2) == .verified)
    }

    @Test("a store that fails keeps the mark off the screen and says why")
    func storeFailure() {
        let store = InMemoryMarkBook()
        store.failure = DiskFull()
        var reader = Fixtures.reader(store: store)
        reader.press("v")
        let frame = reader.render()
        #expect(reader.document.status(of: 0) == .unverified)
        #expect(frame.line(39).contains("not saved"))
        #expect(frame.line(39).contains("disk full"))
        #expect(frame.row(containing: "✓ c1") == nil)
    }

    @Test("U undoes the last mark and selects its claim")
    func undo() {
        var reader = Fixtures.reader()
        reader.press("vnnd")
        reader.press("U")
        #expect(reader.document.status(of: 2) == .unverified)
        #expect(reader.selectedClaim?.id == "c3")
        reader.press("U")
        #expect(reader.document.status(of: 0) == .unverified)
        #expect(reader.selectedClaim?.id == "c1")
        reader.press("U")
        #expect(reader.render().line(39).contains("nothing of yours to undo"))
    }

    @Test("a adds a note with UTF-8 and cursor keys; Esc leaves it unchanged")
    func notes() throws {
        let store = InMemoryMarkBook()
        var reader = Fixtures.reader(store: store)
        reader.press("a")
        #expect(reader.editor != nil)
        reader.press("cheked wth AP")
        for _ in 0..<5 { reader.press(.left) }
        reader.press("i")
        for _ in 0..<6 { reader.press(.left) }
        reader.press("c")
        reader.press(.end)
        reader.press(" — café ✓")
        var frame = reader.render()
        #expect(frame.line(39).contains("note: checked with AP — café ✓"))
        #expect(frame.cursor != nil)
        reader.press(.enter)
        let analysis = reader.document.analysis
        #expect(try store.marks(for: analysis)[analysis.claims[0].fingerprint]?.note == "checked with AP — café ✓")
        frame = reader.render()
        #expect(frame.row(containing: "note: checked with AP — café ✓") ?? 0 > reader.screen.card.y)
        #expect(frame.cursor == nil)

        reader.press("a")
        reader.press(.backspace)
        reader.press("zzz")
        reader.press(.escape)
        #expect(try store.marks(for: analysis)[analysis.claims[0].fingerprint]?.note == "checked with AP — café ✓")
        #expect(reader.render().line(39).contains("note unchanged"))
    }

    @Test("a pasted control character never reaches a note")
    func noteRejectsControls() {
        var reader = Fixtures.reader()
        reader.press("a")
        reader.press("ok")
        reader.press(.character("\u{1B}"))
        reader.press(.character("\r"))
        reader.press(.enter)
        #expect(reader.document.mark(of: 0)?.note == "ok")
    }
}
