import ClaimMatch
import GRDB

extension ArticleStore {
    /// How many articles had their claims read by another version of claim
    /// matching (`PropositionReader.version`) than this one: their stored
    /// propositions and terms say what that version read, so look-ups would
    /// miss or mismatch them until `rereadClaims` brings them up to date.
    public func articlesReadByOtherMatching() throws -> Int {
        let version = try ArticleStore.propositionReader().version
        return try database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM libraryArticle WHERE matcherVersion != ?", arguments: [version]) ?? 0
        }
    }

    /// Reads again, under this version of claim matching, the claims of
    /// every article read under another: from what the library keeps of
    /// each claim (text, frame, sources), so nothing is parsed, and only
    /// the stored propositions and terms change (marks belong to article
    /// fingerprints and stay as they are). Works through `batch` articles
    /// a transaction, so a look-up meanwhile waits for one batch, not all.
    /// Returns how many articles were read again.
    @discardableResult
    public func rereadClaims(batch: Int = 100) throws -> Int {
        let reader = try ArticleStore.propositionReader()
        let version = reader.version
        var done = 0
        while true {
            let count = try database.write { db -> Int in
                let articles = try Row.fetchAll(
                    db, sql: "SELECT \(LibraryRows.articleColumns) FROM libraryArticle WHERE matcherVersion != ? LIMIT ?",
                    arguments: [version, batch]
                ).map(LibraryRows.article)
                for article in articles {
                    let rows = try Row.fetchAll(
                        db,
                        sql: "SELECT rowid, \(LibraryRows.claimColumns) FROM libraryClaim WHERE content = ? ORDER BY position",
                        arguments: [article.content])
                    for row in rows {
                        let claim: Int64 = row["rowid"]
                        let proposition = reader.record(of: LibraryRows.claim(row), in: article).proposition
                        try db.execute(sql: "DELETE FROM libraryTerm WHERE claim = ?", arguments: [claim])
                        try db.execute(
                            sql: "UPDATE libraryClaim SET proposition = ? WHERE rowid = ?",
                            arguments: [proposition.stored, claim])
                        try ArticleStore.index(claim: claim, terms: proposition.terms, in: db)
                    }
                    try db.execute(
                        sql: "UPDATE libraryArticle SET matcherVersion = ? WHERE content = ?",
                        arguments: [version, article.content])
                }
                return articles.count
            }
            done += count
            if count < batch { return done }
        }
    }
}
