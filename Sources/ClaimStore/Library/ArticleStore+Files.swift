import ClaimKit
import Foundation
import GRDB

/// A file as it was read: where, how it looked, and the contents of its
/// articles in order (several for a feed).
public struct LibraryFileRecord: Sendable, Equatable {
    public var path: String
    public var identity: FileIdentity
    public var contents: [String]

    public init(path: String, identity: FileIdentity, contents: [String]) {
        self.path = path
        self.identity = identity
        self.contents = contents
    }
}

/// What a list of articles shows of one article of the library, read
/// from its tables without decoding its analysis.
public struct LibraryListing: Sendable, Equatable {
    public var content: String
    /// The article fingerprint its marks are kept under.
    public var article: String
    public var title: String
    public var site: String?
    public var published: String?
    public var claims: Int
    /// How many of its claims have each status other than unverified (a
    /// mark carried over from a claim's earlier wording counts too).
    public var marked: [MarkStatus: Int]
}

extension ArticleStore {
    /// Notes what each file held when it was read, under this parser
    /// version, so it can be listed again without reading it while it
    /// looks the same. Contents the library no longer holds are not noted.
    public func record(files: [LibraryFileRecord], parserVersion: String) throws {
        guard !files.isEmpty else { return }
        try database.write { db in
            let forget = try db.cachedStatement(sql: "DELETE FROM libraryFile WHERE path = ?")
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO libraryFile (path, part, parts, identity, parserVersion, content)
                    SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM libraryArticle WHERE content = ?)
                    """)
            for file in files {
                try forget.execute(arguments: [file.path])
                for (part, content) in file.contents.enumerated() {
                    try insert.execute(arguments: [
                        file.path, part, file.contents.count, file.identity.key, parserVersion, content, content,
                    ])
                }
            }
        }
    }

    /// For each file that looks as it did when this parser version read
    /// it (and whose articles are all still in the library), its articles
    /// as the list shows them, with their marks' counts; by index into `files`.
    /// One query reads every file this parser version read, however many
    /// files are asked about: a query per file cost seconds at 10,000.
    public func listings(of files: [(path: String, identity: FileIdentity)], parserVersion: String) throws
        -> [Int: [LibraryListing]]
    {
        guard !files.isEmpty else { return [:] }
        var wanted: [String: Int] = [:]
        wanted.reserveCapacity(files.count)
        for (index, file) in files.enumerated() { wanted[file.path] = index }
        return try database.read { db in
            let marked = Set(try String.fetchAll(db, sql: "SELECT DISTINCT article FROM mark"))
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT f.path, f.part, f.parts, f.identity, a.content, a.article, a.title, a.site, a.published,
                        a.claimCount AS claims
                    FROM libraryFile f JOIN libraryArticle a INDEXED BY libraryArticle_listing ON a.content = f.content
                    WHERE f.parserVersion = ?
                    ORDER BY f.path, f.part
                    """, arguments: [parserVersion])
            var listed: [Int: [LibraryListing]] = [:]
            // The rows of one file at a time; it is listed when all its parts
            // are there and it still looks as it did.
            var current: (index: Int, parts: Int, complete: Bool)?
            var articles: [LibraryListing] = []
            func close() {
                if let current, current.complete, articles.count == current.parts { listed[current.index] = articles }
                current = nil
                articles = []
            }
            while let row = try rows.next() {
                let path: String = row["path"]
                guard let index = wanted[path] else { continue }
                if current?.index != index {
                    close()
                    current = (index, row["parts"], true)
                }
                guard current?.complete == true else { continue }
                guard row["identity"] == files[index].identity.key, row["part"] == articles.count else {
                    current?.complete = false
                    continue
                }
                let article: String = row["article"]
                let content: String = row["content"]
                articles.append(
                    LibraryListing(
                        content: content, article: article, title: row["title"], site: row["site"],
                        published: row["published"], claims: row["claims"],
                        marked: marked.contains(article) ? try markCounts(db, article: article, content: content) : [:]))
            }
            close()
            return listed
        }
    }

    /// The analyses of a file that looks as it did when this parser
    /// version read it, in order, each with its content fingerprint, read
    /// back without reading the file (nor loading the parser's lexicons);
    /// nil when the file changed, was never read under this version, or
    /// any of its analyses is no longer cached.
    public func cachedAnalyses(ofFile path: String, identity: FileIdentity, parserVersion: String) throws
        -> [(content: String, analysis: Analysis)]?
    {
        let rows = try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.part, f.parts, f.identity, a.content, a.analysis
                    FROM libraryFile f JOIN libraryArticle a ON a.content = f.content
                    WHERE f.path = ? AND f.parserVersion = ? AND a.parserVersion = ?
                    ORDER BY f.part
                    """, arguments: [path, parserVersion, parserVersion])
        }
        guard let first = rows.first, rows.count == first["parts"] as Int else { return nil }
        var analyses: [(content: String, analysis: Analysis)] = []
        for (part, row) in rows.enumerated() {
            guard row["part"] == part, row["identity"] == identity.key, let data: Data = row["analysis"],
                let analysis = ArchivedAnalysis.decode(data)
            else { return nil }
            analyses.append((row["content"], analysis))
        }
        return analyses
    }

    /// How many claims of the stored content have each status other than
    /// unverified, by the marks of its article.
    private func markCounts(_ db: Database, article: String, content: String) throws -> [MarkStatus: Int] {
        let claims = try Row.fetchAll(
            db, sql: "SELECT fingerprint, text FROM libraryClaim WHERE content = ? ORDER BY position", arguments: [content]
        ).map { ClaimSnapshot(id: nil, fingerprint: $0["fingerprint"], text: $0["text"], sources: []) }
        return MarkStore.counts(of: try database.states(db, article: article, claims: claims))
    }
}
