import ClaimKit
import Foundation
import Testing

@testable import ReaderCore

/// The selected claim in other articles: the card's count and mark hints,
/// the view `c` opens, and Enter opening a match at its claim.
@Suite("Corroboration in the reader")
struct CorroborationViewTests {
    /// Matches held in memory, by the title of the article looked up.
    final class Book: CorroborationBook {
        var matches: [String: [[Corroboration]]] = [:]
        var articles: [String: Analysis] = [:]
        private(set) var lookups = 0
        /// When set, a look-up waits for it: the look-up is still under way.
        var hold: DispatchSemaphore?

        func corroboration(of analysis: Analysis) throws -> [[Corroboration]] {
            hold?.wait()
            lookups += 1
            return matches[analysis.article.title] ?? Array(repeating: [], count: analysis.claims.count)
        }

        func article(of match: Corroboration) throws -> Analysis {
            guard let analysis = articles[match.articleKey] else { throw Missing() }
            return analysis
        }

        struct Missing: Error, CustomStringConvertible {
            var description: String { "no longer in the library" }
        }
    }

    static let markDate = Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 14, hour: 12))!

    /// A claim of `analysis` as a match of another article's claim.
    static func match(
        _ analysis: Analysis, claim index: Int, outlet: String?, date: String?, isDenial: Bool = false,
        mark: ClaimMark? = nil
    ) -> Corroboration {
        let claim = analysis.claims[index]
        return Corroboration(
            articleTitle: analysis.article.title, location: "/news/\(analysis.article.title.prefix(5)).txt",
            articleFingerprint: analysis.article.fingerprint, articleKey: analysis.article.title, outlet: outlet,
            date: date, claimID: claim.id, claimFingerprint: claim.fingerprint, text: claim.text,
            sources: analysis.sourceNames(of: claim), cue: claim.cue, isDenial: isDenial, mark: mark)
    }

    /// The harbour story, whose first claim two other articles carry (one
    /// marked verified by ana) and one denies.
    static func reader() -> (ReaderState, Book) {
        let harbour = Fixtures.harbour()
        let quarrel = Fixtures.quarrel()
        let river = Fixtures.long(paragraphs: 10)
        let book = Book()
        var first = [
            match(
                quarrel, claim: 1, outlet: "Reuters", date: "2026-11-13T08:00:00Z",
                mark: ClaimMark(
                    claimFingerprint: quarrel.claims[1].fingerprint, status: .verified, author: "ana", date: markDate)),
            match(river, claim: 0, outlet: nil, date: nil),
            match(quarrel, claim: 2, outlet: "Reuters", date: "2026-11-13", isDenial: true),
        ]
        first[1].articleTitle = river.article.title
        var all = Array(repeating: [Corroboration](), count: harbour.claims.count)
        all[0] = first
        book.matches[harbour.article.title] = all
        book.articles = [quarrel.article.title: quarrel, river.article.title: river]
        var reader = Fixtures.reader([harbour], width: 140, height: 40)
        reader.corroborationBook = book
        reader.handle(.idle)
        return (reader, book)
    }

    func card(_ reader: ReaderState) -> String {
        let frame = reader.render()
        let card = reader.screen.card
        return (card.y..<(card.y + card.height)).map { frame.line($0) }.joined(separator: "\n")
    }

    @Test("the card says how many articles carry the claim and deny it, and the marks made on them")
    func cardCounts() {
        var (reader, book) = Self.reader()
        let shown = card(reader)
        #expect(shown.contains("Also in 2 articles · 1 denial (c lists them)"))
        #expect(shown.contains("verified in: Reuters, 14 Nov, by ana"))
        #expect(shown.contains("Unverified: not marked yet"), "a match's mark is a hint, not the claim's mark")
        reader.press("n")
        #expect(card(reader).contains("In no other article of the library"))
        #expect(book.lookups == 1, "an article's claims are looked up once, not on every key")
    }

    /// A book where one claim of the harbour article (`claim`) is in one other article.
    static func bookWithOneMatch(forClaim claim: Int) -> (Book, Analysis) {
        let harbour = Fixtures.harbour()
        let quarrel = Fixtures.quarrel()
        let book = Book()
        var all = Array(repeating: [Corroboration](), count: harbour.claims.count)
        all[claim] = [Self.match(quarrel, claim: 1, outlet: "Reuters", date: "2026-11-13")]
        book.matches[harbour.article.title] = all
        book.articles = [quarrel.article.title: quarrel]
        return (book, harbour)
    }

    @Test("the first frame is drawn before the library is looked up; the next idle tick brings the card's counts")
    func lookedUpAfterTheFirstFrame() {
        let (book, harbour) = Self.bookWithOneMatch(forClaim: 0)
        var reader = Fixtures.reader([harbour], width: 140, height: 40)
        reader.corroborationBook = book
        #expect(!card(reader).contains("other article"))
        #expect(!card(reader).contains("Also in"))
        #expect(book.lookups == 0, "the first frame waits for no look-up")
        #expect(reader.handle(.idle) == nil, "the idle tick has something new to draw")
        #expect(card(reader).contains("Also in 1 article · 0 denials"))
        #expect(reader.handle(.idle) == .unchanged, "looked up once, not on every tick")
        #expect(book.lookups == 1)
    }

    @Test("in the terminal the look-up runs in the background: keys answer meanwhile, and the counts show once it is in")
    func backgroundLookUp() {
        let (book, harbour) = Self.bookWithOneMatch(forClaim: 1)
        let hold = DispatchSemaphore(value: 0)
        book.hold = hold
        var reader = Fixtures.reader([harbour], width: 140, height: 40)
        reader.looksUpInBackground = true
        reader.corroborationBook = book
        #expect(reader.handle(.idle) == nil, "the idle tick starts the look-up")
        reader.press("n")
        #expect(reader.document.selectedClaim == 1, "a key answers while the look-up is under way")
        #expect(!card(reader).contains("Also in"))
        #expect(reader.handle(.idle) == .unchanged, "nothing new until the answer is in")
        hold.signal()
        reader.waitForCorroboration()
        book.hold = nil
        #expect(card(reader).contains("Also in 1 article · 0 denials"))
        #expect(book.lookups == 1)
        reader.press("c")
        #expect(reader.overlay == .corroboration(claim: 1, selected: 0), "c looks up again at once")
        #expect(book.lookups == 2)
    }

    @Test("a claim only denied elsewhere reads as denied, on the card and in the view's title")
    func onlyDenied() throws {
        let harbour = Fixtures.harbour()
        let quarrel = Fixtures.quarrel()
        let book = Book()
        var all = Array(repeating: [Corroboration](), count: harbour.claims.count)
        all[0] = [
            Self.match(quarrel, claim: 2, outlet: "Reuters", date: "2026-11-13", isDenial: true),
            Self.match(quarrel, claim: 1, outlet: "Reuters", date: "2026-11-13", isDenial: true),
        ]
        book.matches[harbour.article.title] = all
        book.articles = [quarrel.article.title: quarrel]
        var reader = Fixtures.reader([harbour], width: 140, height: 40)
        reader.corroborationBook = book
        reader.handle(.idle)
        let shown = card(reader)
        #expect(shown.contains("Denied in 1 article (c lists them)"))
        #expect(!shown.contains("0 articles"))
        reader.press("c")
        #expect(reader.render().row(containing: "Claim c1 elsewhere: denied in 1 article: Enter opens, q closes") != nil)
    }

    @Test("without a library the card says nothing of other articles, and c says why it does nothing")
    func noLibrary() {
        var reader = Fixtures.reader([Fixtures.harbour()], width: 140, height: 40)
        #expect(!card(reader).contains("other article"))
        reader.press("c")
        #expect(reader.overlay == nil)
        #expect(reader.message?.text == "no library to look the claim up in")
    }

    @Test("c lists each match with its outlet, date, file, source, cue and words; q closes")
    func view() throws {
        var (reader, _) = Self.reader()
        reader.press("c")
        #expect(reader.overlay == .corroboration(claim: 0, selected: 0))
        var frame = reader.render()
        #expect(frame.row(containing: "Claim c1 elsewhere: 2 articles · 1 denial: Enter opens, q closes") != nil)
        let first = try #require(frame.row(containing: "→ = Reuters · 2026-11-13 · Mayor.txt · c2 · Helen Marsh · “told”"))
        #expect(frame.line(first + 1).contains("the sale had been discussed only in general terms"))
        #expect(frame.line(first + 2).contains("✓ verified in: 14 Nov, by ana"))
        #expect(frame.row(containing: "≠ Reuters · 2026-11-13 · Mayor.txt · c3 · the mayor's office · “denied”") != nil)
        #expect(frame.roles(of: "→ = Reuters").contains(.selection))
        reader.press("j")
        frame = reader.render()
        #expect(frame.row(containing: "→ = Council publishes its long review of the river works · Counc.txt · c1") != nil)
        reader.press("q")
        #expect(reader.overlay == nil)
        reader.press("n")
        reader.press("c")
        #expect(reader.overlay == nil)
        #expect(reader.message?.text == "c2 is in no other article of the library")
    }

    @Test("Enter opens the match's article at the matching claim, adding it to the list")
    func enterOpensMatch() throws {
        var (reader, _) = Self.reader()
        reader.press("c")
        reader.press(.enter)
        #expect(reader.overlay == nil)
        #expect(reader.document.analysis.article.title == Fixtures.quarrel().article.title)
        #expect(reader.selectedClaim?.id == "c2")
        #expect(reader.library.order.count == 2)
        #expect(reader.render().line(0).contains("Mayor's office and union trade accusations"))
        // Back in the first article, the same match opens the same entry.
        reader.press("K")
        reader.press("c")
        reader.press("G")
        reader.press(.enter)
        #expect(reader.selectedClaim?.id == "c3")
        #expect(reader.library.order.count == 2, "an article already open is not added again")
    }

    @Test("a match whose article is gone says so on the status line")
    func missingArticle() {
        var (reader, book) = Self.reader()
        book.articles = [:]
        reader.press("c")
        reader.press(.enter)
        #expect(reader.message?.isError == true)
        #expect(reader.message?.text == "cannot open /news/Mayor.txt: no longer in the library")
        #expect(reader.overlay != nil)
    }

    @Test("the help screen lists c")
    func help() {
        #expect(HelpScreen.lines().contains { $0.hasPrefix("  c ") && $0.contains("other articles of the library") })
    }
}
