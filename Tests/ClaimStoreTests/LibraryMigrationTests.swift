import Foundation
import GRDB
import Testing

@testable import ClaimStore

/// A database written before the library kept each article's claim count
/// (schema v6), opened by this version: the counts are filled in from the
/// claims it holds, its files list from the cache again, and the marks are
/// left exactly as they were.
@Suite("Article library: upgrading an older database")
struct LibraryMigrationTests {
    @Test("a v6 database gets each article's claim count, lists its files with them, and keeps its marks untouched")
    func claimCountsBackfilled() throws {
        let folder = try TemporaryFolder()
        let path = folder.databasePath
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // Three articles as v6 stored them: three claims, two, none.
        let articles = [("harbour", 3), ("depot", 2), ("notice", 0)]
        var files: [(path: String, identity: FileIdentity)] = []
        let queue = try DatabaseQueue(path: path)
        try MarksSchema.migrator.migrate(queue, upTo: "v6: library term counts")
        try queue.write { db in
            for (name, claims) in articles {
                let file = folder.path("\(name).txt")
                try Data(name.utf8).write(to: URL(fileURLWithPath: file))
                let identity = try #require(FileIdentity.of(path: file))
                files.append((file, identity))
                try db.execute(
                    sql: "INSERT INTO article (fingerprint, title, firstSeen, lastSeen) VALUES (?, ?, 1, 1)",
                    arguments: ["a-\(name)", "The \(name) story"])
                try db.execute(
                    sql: """
                        INSERT INTO libraryArticle (content, article, origin, title, parserVersion, analysis,
                            analysisBytes, added, lastUsed)
                        VALUES (?, ?, ?, ?, 'p1', NULL, 0, 1, 1)
                        """, arguments: ["c-\(name)", "a-\(name)", file, "The \(name) story"])
                try db.execute(
                    sql: """
                        INSERT INTO libraryFile (path, part, parts, identity, parserVersion, content)
                        VALUES (?, 0, 1, ?, 'p1', ?)
                        """, arguments: [file, identity.key, "c-\(name)"])
                for position in 0..<claims {
                    let text = "The \(name) claim number \(position + 1) was made."
                    try db.execute(
                        sql: "INSERT INTO claim (article, fingerprint, id, text, sources, position, firstSeen, lastSeen) VALUES (?, ?, ?, ?, '[]', ?, 1, 1)",
                        arguments: ["a-\(name)", "f-\(name)-\(position)", "c\(position + 1)", text, position])
                    try db.execute(
                        sql: """
                            INSERT INTO libraryClaim (content, position, id, fingerprint, text, sources, sourceWords,
                                cue, frame, denial, disputes)
                            VALUES (?, ?, ?, ?, ?, '[]', '', 'said', '[]', NULL, '[]')
                            """, arguments: ["c-\(name)", position, "c\(position + 1)", "f-\(name)-\(position)", text])
                }
            }
            try db.execute(
                sql: "INSERT INTO mark (article, claim, status, note, author, date) VALUES ('a-harbour', 'f-harbour-1', 'disputed', 'no source', 'ana', 5)")
        }
        let marksBefore = try queue.read { try Row.fetchAll($0, sql: "SELECT * FROM mark ORDER BY id") }
        try queue.close()

        let store = try ArticleStore(path: path)
        let counts = try store.database.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT content, claimCount FROM libraryArticle").map {
                    (row: Row) -> (String, Int) in (row["content"], row["claimCount"])
                })
        }
        #expect(counts == ["c-harbour": 3, "c-depot": 2, "c-notice": 0])
        let listed = try store.listings(of: files, parserVersion: "p1")
        #expect(listed.keys.sorted() == [0, 1, 2])
        #expect(listed[0]?.first?.claims == 3)
        #expect(listed[0]?.first?.marked == [.disputed: 1])
        #expect(listed[1]?.first?.claims == 2)
        #expect(listed[1]?.first?.marked == [:])
        #expect(listed[2]?.first?.claims == 0)
        let marksAfter = try store.database.read { try Row.fetchAll($0, sql: "SELECT * FROM mark ORDER BY id") }
        #expect(marksAfter == marksBefore)
        #expect(try store.database.marks(article: "a-harbour")["f-harbour-1"]?.mark.status == .disputed)
    }
}
