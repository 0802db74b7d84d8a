import ClaimKit
import ClaimStore
import Foundation
import ReaderStore
import Testing

@testable import ReaderCore

/// Two readers on one mark database, as two people (or two terminals)
/// checking the same article: each sees the other's marks, and U takes
/// back only its own.
@Suite("Marks shared between readers")
struct SharedMarksTests {
    final class SharedDatabase {
        let folder: URL
        let path: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-shared-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("marks.sqlite").path
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// A store connection of its own, as `crosscheck mark` in another process has.
        func writer() throws -> MarkStore {
            try MarkStore(path: path)
        }

        /// A reader with a store connection of its own, as another process has.
        func reader(as author: String, width: Int = 120, height: Int = 40) throws -> ReaderState {
            let store = try MarkStore(path: path)
            return ReaderState(
                analyses: [Fixtures.harbour()], store: StoreMarkBook(store: store, author: author), width: width,
                height: height)
        }
    }

    @Test("a mark made elsewhere shows on the next idle tick, with who made it")
    func seenLive() throws {
        let database = try SharedDatabase()
        var ana = try database.reader(as: "ana")
        var ben = try database.reader(as: "ben")
        #expect(ben.handle(.idle) == .unchanged, "nothing new yet")
        ana.press("nnx")
        #expect(ben.handle(.idle) == nil)
        let frame = ben.render()
        #expect(ben.document.status(of: 2) == .false)
        #expect(frame.row(containing: "✗ c3") != nil)
        #expect(frame.line(39).contains("ana marked c3 false"))
        #expect(ben.handle(.idle) == .unchanged)
    }

    @Test("a mark made elsewhere in an article not open shows in the list's counts on the next idle tick")
    func listCountsSeenLive() throws {
        let database = try SharedDatabase()
        let quarrel = Fixtures.quarrel()
        var ben = ReaderState(
            locations: ["news/harbour.txt", "news/quarrel.txt"],
            received: [.parsed(job: 0, analyses: [Fixtures.harbour()]), .parsed(job: 1, analyses: [quarrel])],
            store: StoreMarkBook(store: try MarkStore(path: database.path), author: "ben"), width: 120, height: 40,
            priority: BackgroundParsingTests.PriorityLog())
        ben.press("l")
        #expect(ben.library.inMemoryCount == 1, "the quarrel is listed, not held in memory")
        #expect(ben.render().listRow("Mayor's office") == "Mayor's office and union trade accusations over the depot sale news 0/5")
        #expect(ben.handle(.idle) == .unchanged)
        // Another reader, which registered the article when it parsed it, marks two of its claims.
        let writer = try database.writer()
        try writer.register(quarrel, origin: "news/quarrel.txt")
        for (claim, status) in [(0, MarkStatus.disputed), (2, .verified)] {
            try writer.setMark(
                article: quarrel.article.fingerprint, claim: quarrel.claims[claim].fingerprint, status: status,
                note: nil, author: "ana")
        }
        #expect(ben.handle(.idle) == nil)
        #expect(ben.render().listRow("Mayor's office") == "Mayor's office and union trade accusations over the depot sale news 2/5 1")
        #expect(ben.handle(.idle) == .unchanged)
    }

    @Test("any key notices marks made elsewhere before acting")
    func seenOnKey() throws {
        let database = try SharedDatabase()
        var ana = try database.reader(as: "ana")
        var ben = try database.reader(as: "ben")
        ana.press("v")
        ben.press("j")
        #expect(ben.document.status(of: 0) == .verified)
        #expect(ben.render().line(39).contains("ana marked c1 verified"))
    }

    @Test("U undoes only this reader's marks, never one it was shown from elsewhere")
    func undoOnlyOwn() throws {
        let database = try SharedDatabase()
        var ana = try database.reader(as: "ana")
        var ben = try database.reader(as: "ben")
        ana.press("nnv")  // c3 verified by ana
        ben.press("U")
        #expect(ben.render().line(39).contains("nothing of yours to undo"))
        #expect(ben.document.status(of: 2) == .verified, "ana's mark stands")

        ben.press("d")  // c1 disputed by ben
        ana.press("U")
        #expect(ana.document.status(of: 2) == .unverified, "ana's own mark is undone")
        #expect(ana.document.status(of: 0) == .disputed, "ben's mark stands")
        #expect(ana.render().line(39).contains("undone: c3 is unverified again"))
        ana.press("U")
        #expect(ana.render().line(39).contains("nothing of yours to undo"))
        #expect(ana.document.status(of: 0) == .disputed)
    }

    @Test("U on a claim someone changed since asks first; any key but y keeps their change")
    func undoAsksFirst() throws {
        let database = try SharedDatabase()
        var ana = try database.reader(as: "ana")
        var ben = try database.reader(as: "ben")
        ana.press("nv")  // c2 verified by ana
        ben.press("nx")  // c2 false by ben
        ana.press("gU")
        #expect(ana.confirmation == .undoOverOthers)
        #expect(ana.selectedClaim?.id == "c2")
        #expect(ana.render().line(39).contains("c2 was changed by ben after your mark (now false): undo yours anyway? y/n"))
        ana.press("n")
        #expect(ana.confirmation == nil)
        #expect(ana.render().line(39).contains("nothing undone"))
        #expect(ana.document.status(of: 1) == .false)
        #expect(ana.selectedClaim?.id == "c2", "the answer is not also a key")

        ana.press("U")
        ben.press("j")  // while ana is asked, ben looks on: the question stays
        #expect(ana.handle(.idle) == .unchanged)
        try database.writer().setMark(
            article: ana.document.analysis.article.fingerprint, claim: ana.document.analysis.claims[4].fingerprint,
            status: .verified, note: nil, author: "cy")
        #expect(ana.handle(.idle) == nil)
        #expect(ana.document.status(of: 4) == .verified)
        #expect(ana.render().line(39).contains("undo yours anyway? y/n"))
        ana.press("y")
        #expect(ana.document.status(of: 1) == .unverified)
        #expect(ana.render().line(39).contains("undone: c2 is unverified again"))
        ben.press("j")
        #expect(ben.document.status(of: 1) == .unverified)
        #expect(ben.render().line(39).contains("ana marked c2 unverified"))
    }
}
