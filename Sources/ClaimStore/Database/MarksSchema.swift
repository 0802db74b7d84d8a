import GRDB

/// The database layout, as a list of migrations applied in order. A
/// migration, once released, never changes: later versions add new ones.
enum MarksSchema {
    /// Written into the SQLite header (`PRAGMA application_id`) so a
    /// crosscheck database can be told from any other SQLite file: "CXCK".
    static let applicationID: Int32 = 0x4358_434B

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, claims seen, mark history") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        fingerprint TEXT PRIMARY KEY NOT NULL,
                        title TEXT NOT NULL,
                        firstSeen INTEGER NOT NULL,
                        lastSeen INTEGER NOT NULL
                    );
                    CREATE TABLE articleOrigin (
                        article TEXT NOT NULL REFERENCES article(fingerprint),
                        origin TEXT NOT NULL,
                        lastSeen INTEGER NOT NULL,
                        PRIMARY KEY (article, origin)
                    ) WITHOUT ROWID;
                    -- Every claim ever seen in an article, so a mark can be shown
                    -- (or reported) against the words it was made for. position and
                    -- id (c3) are the claim's place in the latest version seen; NULL
                    -- for claims that version no longer has.
                    CREATE TABLE claim (
                        article TEXT NOT NULL REFERENCES article(fingerprint),
                        fingerprint TEXT NOT NULL,
                        id TEXT,
                        text TEXT NOT NULL,
                        sources TEXT NOT NULL,
                        position INTEGER,
                        firstSeen INTEGER NOT NULL,
                        lastSeen INTEGER NOT NULL,
                        PRIMARY KEY (article, fingerprint)
                    ) WITHOUT ROWID;
                    -- The history of marks. Append-only: the current mark of a claim
                    -- is its latest row; an undo is a new row naming the row it undoes.
                    CREATE TABLE mark (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        article TEXT NOT NULL,
                        claim TEXT NOT NULL,
                        status TEXT NOT NULL CHECK (status IN ('unverified', 'verified', 'disputed', 'false')),
                        note TEXT,
                        author TEXT NOT NULL,
                        date INTEGER NOT NULL,
                        undoes INTEGER REFERENCES mark(id)
                    );
                    CREATE INDEX mark_by_claim ON mark(article, claim, id);
                    CREATE TRIGGER mark_is_append_only_on_update BEFORE UPDATE ON mark
                    BEGIN SELECT RAISE(ABORT, 'the mark history is append-only'); END;
                    CREATE TRIGGER mark_is_append_only_on_delete BEFORE DELETE ON mark
                    BEGIN SELECT RAISE(ABORT, 'the mark history is append-only'); END;
                    """)
        }
        LibrarySchema.register(in: &migrator)
        return migrator
    }
}
