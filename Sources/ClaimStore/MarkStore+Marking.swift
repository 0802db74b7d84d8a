import Foundation
import GRDB

extension MarkStore {
    /// Sets the status of a claim, appending an entry to its history.
    ///
    /// A nil `note` keeps the claim's current note; an empty one removes
    /// it. Setting exactly the current status and note under the same
    /// name again adds nothing and returns the current mark. The mark is
    /// committed when this returns.
    @discardableResult
    public func setMark(article: String, claim: String, status: MarkStatus, note: String?, author: String) throws
        -> Mark
    {
        try write { db in
            let current = try MarkRow.latest(db, article: article, claim: claim)?.mark
            let kept = note.map { $0.isEmpty ? nil : $0 } ?? current?.note
            return try appendChange(db, current: current, article: article, claim: claim, status: status, note: kept, author: author)
        }
    }

    /// Sets or (with an empty text) removes the note of a claim, keeping
    /// its status; like `setMark`, one committed history entry.
    @discardableResult
    public func setNote(article: String, claim: String, note: String, author: String) throws -> Mark {
        try write { db in
            let current = try MarkRow.latest(db, article: article, claim: claim)?.mark
            return try appendChange(
                db, current: current, article: article, claim: claim, status: current?.status ?? .unverified,
                note: note.isEmpty ? nil : note, author: author)
        }
    }

    private func appendChange(
        _ db: Database, current: Mark?, article: String, claim: String, status: MarkStatus, note: String?,
        author: String
    ) throws -> Mark {
        if let current, current.status == status, current.note == note, current.author == author {
            return current
        }
        return try MarkRow.append(
            db, article: article, claim: claim, status: status, note: note, author: author,
            date: Milliseconds.of(Date()))
    }

    /// Every entry of an article's history, or of one claim's, oldest first.
    public func history(article: String, claim: String?) throws -> [Mark] {
        try read { db in
            if let claim {
                return try MarkRow.fetchAll(
                    db, sql: "SELECT \(MarkRow.columns) FROM mark WHERE article = ? AND claim = ? ORDER BY id",
                    arguments: [article, claim]
                ).map(\.mark)
            }
            return try MarkRow.fetchAll(
                db, sql: "SELECT \(MarkRow.columns) FROM mark WHERE article = ? ORDER BY id", arguments: [article]
            ).map(\.mark)
        }
    }
}
