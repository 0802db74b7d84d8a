import ClaimKit
import Foundation
import GRDB

/// The verification marks of every article a reader has checked, kept in
/// an SQLite database. Every change is its own committed transaction
/// before the method returns, so a mark that was reported is on disk; the
/// history is append-only, and the current mark of a claim is its latest
/// entry. Marks belong to (article fingerprint, claim fingerprint), so
/// they follow an article across paths, re-parsing and unrelated edits.
///
/// Safe to share between threads, and between processes on one database:
/// writers wait for each other instead of failing.
public final class MarkStore: Sendable {
    /// Where the database lives.
    public let path: String
    /// Why marks cannot be saved, when the database could only be opened
    /// for reading (reading still works); nil when it is writable.
    public let readOnlyReason: String?
    let queue: DatabaseQueue
    /// The check of the whole file that every write waits for.
    let damageCheck: DamageCheck

    /// Opens the database at `path`, creating it (and its folder) when
    /// missing and upgrading its schema. Throws a `MarkStoreError` for a
    /// file that is not a marks database or comes from a newer version;
    /// such files are never modified.
    ///
    /// `forReadingOnly` opens it without writing anything, not even the
    /// set-up a writer does, so that listing and exporting work on a full
    /// disk; a missing database then reads as empty and is not created.
    public init(path: String, forReadingOnly: Bool = false) throws {
        self.path = path
        let opened = try MarksDatabase.open(path: path, forReadingOnly: forReadingOnly)
        queue = opened.queue
        readOnlyReason = opened.readOnlyReason
        damageCheck = opened.damageCheck
    }

    /// The database path for an environment: `CROSSCHECK_DB`, else
    /// `$XDG_DATA_HOME/crosscheck/crosscheck.sqlite`, else the same under
    /// `~/.local/share`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let explicit = environment["CROSSCHECK_DB"], !explicit.isEmpty { return explicit }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share").path
        }
        return URL(fileURLWithPath: dataHome).appendingPathComponent("crosscheck/crosscheck.sqlite").path
    }

    /// Records that an article was seen, where it was opened from, and the
    /// words of each of its claims, so later versions can be compared
    /// with it and reports written without the article at hand.
    public func register(_ analysis: Analysis, origin: String) throws {
        try write(try registration(of: analysis, origin: origin))
    }

    /// What `register` writes, prepared outside the transaction, for a
    /// caller that writes it in a transaction of its own with more.
    func registration(of analysis: Analysis, origin: String) throws -> (Database) throws -> Void {
        let claims = ClaimSnapshot.all(in: analysis)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let sources = try claims.map { String(decoding: try encoder.encode($0.sources), as: UTF8.self) }
        let article = analysis.article.fingerprint
        return { db in
            let now = Milliseconds.of(Date())
            try db.execute(
                sql: """
                    INSERT INTO article (fingerprint, title, firstSeen, lastSeen) VALUES (?, ?, ?, ?)
                    ON CONFLICT (fingerprint) DO UPDATE SET title = excluded.title, lastSeen = excluded.lastSeen
                    """,
                arguments: [article, analysis.article.title, now, now])
            try db.execute(
                sql: """
                    INSERT INTO articleOrigin (article, origin, lastSeen) VALUES (?, ?, ?)
                    ON CONFLICT (article, origin) DO UPDATE SET lastSeen = excluded.lastSeen
                    """,
                arguments: [article, origin, now])
            try db.execute(
                sql: "UPDATE claim SET position = NULL, id = NULL WHERE article = ? AND position IS NOT NULL",
                arguments: [article])
            for (position, claim) in claims.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO claim (article, fingerprint, id, text, sources, position, firstSeen, lastSeen)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (article, fingerprint) DO UPDATE SET id = excluded.id, text = excluded.text,
                            sources = excluded.sources, position = excluded.position, lastSeen = excluded.lastSeen
                        """,
                    arguments: [article, claim.fingerprint, claim.id, claim.text, sources[position], position, now, now])
            }
        }
    }

    /// Runs `body` in one immediate write transaction, committed before
    /// this returns. Waits for other writers (the busy timeout), and
    /// retries the rare lock conflict SQLite reports without waiting.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let readOnlyReason { throw MarkStoreError.readOnly(path: path, reason: readOnlyReason) }
        try damageCheck.wait()
        var attempt = 0
        while true {
            do {
                return try queue.write(body)
            } catch let error as DatabaseError {
                let contended = error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
                if contended && attempt < 20 {
                    attempt += 1
                    usleep(UInt32.random(in: 1_000...20_000))
                    continue
                }
                throw MarksDatabase.translate(error, path: path)
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw MarksDatabase.translate(error, path: path)
        }
    }
}
