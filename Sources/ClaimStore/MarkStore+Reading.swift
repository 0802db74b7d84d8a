import ClaimKit
import Foundation
import GRDB

extension MarkStore {
    /// The mark the reader shows for each claim of an analysis, keyed by
    /// claim fingerprint: the claim's own current mark, or, for a claim
    /// whose words changed, the mark of its earlier text flagged stale.
    /// Claims never marked have no entry.
    public func marks(for analysis: Analysis) throws -> [String: ClaimMarkState] {
        try read { db in
            try states(db, article: analysis.article.fingerprint, claims: ClaimSnapshot.all(in: analysis))
        }
    }

    /// Like `marks(for:)`, for an article known only to the store, against
    /// the claims it had when last seen.
    public func marks(article: String) throws -> [String: ClaimMarkState] {
        try read { db in try states(db, article: article, claims: try currentClaims(db, article: article)) }
    }

    /// Every article the store has seen, most recently seen first.
    public func articles() throws -> [StoredArticle] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT fingerprint FROM article ORDER BY lastSeen DESC, title").compactMap {
                try storedArticle(db, fingerprint: $0["fingerprint"])
            }
        }
    }

    public func article(fingerprint: String) throws -> StoredArticle? {
        try read { db in try storedArticle(db, fingerprint: fingerprint) }
    }

    /// The claims of an article as it read when last seen, in reading order.
    public func claims(article: String) throws -> [ClaimSnapshot] {
        try read { db in try currentClaims(db, article: article) }
    }

    func storedArticle(_ db: Database, fingerprint: String) throws -> StoredArticle? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT title, firstSeen, lastSeen FROM article WHERE fingerprint = ?", arguments: [fingerprint])
        else { return nil }
        let origins = try String.fetchAll(
            db, sql: "SELECT origin FROM articleOrigin WHERE article = ? ORDER BY lastSeen DESC, origin",
            arguments: [fingerprint])
        return StoredArticle(
            fingerprint: fingerprint, title: row["title"], origins: origins,
            firstSeen: Milliseconds.date(row["firstSeen"]), lastSeen: Milliseconds.date(row["lastSeen"]))
    }

    func currentClaims(_ db: Database, article: String) throws -> [ClaimSnapshot] {
        try claimSnapshots(
            db, sql: "SELECT fingerprint, id, text, sources FROM claim WHERE article = ? AND position IS NOT NULL ORDER BY position",
            arguments: [article])
    }

    /// Snapshots of some claims of an article, whatever version they were seen in.
    func claimSnapshots(_ db: Database, article: String, fingerprints: [String]) throws -> [ClaimSnapshot] {
        guard !fingerprints.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: fingerprints.count).joined(separator: ", ")
        return try claimSnapshots(
            db, sql: "SELECT fingerprint, id, text, sources FROM claim WHERE article = ? AND fingerprint IN (\(placeholders))",
            arguments: StatementArguments([article] + fingerprints))
    }

    private func claimSnapshots(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ClaimSnapshot] {
        let decoder = JSONDecoder()
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let sourcesJSON: String = row["sources"]
            let sources = (try? decoder.decode([SourceSnapshot].self, from: Data(sourcesJSON.utf8))) ?? []
            return ClaimSnapshot(id: row["id"], fingerprint: row["fingerprint"], text: row["text"], sources: sources)
        }
    }

    func states(_ db: Database, article: String, claims: [ClaimSnapshot]) throws -> [String: ClaimMarkState] {
        let latest = try MarkRow.latestOfEachClaim(db, article: article)
        guard !latest.isEmpty else { return [:] }
        var states: [String: ClaimMarkState] = [:]
        let current = Set(claims.map(\.fingerprint))
        var orphans: [String: Mark] = [:]
        for row in latest {
            let mark = row.mark
            if current.contains(mark.claimFingerprint) {
                states[mark.claimFingerprint] = ClaimMarkState(mark: mark, isStale: false)
            } else if mark.status != .unverified || mark.note != nil {
                orphans[mark.claimFingerprint] = mark
            }
        }
        guard !orphans.isEmpty else { return states }
        let unmarked = claims.filter { states[$0.fingerprint] == nil }.map { ($0.fingerprint, $0.text) }
        let earlier = try claimSnapshots(db, article: article, fingerprints: orphans.keys.sorted()).map {
            ($0.fingerprint, $0.text)
        }
        for (claim, previous) in StaleMatcher.match(unmarked: unmarked, earlier: earlier) {
            if let mark = orphans[previous] { states[claim] = ClaimMarkState(mark: mark, isStale: true) }
        }
        return states
    }
}
