import ClaimKit
import Foundation
import GRDB
import Testing

@testable import ClaimStore

@Suite("Article library: stored analyses, update rules, eviction, claim search")
struct ArticleStoreTests {
    static let talks = """
        Ministers meet in Geneva over grain corridor
        The talks were constructive, Foreign Minister Anna Berg said on Tuesday.
        According to officials, 40 ships passed the corridor in March.
        The ministry denied that any agreement had been signed.
        """

    func parsed(_ text: String = talks, path: String = "/news/talks.txt") throws -> Analysis {
        try ClaimParser().parse(text: text, path: path)
    }

    @Test("a stored analysis comes back as it was parsed, under its parser version only")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let analysis = try parsed()
        #expect(!analysis.claims.isEmpty && !analysis.denials.isEmpty)
        let fingerprint = ArticleStore.contentFingerprint(of: analysis.article)
        #expect(try store.store(analysis, fingerprint: fingerprint, parserVersion: "p1", origin: "/news/talks.txt") == .added)

        let reopened = try ArticleStore(path: folder.databasePath)
        let restored = try #require(try reopened.cached(fingerprint: fingerprint, parserVersion: "p1"))
        #expect(ArticleDocument(restored) == ArticleDocument(analysis))
        #expect(restored.claims == analysis.claims)
        #expect(restored.sources == analysis.sources)
        #expect(restored.denials == analysis.denials)
        #expect(restored.article.blocks == analysis.article.blocks)
        #expect(restored.article.metadata == analysis.article.metadata)
        #expect(try reopened.contains(fingerprint: fingerprint, parserVersion: "p1"))
        #expect(try reopened.cached(fingerprint: fingerprint, parserVersion: "p2") == nil)
        #expect(try !reopened.contains(fingerprint: fingerprint, parserVersion: "p2"))
    }

    @Test("the same content stored again is refreshed, never duplicated")
    func noDuplicates() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let analysis = try parsed()
        let fingerprint = ArticleStore.contentFingerprint(of: analysis.article)
        try store.store(analysis, fingerprint: fingerprint, parserVersion: "p1", origin: "/news/talks.txt")
        #expect(try store.store(analysis, fingerprint: fingerprint, parserVersion: "p1", origin: "/copy/talks.txt") == .refreshed)
        #expect(try store.articles().map(\.origin) == ["/copy/talks.txt"])
        #expect(try store.claims().count == analysis.claims.count)
        #expect(try store.search(["constructive"]).count == 1)
    }

    @Test("a changed file replaces its old version; other origins are kept")
    func changedFileReplaces() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let first = try parsed()
        let edited = try parsed(Self.talks.replacingOccurrences(of: "constructive", with: "productive"))
        let other = try parsed(
            "Port reopens\nThe port reopened on Friday, the harbour authority said.", path: "/news/port.txt")
        let firstPrint = ArticleStore.contentFingerprint(of: first.article)
        let editedPrint = ArticleStore.contentFingerprint(of: edited.article)
        #expect(firstPrint != editedPrint)
        try store.store(first, fingerprint: firstPrint, parserVersion: "p1", origin: "/news/talks.txt")
        try store.store(
            other, fingerprint: ArticleStore.contentFingerprint(of: other.article), parserVersion: "p1",
            origin: "/news/port.txt")
        #expect(try store.store(edited, fingerprint: editedPrint, parserVersion: "p1", origin: "/news/talks.txt") == .replaced)

        #expect(try Set(store.articles().compactMap(\.origin)) == ["/news/talks.txt", "/news/port.txt"])
        #expect(try store.cached(fingerprint: firstPrint, parserVersion: "p1") == nil)
        #expect(try store.search(["constructive"]).isEmpty)
        #expect(try store.search(["productive"]).map(\.claim.content) == [editedPrint])
        #expect(try store.claims().count == edited.claims.count + other.claims.count)
        try expectTermCountsHold(in: store)
        try store.removeAll()
        try expectTermCountsHold(in: store)
    }

    /// The kept count of each term's claims is the count of its rows.
    func expectTermCountsHold(in store: ArticleStore) throws {
        let (kept, counted) = try store.database.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT term, claims FROM libraryTermCount ORDER BY term")
                    .map { "\($0["term"] as String) \($0["claims"] as Int)" },
                try Row.fetchAll(db, sql: "SELECT term, count(*) AS claims FROM libraryTerm GROUP BY term ORDER BY term")
                    .map { "\($0["term"] as String) \($0["claims"] as Int)" }
            )
        }
        #expect(kept == counted)
    }

    @Test("eviction lets the least recently used analyses go and keeps every article's claims")
    func evictionByLastUse() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        var prints: [String] = []
        for index in 0..<3 {
            let analysis = try parsed(
                "Story \(index)\nThe bridge \(index) reopened on Friday, the city council said.", path: "/n/\(index).txt")
            let print = ArticleStore.contentFingerprint(of: analysis.article)
            prints.append(print)
            try store.store(analysis, fingerprint: print, parserVersion: "p1", origin: "/n/\(index).txt")
        }
        try store.touch(fingerprint: prints[0])
        let total = try store.cachedBytes()
        #expect(total > 0)
        // Room for about one analysis: the one used last stays.
        #expect(try store.evict(toBytes: total / 3 + 10) == 2)
        #expect(try store.cached(fingerprint: prints[0], parserVersion: "p1") != nil)
        #expect(try store.cached(fingerprint: prints[1], parserVersion: "p1") == nil)
        #expect(try store.cached(fingerprint: prints[2], parserVersion: "p1") == nil)
        #expect(try store.cachedBytes() <= total / 3 + 10)
        #expect(try store.articles().count == 3)
        #expect(try store.articles().filter(\.isCached).map(\.content) == [prints[0]])
        #expect(try store.search(["bridge", "council"]).count == 3)
        #expect(try store.evict(toBytes: 0) == 1)
        #expect(try store.cachedBytes() == 0)
    }

    @Test("search matches word forms, marks the words, and reads any input as words")
    func search() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let analysis = try parsed()
        try store.store(
            analysis, fingerprint: ArticleStore.contentFingerprint(of: analysis.article), parserVersion: "p1",
            origin: "/news/talks.txt")
        let hits = try store.search(["talk", "CONSTRUCTIVE"])
        #expect(hits.count == 1)
        #expect(hits.first?.highlighted.contains("[talks]") == true)
        #expect(hits.first?.article.title == "Ministers meet in Geneva over grain corridor")
        #expect(try store.search(["ships", "agreement"]).isEmpty)
        #expect(try store.search(["\"ships", "OR", "x*"]).isEmpty)
        #expect(try store.search(["NEAR("]).isEmpty)
        #expect(try store.search([]).isEmpty)
    }

    @Test("a claim row keeps its frame, its sources and whether it is a denial")
    func claimRows() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let analysis = try parsed()
        let fingerprint = ArticleStore.contentFingerprint(of: analysis.article)
        try store.store(analysis, fingerprint: fingerprint, parserVersion: "p1", origin: nil)
        let rows = try store.claims()
        #expect(rows == LibraryClaim.all(in: analysis, content: fingerprint))
        let berg = try #require(rows.first { $0.text.contains("constructive") })
        #expect(berg.sources == ["Anna Berg"])
        let scalars = Array(berg.text.unicodeScalars)
        let frame = berg.frame.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(frame.contains("said"))
        #expect(!frame.contains { $0.contains("constructive") })
        let denial = try #require(rows.first { $0.denialID != nil })
        #expect(denial.text.contains("denied"))
        #expect(try store.articles().first?.location == "Ministers meet in Geneva over grain corridor")
    }

    @Test("a read-only database refuses to store, with the reason")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        _ = try ArticleStore(path: folder.databasePath)
        let store = try ArticleStore(path: folder.databasePath, forReadingOnly: true)
        let analysis = try parsed()
        #expect(throws: MarkStoreError.readOnly(path: folder.databasePath, reason: "opened for reading")) {
            try store.store(analysis, fingerprint: "x", parserVersion: "p1", origin: nil)
        }
    }
}

@Suite("Article library: corroboration of an article's claims across the library")
struct CorroborationTests {
    let parser: ClaimParser

    init() throws { parser = try ClaimParser() }

    func add(_ text: String, at path: String, to store: ArticleStore) throws -> Analysis {
        let analysis = parser.parse(text: text, path: path)
        try store.store(
            analysis, fingerprint: ArticleStore.contentFingerprint(of: analysis.article), parserVersion: "p1",
            origin: path)
        return analysis
    }

    /// Two reports of the Abu Dhabi talks (the wire's is returned): the
    /// same statement in two frames, and a claim the second denies.
    func addTalks(to store: ArticleStore) throws -> Analysis {
        let wire = try add(
            """
            Talks in Abu Dhabi end with prisoner swap
            Volodymyr Zelensky said the talks in Abu Dhabi were constructive.
            The Merovian army said its troops shelled the bridge at Korvash on Tuesday.
            """, at: "/news/wire.txt", to: store)
        _ = try add(
            """
            Prisoner swap agreed after second round
            The talks in Abu Dhabi were constructive, the Ukrainian president Volodymyr Zelensky told reporters.
            Separatist commander Oleg Vask denied that Merovian troops shelled the bridge at Korvash on Tuesday.
            """, at: "/news/daily.txt", to: store)
        return wire
    }

    @Test("a claim lists the claims of other articles stating it in other words, and those denying it")
    func matchesAndDenials() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let wire = try addTalks(to: store)
        _ = try add(
            """
            Harbour reopens
            The port authority said the harbour at Salden would reopen to ships next week.
            """, at: "/news/harbour.txt", to: store)

        let found = try store.corroboration(of: wire)
        #expect(found.count == wire.claims.count)
        let talks = try #require(wire.claims.firstIndex { $0.text.contains("constructive") })
        #expect(found[talks].map(\.article.origin) == ["/news/daily.txt"])
        #expect(found[talks].first?.isDenial == false)
        #expect(found[talks].first?.claim.sources == ["Volodymyr Zelensky"])
        let bridge = try #require(wire.claims.firstIndex { $0.text.contains("bridge") })
        #expect(found[bridge].map(\.isDenial) == [true])
        #expect(found[bridge].first?.claim.text.contains("Oleg Vask denied") == true)
    }

    @Test("claims stored before the library kept their propositions are read from their text and match alike")
    func storedBeforePropositions() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let wire = try addTalks(to: store)
        func shown() throws -> [[String]] {
            try store.corroboration(of: wire).map { $0.map { "\($0.article.origin ?? "") \($0.claim.id) \($0.isDenial)" } }
        }
        let stored = try shown()
        #expect(stored.joined().count == 2)
        try store.database.write { try $0.execute(sql: "UPDATE libraryClaim SET proposition = NULL") }
        #expect(try shown() == stored)
    }

    @Test("the article's own claims, and its earlier version, are not its corroboration")
    func notItself() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let text = """
            Bridge reopens
            The bridge at Korvash reopened to traffic on Friday, the regional governor said.
            """
        _ = try add(text, at: "/news/bridge.txt", to: store)
        let edited = try add(text + "\nShops nearby stayed shut, residents said.", at: "/news/bridge.txt", to: store)
        #expect(try store.corroboration(of: edited).allSatisfy(\.isEmpty))
        let copy = try add(text, at: "/elsewhere/bridge.txt", to: store)
        #expect(try store.corroboration(of: copy)[0].map(\.article.origin) == ["/news/bridge.txt"])
    }
}
