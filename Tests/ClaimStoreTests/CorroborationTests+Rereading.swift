import ClaimKit
import GRDB
import Testing

@testable import ClaimStore

extension CorroborationTests {
    /// The library as an earlier version of matching left it: every claim
    /// under other terms (here, each term renamed) and no stored
    /// proposition, its articles under no matcher version.
    func makeReadByEarlierMatching(_ store: ArticleStore) throws {
        try store.database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO libraryTerm (term, claim) SELECT 'old-' || term, claim FROM libraryTerm;
                    DELETE FROM libraryTerm WHERE term NOT LIKE 'old-%';
                    UPDATE libraryClaim SET proposition = NULL;
                    UPDATE libraryArticle SET matcherVersion = '';
                    """)
        }
    }

    func termRows(_ store: ArticleStore) throws -> [String] {
        try store.database.read { db in
            try Row.fetchAll(db, sql: "SELECT term, claim FROM libraryTerm ORDER BY claim, term")
                .map { "\($0["claim"] as Int64) \($0["term"] as String)" }
        }
    }

    @Test("claims an earlier version of matching read are read again from the library, and their marks stay")
    func rereadUnderNewMatching() throws {
        let folder = try TemporaryFolder()
        let store = try ArticleStore(path: folder.databasePath)
        let wire = try addTalks(to: store)
        #expect(try store.articlesReadByOtherMatching() == 0)
        let terms = try termRows(store)
        let found = try store.corroboration(of: wire).map { $0.map { "\($0.article.origin ?? "") \($0.claim.id)" } }
        #expect(found.joined().count == 2)
        let talks = try #require(wire.claims.first(where: { $0.text.contains("constructive") }))
        try store.database.setMark(
            article: wire.article.fingerprint, claim: talks.fingerprint, status: .verified, note: "two reports", author: "ana")

        #expect(try store.database.marks(for: wire)[talks.fingerprint]?.mark.status == .verified)
        try makeReadByEarlierMatching(store)
        #expect(try store.articlesReadByOtherMatching() == 2)
        #expect(try store.corroboration(of: wire).allSatisfy(\.isEmpty))

        #expect(try store.rereadClaims(batch: 1) == 2)
        #expect(try store.articlesReadByOtherMatching() == 0)
        #expect(try termRows(store) == terms)
        try ArticleStoreTests().expectTermCountsHold(in: store)
        #expect(try store.corroboration(of: wire).map { $0.map { "\($0.article.origin ?? "") \($0.claim.id)" } } == found)
        #expect(try store.database.marks(for: wire)[talks.fingerprint]?.mark.status == .verified)
        // Nothing is read again once the library is current.
        #expect(try store.rereadClaims() == 0)
    }
}
