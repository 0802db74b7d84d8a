import Foundation
import GRDB
import Testing

@testable import ClaimStore

@Suite("Mark store: the database file")
struct DatabaseFileTests {
    @Test("a new database is private (0600), in WAL mode with full sync, its folder created")
    func newDatabase() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        #expect(store.readOnlyReason == nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.databasePath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let mode = try store.queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let synchronous = try store.queue.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2, "FULL: a committed mark is on disk")
    }

    @Test("the history cannot be rewritten, even by SQL")
    func appendOnly() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath)
        try store.setMark(article: "a", claim: "c", status: .verified, note: nil, author: "ana")
        #expect(throws: DatabaseError.self) {
            try store.queue.write { try $0.execute(sql: "UPDATE mark SET status = 'false'") }
        }
        #expect(throws: DatabaseError.self) {
            try store.queue.write { try $0.execute(sql: "DELETE FROM mark") }
        }
        #expect(try store.history(article: "a", claim: "c").map(\.status) == [.verified])
    }

    @Test("a file that is not SQLite is refused and left untouched")
    func foreignFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("notes.txt")
        let content = Data("my notes, not a database\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: MarkStoreError.self) { try MarkStore(path: path) }
        #expect(error?.description.contains("not a crosscheck marks database") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("another program's SQLite database is refused and left untouched")
    func otherDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE photos (id INTEGER PRIMARY KEY); INSERT INTO photos DEFAULT VALUES") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: MarkStoreError.notAMarksDatabase(path: path, reason: "another program's SQLite database")) {
            try MarkStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a damaged database is reported, not overwritten")
    func damagedDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.databasePath
        try MarkStore(path: path).setMark(article: "a", claim: "c", status: .verified, note: nil, author: "ana")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // Keep the SQLite header, scramble the rest of the first page (the schema).
        for index in 100..<min(4096, bytes.count) { bytes[index] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: MarkStoreError.self) {
            let store = try MarkStore(path: path)
            _ = try store.history(article: "a", claim: nil)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test("a database from a newer version is refused and left untouched")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let path = folder.databasePath
        _ = try MarkStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: something from the future')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: MarkStoreError.newerSchema(path: path)) { try MarkStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a database where no folder can be created reads as empty and refuses marks with the reason")
    func uncreatableFolder() throws {
        let folder = try TemporaryFolder()
        try Data("a file where a folder should be".utf8).write(to: URL(fileURLWithPath: folder.path("blocked")))
        let path = folder.path("blocked/crosscheck/crosscheck.sqlite")
        let store = try MarkStore(path: path)
        #expect(store.readOnlyReason?.contains("cannot create the folder") == true)
        #expect(try store.articles().isEmpty)
        #expect(try store.marks(article: "a").isEmpty)
        let error = #expect(throws: MarkStoreError.self) {
            try store.setMark(article: "a", claim: "c", status: .verified, note: nil, author: "ana")
        }
        #expect(error?.description.contains("cannot save marks") == true)
    }

    @Test("the default path follows CROSSCHECK_DB, then XDG_DATA_HOME, then ~/.local/share")
    func defaultPath() {
        #expect(MarkStore.defaultPath(environment: ["CROSSCHECK_DB": "/x/m.db", "XDG_DATA_HOME": "/d"]) == "/x/m.db")
        #expect(MarkStore.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/crosscheck/crosscheck.sqlite")
        #expect(
            MarkStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/crosscheck/crosscheck.sqlite")
        #expect(MarkStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/crosscheck/crosscheck.sqlite")
    }
}

@Suite("Mark store: damaged, odd and read-only database files")
struct DatabaseSafetyTests {
    /// A database with one mark whose `table` has its first page's header
    /// overwritten; returns the file's bytes.
    static func damage(table: String, in folder: TemporaryFolder) throws -> Data {
        // The page the table starts on, read before the store closes.
        let (rootPage, pageSize) = try { () throws -> (Int?, Int?) in
            let store = try MarkStore(path: folder.databasePath)
            try store.setMark(article: "a", claim: "c", status: .verified, note: nil, author: "ana")
            return try store.queue.read {
                (try Int.fetchOne($0, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table]),
                 try Int.fetchOne($0, sql: "PRAGMA page_size"))
            }
        }()
        let page = try #require(rootPage)
        let size = try #require(pageSize)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: folder.databasePath))
        for offset in ((page - 1) * size)..<((page - 1) * size + 8) { bytes[offset] = 0xFF }
        try bytes.write(to: URL(fileURLWithPath: folder.databasePath))
        return bytes
    }

    @Test("a database with one damaged table is refused before anything writes to it, and left untouched")
    func damagedTable() throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.damage(table: "mark", in: folder)
        let error = #expect(throws: MarkStoreError.self) { try MarkStore(path: folder.databasePath) }
        #expect(error?.description.contains("damaged") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.databasePath)) == bytes)
    }

    @Test(
        "damage in the tables that grow with the library lets the store open, but nothing is written into the file",
        arguments: ["libraryArticle", "claim"])
    func damagedLibraryTable(table: String) throws {
        let folder = try TemporaryFolder()
        let bytes = try Self.damage(table: table, in: folder)
        let store = try MarkStore(path: folder.databasePath)
        if table != "claim" { #expect(try store.history(article: "a", claim: nil).map(\.status) == [.verified]) }
        let error = #expect(throws: MarkStoreError.self) {
            try store.setMark(article: "a", claim: "c", status: .false, note: nil, author: "ana")
        }
        #expect(error?.description.contains("damaged") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.databasePath)) == bytes)
    }

    @Test("a FIFO or a device is no database, and gets no journal beside it")
    func notARegularFile() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("marks.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/null"] {
            let error = #expect(throws: MarkStoreError.self) { try MarkStore(path: path) }
            #expect(error?.description.contains("not a regular file") == true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["marks.fifo"])
    }

    @Test("opening for reading writes nothing: a missing database is not created")
    func readingWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.databasePath, forReadingOnly: true)
        #expect(try store.reports().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.databasePath))
    }
}
