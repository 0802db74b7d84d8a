import GRDB

/// One row of the `mark` history table.
struct MarkRow {
    var id: Int64
    var mark: Mark
    /// The row this one undid, for rows written by undo.
    var undoes: Int64?

    static let columns = "id, article, claim, status, note, author, date, undoes"

    init(row: Row) throws {
        id = row["id"]
        let statusName: String = row["status"]
        guard let status = MarkStatus(rawValue: statusName) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown mark status \(statusName)")
        }
        mark = Mark(
            articleFingerprint: row["article"], claimFingerprint: row["claim"], status: status, note: row["note"],
            author: row["author"], date: Milliseconds.date(row["date"]), id: id)
        undoes = row["undoes"]
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [MarkRow] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(MarkRow.init)
    }

    /// The latest row of one claim, i.e. its current mark.
    static func latest(_ db: Database, article: String, claim: String) throws -> MarkRow? {
        try fetchAll(
            db, sql: "SELECT \(columns) FROM mark WHERE article = ? AND claim = ? ORDER BY id DESC LIMIT 1",
            arguments: [article, claim]
        ).first
    }

    /// The latest row of every claim of an article that has one.
    static func latestOfEachClaim(_ db: Database, article: String) throws -> [MarkRow] {
        try fetchAll(
            db,
            sql: """
                SELECT \(columns) FROM mark WHERE id IN (
                    SELECT max(id) FROM mark WHERE article = ? GROUP BY claim)
                """,
            arguments: [article])
    }

    /// Appends a row and returns the mark it records.
    static func append(
        _ db: Database, article: String, claim: String, status: MarkStatus, note: String?, author: String,
        date: Int64, undoes: Int64? = nil
    ) throws -> Mark {
        try db.execute(
            sql: "INSERT INTO mark (article, claim, status, note, author, date, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [article, claim, status.rawValue, note, author, date, undoes])
        return Mark(
            articleFingerprint: article, claimFingerprint: claim, status: status, note: note, author: author,
            date: Milliseconds.date(date), id: db.lastInsertedRowID)
    }
}
