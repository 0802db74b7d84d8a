import ClaimKit
import Foundation
import GRDB

extension ArticleStore {
    /// Every article in the library, most recently added first.
    public func articles() throws -> [LibraryArticle] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT \(LibraryRows.articleColumns) FROM libraryArticle ORDER BY added DESC, content")
                .map(LibraryRows.article)
        }
    }

    /// The library article holding this content, if any.
    public func article(fingerprint: String) throws -> LibraryArticle? {
        try database.read { db in
            try Row.fetchOne(
                db, sql: "SELECT \(LibraryRows.articleColumns) FROM libraryArticle WHERE content = ?",
                arguments: [fingerprint]
            ).map(LibraryRows.article)
        }
    }

    /// Every claim in the library, article by article (in the order they
    /// were added, then by origin) in reading order.
    public func claims() throws -> [LibraryClaim] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(LibraryRows.claimColumns("c")) FROM libraryClaim c
                    JOIN libraryArticle a ON a.content = c.content
                    ORDER BY a.added, a.origin, c.content, c.position
                    """
            ).map(LibraryRows.claim)
        }
    }

    /// The claims whose text holds every one of `words` (in any form the
    /// stemmer takes for the same word), best match first.
    public func search(_ words: [String], limit: Int = 50) throws -> [LibrarySearchHit] {
        // Each word is quoted as an FTS5 string, so nothing a user types is
        // read as query syntax; quoted strings side by side must all match.
        let query = words.filter { !$0.isEmpty }.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
        guard !query.isEmpty else { return [] }
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(LibraryRows.claimColumns("c")), \(LibraryRows.articleColumns("a")),
                        highlight(libraryClaimText, 0, '[', ']') AS highlighted
                    FROM libraryClaimText
                    JOIN libraryClaim c ON c.rowid = libraryClaimText.rowid
                    JOIN libraryArticle a ON a.content = c.content
                    WHERE libraryClaimText MATCH ?
                    ORDER BY bm25(libraryClaimText), a.published DESC, c.content, c.position
                    LIMIT ?
                    """,
                arguments: [query, limit])
            return rows.map { row in
                LibrarySearchHit(
                    article: LibraryRows.article(row), claim: LibraryRows.claim(row), highlighted: row["highlighted"])
            }
        }
    }
}

/// Rows of the library tables read back into their models.
enum LibraryRows {
    static let articleColumns = articleColumns(nil)
    static let claimColumns = claimColumns(nil)

    static func articleColumns(_ table: String?) -> String {
        let prefix = table.map { "\($0)." } ?? ""
        return ["content", "article", "origin", "title", "site", "published", "byline", "parserVersion", "added", "lastUsed"]
            .map { prefix + $0 }.joined(separator: ", ") + ", \(prefix)analysis IS NOT NULL AS isCached"
    }

    static func claimColumns(_ table: String?) -> String {
        let prefix = table.map { "\($0)." } ?? ""
        return [
            "content", "position", "id", "fingerprint", "text", "sources", "sourceWords", "cue", "frame", "denial",
            "disputes",
        ].map { prefix + $0 }.joined(separator: ", ")
    }

    static func article(_ row: Row) -> LibraryArticle {
        LibraryArticle(
            content: row["content"], article: row["article"], origin: row["origin"], title: row["title"],
            site: row["site"], published: row["published"], byline: row["byline"],
            parserVersion: row["parserVersion"], isCached: row["isCached"],
            added: Milliseconds.date(row["added"]), lastUsed: Milliseconds.date(row["lastUsed"]))
    }

    static func claim(_ row: Row) -> LibraryClaim {
        LibraryClaim(
            content: row["content"], position: row["position"], id: row["id"], fingerprint: row["fingerprint"],
            text: row["text"], sources: decoded(row["sources"]) ?? [], sourceWords: decoded(row["sourceWords"]) ?? [],
            cue: row["cue"], frame: decoded(row["frame"]) ?? [], denialID: row["denial"],
            disputes: decoded(row["disputes"]) ?? [])
    }

    private static func decoded<T: Decodable>(_ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
