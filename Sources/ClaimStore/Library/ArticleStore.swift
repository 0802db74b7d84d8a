import ClaimKit
import ClaimMatch
import Foundation
import GRDB

/// The library of articles in the marks database: each article read or
/// indexed, keyed by its content fingerprint, with its analysis (so it
/// re-opens without parsing: the parse cache) and its claims (so claims
/// match across everything read, and can be searched).
///
/// Rules: one row per content; storing content already there replaces
/// that row; storing new content from an origin (path or URL) replaces
/// what that origin held before, so a changed file is never kept twice.
/// The cache is bounded by `evict(toBytes:)`, which lets the least
/// recently used analyses go but keeps their articles and claims.
///
/// Shares the marks database, its locking and its errors (`MarkStoreError`).
public final class ArticleStore: Sendable {
    let database: MarkStore

    /// What `store` did.
    public enum Outcome: Equatable, Sendable {
        /// A new article.
        case added
        /// The same content was there already; its row was refreshed.
        case refreshed
        /// The origin held other content, now replaced by this.
        case replaced
    }

    /// Opens (creating or upgrading) the marks database at `path`.
    public convenience init(path: String, forReadingOnly: Bool = false) throws {
        self.init(sharing: try MarkStore(path: path, forReadingOnly: forReadingOnly))
    }

    /// The library in the database an open mark store uses, on its connection.
    public init(sharing marks: MarkStore) {
        database = marks
    }

    public var path: String { database.path }
    /// Why nothing can be stored, when the database opened read-only.
    public var readOnlyReason: String? { database.readOnlyReason }

    /// The content fingerprint of raw bytes (a file as read).
    public static func contentFingerprint(of bytes: some Sequence<UInt8>) -> String {
        var hash = ByteFingerprint()
        hash.feed(bytes)
        return hash.hex
    }

    /// The content fingerprint of an ingested article: its title, text,
    /// and page metadata, exactly. Any edit gives a new one.
    public static func contentFingerprint(of article: Article) -> String {
        var hash = ByteFingerprint()
        let metadata = article.metadata
        for part in [article.title, article.text, metadata.byline, metadata.published, metadata.site, metadata.language] {
            hash.feed(part ?? "\u{0}")
        }
        return hash.hex
    }

    /// Whether the library holds this content, parsed by this parser version.
    public func contains(fingerprint: String, parserVersion: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM libraryArticle WHERE content = ? AND parserVersion = ?",
                arguments: [fingerprint, parserVersion]) ?? false
        }
    }

    /// The stored analysis of this content by this parser version, or nil
    /// when there is none (never stored, evicted, another parser version,
    /// or an archive this version cannot read). Does not count as a use:
    /// call `touch` for that.
    public func cached(fingerprint: String, parserVersion: String) throws -> Analysis? {
        let data = try database.read { db in
            try Data.fetchOne(
                db, sql: "SELECT analysis FROM libraryArticle WHERE content = ? AND parserVersion = ?",
                arguments: [fingerprint, parserVersion])
        }
        return data.flatMap(ArchivedAnalysis.decode)
    }

    /// Keeps an analysis and its claims under its content fingerprint.
    /// `origin` is the path or URL it was read from (nil for standard
    /// input); what that origin held before, if other content, is removed.
    /// With `registeringFrom`, the article is registered for marks too
    /// (`MarkStore.register`, from that origin) in the same transaction:
    /// one commit, so one wait for the disk, for each article parsed.
    @discardableResult
    public func store(
        _ analysis: Analysis, fingerprint: String, parserVersion: String, origin: String?,
        registeringFrom markOrigin: String? = nil
    ) throws -> Outcome {
        let registration = try markOrigin.map { try database.registration(of: analysis, origin: $0) }
        let archive = try ArchivedAnalysis(analysis).encoded()
        let claims = LibraryClaim.all(in: analysis, content: fingerprint)
        let reader = try ArticleStore.propositionReader()
        let propositions = reader.records(of: analysis).map(\.proposition)
        let encoder = JSONEncoder()
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        let claimRows = try claims.map { claim in
            [
                claim.position, claim.id, claim.fingerprint, claim.text, try json(claim.sources),
                try json(claim.sourceWords), claim.cue, try json(claim.frame), claim.denialID, try json(claim.disputes),
                propositions[claim.position].stored,
            ] as [(any DatabaseValueConvertible)?]
        }
        let article = analysis.article
        return try database.write { db in
            try registration?(db)
            let now = Milliseconds.of(Date())
            let added = try Int64.fetchOne(
                db, sql: "SELECT added FROM libraryArticle WHERE content = ?", arguments: [fingerprint])
            var outcome: Outcome = added == nil ? .added : .refreshed
            try remove(contents: [fingerprint], in: db)
            if let origin {
                let previous = try String.fetchAll(
                    db, sql: "SELECT content FROM libraryArticle WHERE origin = ?", arguments: [origin])
                if !previous.isEmpty && added == nil { outcome = .replaced }
                try remove(contents: previous, in: db)
            }
            try db.execute(
                sql: """
                    INSERT INTO libraryArticle (content, article, origin, title, site, published, byline,
                        parserVersion, analysis, analysisBytes, added, lastUsed, claimCount, matcherVersion)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    fingerprint, article.fingerprint, origin, article.title, article.metadata.site,
                    article.metadata.published, article.metadata.byline, parserVersion, archive, archive.count,
                    added ?? now, now, claims.count, reader.version,
                ])
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO libraryClaim (content, position, id, fingerprint, text, sources, sourceWords, cue,
                        frame, denial, disputes, proposition)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            for (position, row) in claimRows.enumerated() {
                try insert.execute(arguments: StatementArguments([fingerprint] + row))
                try ArticleStore.index(claim: db.lastInsertedRowID, terms: propositions[position].terms, in: db)
            }
            return outcome
        }
    }

    /// Marks content as just used, so eviction keeps it longest.
    public func touch(fingerprint: String) throws {
        try database.write { db in
            try db.execute(
                sql: "UPDATE libraryArticle SET lastUsed = ? WHERE content = ?",
                arguments: [Milliseconds.of(Date()), fingerprint])
        }
    }

    /// Marks several contents as just used, in one transaction.
    public func touch(fingerprints: [String]) throws {
        guard !fingerprints.isEmpty else { return }
        try database.write { db in
            let now = Milliseconds.of(Date())
            let update = try db.cachedStatement(sql: "UPDATE libraryArticle SET lastUsed = ? WHERE content = ?")
            for fingerprint in fingerprints { try update.execute(arguments: [now, fingerprint]) }
        }
    }

    /// How many analyses are kept for re-opening.
    public func cachedCount() throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM libraryArticle WHERE analysis IS NOT NULL") ?? 0
        }
    }

    /// The bytes of the analyses kept for re-opening.
    public func cachedBytes() throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT total(analysisBytes) FROM libraryArticle") ?? 0
        }
    }

    /// Lets the least recently used analyses go until those kept take at
    /// most `limit` bytes; their articles and claims stay in the library.
    /// Returns how many analyses went.
    @discardableResult
    public func evict(toBytes limit: Int) throws -> Int {
        try database.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT content, analysisBytes FROM libraryArticle WHERE analysis IS NOT NULL
                    ORDER BY lastUsed DESC, added DESC, content
                    """)
            var kept = 0
            var evicted: [String] = []
            for row in rows {
                let bytes: Int = row["analysisBytes"]
                if kept + bytes <= limit && evicted.isEmpty {
                    kept += bytes
                } else {
                    evicted.append(row["content"])
                }
            }
            for content in evicted {
                try db.execute(
                    sql: "UPDATE libraryArticle SET analysis = NULL, analysisBytes = 0 WHERE content = ?",
                    arguments: [content])
            }
            return evicted.count
        }
    }

    /// Removes every article and claim (marks are kept: they belong to
    /// article fingerprints, not to stored versions).
    public func removeAll() throws {
        try database.write { db in
            try db.execute(
                sql: """
                    DELETE FROM libraryFile; DELETE FROM libraryTerm; DELETE FROM libraryTermCount;
                    DELETE FROM libraryClaim; DELETE FROM libraryArticle
                    """)
        }
    }

    /// The stored analysis of this content whatever parser made it: the
    /// article as it was read, for showing it again.
    public func storedAnalysis(fingerprint: String) throws -> Analysis? {
        let data = try database.read { db in
            try Data.fetchOne(db, sql: "SELECT analysis FROM libraryArticle WHERE content = ?", arguments: [fingerprint])
        }
        return data.flatMap(ArchivedAnalysis.decode)
    }

    /// Lists a stored claim under each of its terms, for look-ups.
    static func index(claim: Int64, terms: [String], in db: Database) throws {
        let insertTerm = try db.cachedStatement(sql: "INSERT OR IGNORE INTO libraryTerm (term, claim) VALUES (?, ?)")
        for term in terms { try insertTerm.execute(arguments: [term, claim]) }
    }

    /// Reads claims' propositions as matching does; loaded once a process.
    static func propositionReader() throws -> PropositionReader {
        try sharedPropositionReader.get()
    }

    private static let sharedPropositionReader = Result { try PropositionReader() }

    private func remove(contents: [String], in db: Database) throws {
        for content in contents {
            try db.execute(
                sql: "DELETE FROM libraryTerm WHERE claim IN (SELECT rowid FROM libraryClaim WHERE content = ?)",
                arguments: [content])
            try db.execute(sql: "DELETE FROM libraryClaim WHERE content = ?", arguments: [content])
            try db.execute(sql: "DELETE FROM libraryArticle WHERE content = ?", arguments: [content])
        }
    }
}
