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

    /// Undoes the latest change in one article that is not undone yet, by
    /// appending the state its claim had before (unverified and no note
    /// when it had none). Repeated undos walk back through the history;
    /// nothing is deleted. Returns the restored mark, or nil when the
    /// article has nothing left to undo.
    @discardableResult
    public func undo(article: String, author: String) throws -> Mark? {
        try write { db in
            let history = try MarkRow.fetchAll(
                db, sql: "SELECT \(MarkRow.columns) FROM mark WHERE article = ? ORDER BY id", arguments: [article])
            // Changes still in effect, oldest first; each undo row takes
            // back the change it names.
            var undoable: [MarkRow] = []
            for row in history {
                if let undone = row.undoes {
                    undoable.removeAll { $0.id == undone }
                } else {
                    undoable.append(row)
                }
            }
            guard let target = undoable.last else { return nil }
            let claim = target.mark.claimFingerprint
            let before = history.last { $0.id < target.id && $0.mark.claimFingerprint == claim }?.mark
            return try MarkRow.append(
                db, article: article, claim: claim, status: before?.status ?? .unverified, note: before?.note,
                author: author, date: Milliseconds.of(Date()), undoes: target.id)
        }
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
