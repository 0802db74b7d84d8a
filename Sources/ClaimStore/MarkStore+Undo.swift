import Foundation
import GRDB

/// Whose changes an undo may take back.
public enum UndoScope: Sendable, Hashable {
    /// Changes recorded under this name: what `crosscheck undo --as NAME` takes back.
    case author(String)
    /// These history entries only, by id: what one running reader has written.
    case changes(Set<Int64>)

    func includes(_ row: MarkRow) -> Bool {
        switch self {
        case .author(let name): row.mark.author == name
        case .changes(let ids): ids.contains(row.id)
        }
    }
}

/// What an undo did, or why it did nothing.
public enum UndoResult: Sendable, Equatable {
    /// The change was taken back; the claim has this mark again.
    case undone(Mark)
    /// Nothing in the scope is left to undo in the article.
    case nothingToUndo
    /// The change to take back is `target`, but its claim was changed
    /// outside the scope since (`later`, oldest first); nothing was
    /// written. Undoing with `force` takes it back all the same.
    case changedSince(target: Mark, later: [Mark])

    /// The mark restored by an undo that happened.
    public var restored: Mark? {
        if case .undone(let mark) = self { return mark }
        return nil
    }
}

extension MarkStore {
    /// Undoes the latest change in one article, among the changes in
    /// `scope`, that is not undone yet, by appending the state its claim
    /// had before (unverified and no note when it had none), recorded
    /// under `author`. Repeated undos walk back through the history;
    /// nothing is deleted. When someone outside the scope changed that
    /// claim after it, nothing is written unless `force` is set: the
    /// undo would silently replace their change.
    ///
    ///     let result = try store.undo(article: fingerprint, scope: .author("ana"), author: "ana")
    ///
    /// - throws: `MarkStoreError` when the database cannot be written.
    @discardableResult
    public func undo(article: String, scope: UndoScope, author: String, force: Bool = false) throws -> UndoResult {
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
            guard let target = undoable.last(where: scope.includes) else { return .nothingToUndo }
            let claim = target.mark.claimFingerprint
            let later = history.filter { $0.id > target.id && $0.mark.claimFingerprint == claim && !scope.includes($0) }
            // Changes since that left the claim as the target set it
            // (a mark and its undoing) replace nothing the undo would lose.
            let current = history.last { $0.mark.claimFingerprint == claim }?.mark
            let replaced = current?.status != target.mark.status || current?.note != target.mark.note
            if !later.isEmpty && replaced && !force { return .changedSince(target: target.mark, later: later.map(\.mark)) }
            let before = history.last { $0.id < target.id && $0.mark.claimFingerprint == claim }?.mark
            return .undone(
                try MarkRow.append(
                    db, article: article, claim: claim, status: before?.status ?? .unverified, note: before?.note,
                    author: author, date: Milliseconds.of(Date()), undoes: target.id))
        }
    }

    /// A number that changes whenever another connection (another
    /// process, or another `MarkStore` on the same file) commits a change
    /// to the database, and never for this store's own writes: SQLite's
    /// `PRAGMA data_version`. Cheap enough to ask on every key.
    public func outsideChangeCounter() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
