import GRDB

/// The tables of the article library: every article read or indexed, its
/// analysis kept for re-opening without parsing, and its claims for
/// matching across articles and for full-text search.
enum LibrarySchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: article library, library claims, claim search") { db in
            try db.execute(
                sql: """
                    -- One row per version of an article's content. `content` is the
                    -- content fingerprint (exact bytes), `article` the fingerprint
                    -- marks are kept under. `analysis` is the encoded analysis, NULL
                    -- once evicted from the parse cache: the article and its claims
                    -- stay in the library for matching and search.
                    CREATE TABLE libraryArticle (
                        content TEXT PRIMARY KEY NOT NULL,
                        article TEXT NOT NULL,
                        origin TEXT,
                        title TEXT NOT NULL,
                        site TEXT,
                        published TEXT,
                        byline TEXT,
                        parserVersion TEXT NOT NULL,
                        analysis BLOB,
                        analysisBytes INTEGER NOT NULL,
                        added INTEGER NOT NULL,
                        lastUsed INTEGER NOT NULL
                    );
                    CREATE INDEX libraryArticle_by_origin ON libraryArticle(origin);
                    CREATE INDEX libraryArticle_by_article ON libraryArticle(article);
                    CREATE INDEX libraryArticle_by_use ON libraryArticle(lastUsed) WHERE analysis IS NOT NULL;
                    -- What matching needs of each claim without the analysis: its
                    -- words, sources, cue, and the spans (cue, source mentions) that
                    -- are the reporting frame rather than the proposition.
                    CREATE TABLE libraryClaim (
                        rowid INTEGER PRIMARY KEY,
                        content TEXT NOT NULL REFERENCES libraryArticle(content) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        id TEXT NOT NULL,
                        fingerprint TEXT NOT NULL,
                        text TEXT NOT NULL,
                        sources TEXT NOT NULL,
                        sourceWords TEXT NOT NULL,
                        cue TEXT,
                        frame TEXT NOT NULL,
                        denial TEXT,
                        disputes TEXT NOT NULL,
                        UNIQUE (content, position)
                    );
                    CREATE INDEX libraryClaim_by_fingerprint ON libraryClaim(fingerprint);
                    CREATE VIRTUAL TABLE libraryClaimText USING fts5(
                        text, content = 'libraryClaim', content_rowid = 'rowid',
                        tokenize = 'porter unicode61 remove_diacritics 2');
                    CREATE TRIGGER libraryClaim_indexed AFTER INSERT ON libraryClaim BEGIN
                        INSERT INTO libraryClaimText (rowid, text) VALUES (new.rowid, new.text);
                    END;
                    CREATE TRIGGER libraryClaim_unindexed AFTER DELETE ON libraryClaim BEGIN
                        INSERT INTO libraryClaimText (libraryClaimText, rowid, text) VALUES ('delete', old.rowid, old.text);
                    END;
                    """)
        }
        migrator.registerMigration("v3: library claim terms") { db in
            try db.execute(
                sql: """
                    -- The terms of each library claim's proposition (ClaimMatch):
                    -- how a claim finds the claims it may match without reading
                    -- the library, and how rare each term is across it.
                    CREATE TABLE libraryTerm (
                        term TEXT NOT NULL,
                        claim INTEGER NOT NULL REFERENCES libraryClaim(rowid) ON DELETE CASCADE,
                        PRIMARY KEY (term, claim)
                    ) WITHOUT ROWID;
                    CREATE INDEX libraryTerm_by_claim ON libraryTerm(claim);
                    """)
        }
        migrator.registerMigration("v4: library files") { db in
            try db.execute(
                sql: """
                    -- The files articles were read from, as they were when read
                    -- (FileIdentity: size, times, inode): a file that still looks the
                    -- same holds the same articles, so a folder reopens from here
                    -- without reading its files. One row per article of a file (a
                    -- feed holds several, `parts` in all), under the parser version
                    -- that read it.
                    CREATE TABLE libraryFile (
                        path TEXT NOT NULL,
                        part INTEGER NOT NULL,
                        parts INTEGER NOT NULL,
                        identity TEXT NOT NULL,
                        parserVersion TEXT NOT NULL,
                        content TEXT NOT NULL REFERENCES libraryArticle(content) ON DELETE CASCADE,
                        PRIMARY KEY (path, part)
                    ) WITHOUT ROWID;
                    CREATE INDEX libraryFile_by_content ON libraryFile(content);
                    """)
        }
        migrator.registerMigration("v5: library claim propositions") { db in
            // What matching read of each claim (ClaimMatch's `Proposition.stored`),
            // so a look-up compares its candidates without reading their
            // text again. NULL for claims stored before: they are read again.
            try db.execute(sql: "ALTER TABLE libraryClaim ADD COLUMN proposition TEXT")
        }
        migrator.registerMigration("v6: library term counts") { db in
            try db.execute(
                sql: """
                    -- How many library claims carry each term, kept as terms come
                    -- and go: how rare a claim's terms are is read, not counted,
                    -- however many claims carry them.
                    CREATE TABLE libraryTermCount (
                        term TEXT PRIMARY KEY NOT NULL,
                        claims INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    INSERT INTO libraryTermCount (term, claims) SELECT term, count(*) FROM libraryTerm GROUP BY term;
                    CREATE TRIGGER libraryTerm_counted AFTER INSERT ON libraryTerm BEGIN
                        INSERT INTO libraryTermCount (term, claims) VALUES (new.term, 1)
                            ON CONFLICT (term) DO UPDATE SET claims = claims + 1;
                    END;
                    CREATE TRIGGER libraryTerm_uncounted AFTER DELETE ON libraryTerm BEGIN
                        UPDATE libraryTermCount SET claims = claims - 1 WHERE term = old.term;
                        DELETE FROM libraryTermCount WHERE term = old.term AND claims <= 0;
                    END;
                    """)
        }
        migrator.registerMigration("v7: library claim counts") { db in
            // How many claims each article has, kept with it: a folder's
            // list reads it instead of counting every claim of the library.
            try db.execute(
                sql: """
                    ALTER TABLE libraryArticle ADD COLUMN claimCount INTEGER NOT NULL DEFAULT 0;
                    UPDATE libraryArticle
                        SET claimCount = (SELECT count(*) FROM libraryClaim c WHERE c.content = libraryArticle.content);
                    """)
        }
        migrator.registerMigration("v8: library matcher versions") { db in
            // The version of claim matching (ClaimMatch's `PropositionReader.version`)
            // each article's claims were read under; '' for articles stored
            // before, which are read again like any other version.
            try db.execute(sql: "ALTER TABLE libraryArticle ADD COLUMN matcherVersion TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v9: library listing index") { db in
            // What a folder's list shows of each article, in an index of its
            // own: in the table, claimCount lies after the analysis, so reading
            // it read each analysis's overflow pages, the whole cache (a
            // second at 10,000 articles). The list's query reads this alone.
            try db.execute(
                sql: """
                    CREATE INDEX libraryArticle_listing
                        ON libraryArticle(content, article, title, site, published, claimCount);
                    """)
        }
    }
}
