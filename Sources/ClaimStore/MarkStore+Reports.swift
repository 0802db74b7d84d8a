import ClaimKit
import Foundation
import GRDB

extension MarkStore {
    /// The report of an article at hand: its claims as just parsed.
    public func report(for analysis: Analysis) throws -> ArticleReport {
        let article = analysis.article
        return try read { db in
            let origins = try storedArticle(db, fingerprint: article.fingerprint)?.origins ?? []
            let opened = article.path.map { [$0] } ?? []
            return try buildReport(
                db, fingerprint: article.fingerprint, title: article.title,
                origins: opened + origins.filter { !opened.contains($0) }, claims: ClaimSnapshot.all(in: analysis))
        }
    }

    /// The report of every article the store has registered, most recently
    /// seen first, each against the claims it had when last seen.
    public func reports() throws -> [ArticleReport] {
        try read { db in
            let fingerprints = try String.fetchAll(db, sql: "SELECT fingerprint FROM article ORDER BY lastSeen DESC, title")
            return try fingerprints.compactMap { fingerprint in
                guard let article = try storedArticle(db, fingerprint: fingerprint) else { return nil }
                return try buildReport(
                    db, fingerprint: fingerprint, title: article.title, origins: article.origins,
                    claims: try currentClaims(db, article: fingerprint))
            }
        }
    }

    private func buildReport(
        _ db: Database, fingerprint: String, title: String, origins: [String], claims: [ClaimSnapshot]
    ) throws -> ArticleReport {
        let history = try MarkRow.fetchAll(
            db, sql: "SELECT \(MarkRow.columns) FROM mark WHERE article = ? ORDER BY id", arguments: [fingerprint])
        let states = try states(db, article: fingerprint, claims: claims)
        func changes(of fingerprints: Set<String>) -> [Mark] {
            history.filter { fingerprints.contains($0.mark.claimFingerprint) }.map(\.mark)
        }
        var reported = Set<String>()
        let current = claims.map { claim in
            let state = states[claim.fingerprint]
            let own: Set<String> = [claim.fingerprint, state?.mark.claimFingerprint ?? claim.fingerprint]
            reported.formUnion(own)
            return ClaimReport(claim: claim, state: state, history: changes(of: own))
        }
        // Former claims in the order they were first marked.
        var latest: [String: Mark] = [:]
        var firstMarked: [String] = []
        for row in history where !reported.contains(row.mark.claimFingerprint) {
            if latest[row.mark.claimFingerprint] == nil { firstMarked.append(row.mark.claimFingerprint) }
            latest[row.mark.claimFingerprint] = row.mark
        }
        let formerFingerprints = firstMarked.filter { latest[$0]?.status != .unverified || latest[$0]?.note != nil }
        let snapshots = try claimSnapshots(db, article: fingerprint, fingerprints: formerFingerprints)
        let former = formerFingerprints.map { claim in
            ClaimReport(
                claim: snapshots.first { $0.fingerprint == claim }
                    ?? ClaimSnapshot(id: nil, fingerprint: claim, text: "", sources: []),
                state: latest[claim].map { ClaimMarkState(mark: $0, isStale: false) }, history: changes(of: [claim]))
        }
        return ArticleReport(
            fingerprint: fingerprint, title: title, origins: origins, claims: current, formerClaims: former)
    }
}
