import GRDB

/// How far the checking of whole articles has got, for a list of
/// articles none of which need be open: counts of claims by status.
extension MarkStore {
    /// The id of the latest mark written, 0 before the first.
    public func latestMarkID() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM mark") ?? 0 }
    }

    /// Every article with a mark written after the mark `id`, by any
    /// writer, with how many of its claims (as last seen) have each
    /// status other than unverified; and the latest mark's id, to ask
    /// from next time.
    public func markCounts(ofArticlesMarkedAfter id: Int64) throws -> (counts: [String: [MarkStatus: Int]], latest: Int64) {
        try read { db in
            let latest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM mark") ?? 0
            var counts: [String: [MarkStatus: Int]] = [:]
            for article in try String.fetchAll(db, sql: "SELECT DISTINCT article FROM mark WHERE id > ?", arguments: [id]) {
                counts[article] = Self.counts(
                    of: try states(db, article: article, claims: try currentClaims(db, article: article)))
            }
            return (counts, latest)
        }
    }

    /// How many of the claims `states` covers have each status other than unverified.
    static func counts(of states: [String: ClaimMarkState]) -> [MarkStatus: Int] {
        var counts: [MarkStatus: Int] = [:]
        for state in states.values where state.mark.status != .unverified { counts[state.mark.status, default: 0] += 1 }
        return counts
    }
}
