import Foundation
import GRDB

/// Opens the marks database, refusing anything that is not one and never
/// changing a file it refuses. A database that cannot be written (its
/// folder or file is read-only) opens for reading; one that does not exist
/// and cannot be created reads as empty.
enum MarksDatabase {
    struct Opened {
        let queue: DatabaseQueue
        /// Why marks cannot be saved, when they cannot.
        let readOnlyReason: String?
        /// The check of the whole file, which writes wait for.
        var damageCheck = DamageCheck(done: .success(()))
    }

    /// The tables that hold the marks and their history, which nothing
    /// else could rebuild: checked before the store opens. (The claims'
    /// words, a row per claim ever seen, grow with the library: they are
    /// checked with the whole file, before the first write.)
    static let markTables = ["article", "articleOrigin", "mark", "grdb_migrations"]

    static func open(path: String, forReadingOnly: Bool = false) throws -> Opened {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var status = stat()
        if stat(path, &status) == 0 {
            // SQLite would put its journal beside a device or a FIFO
            // (`--db /dev/null` made /dev/null-journal): only files will do.
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw MarkStoreError.notAMarksDatabase(path: path, reason: "it is a folder")
            default: throw MarkStoreError.notAMarksDatabase(path: path, reason: "not a regular file")
            }
            try checkHeader(path: path)
        } else if forReadingOnly {
            return Opened(queue: try emptyStore(path: path), readOnlyReason: "opened for reading")
        } else if let reason = create(path: path, in: folder) {
            return Opened(queue: try emptyStore(path: path), readOnlyReason: reason)
        }
        let readOnlyReason = forReadingOnly ? "opened for reading" : unwritableReason(path: path, folder: folder)
        let queue = try connect(path: path, readOnly: readOnlyReason != nil)
        // Another process may be creating the same database right now, and
        // its half-made schema can make a check fail; once it has finished,
        // the same checks pass.
        var attempt = 0
        while true {
            do {
                return try prepare(queue, path: path, readOnlyReason: readOnlyReason)
            } catch let error as DatabaseError {
                let permanent = [.SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FULL].contains(error.resultCode)
                guard !permanent && attempt < 10 else { throw translate(error, path: path) }
                attempt += 1
                usleep(UInt32.random(in: 5_000...50_000))
            }
        }
    }

    /// SQLite files start with a fixed 16-byte header; an empty file is a
    /// database not yet written. Anything else is someone else's file.
    private static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MarkStoreError.database(path: path, reason: "cannot read the marks database: permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
            throw MarkStoreError.notAMarksDatabase(path: path, reason: "not an SQLite file")
        }
    }

    /// Creates the folder (0700) and an empty database file (0600) so that
    /// SQLite, and the -wal and -shm files it derives from it, keep marks
    /// private. Returns why that was impossible, if it was.
    private static func create(path: String, in folder: String) -> String? {
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return "cannot create the folder \(folder)"
        }
        let failure = createExclusively(path, mode: 0o600)
        if failure == 0 || failure == EEXIST { return nil }
        return "cannot create a file in \(folder): \(String(cString: strerror(failure)))"
    }

    private static func unwritableReason(path: String, folder: String) -> String? {
        if access(folder, W_OK) != 0 { return "the folder \(folder) is not writable" }
        if access(path, W_OK) != 0 { return "the file is not writable" }
        return nil
    }

    private static func connect(path: String, readOnly: Bool) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = readOnly
        // Another reader or the `mark` command may hold the write lock for
        // a moment; wait for it rather than fail.
        configuration.busyMode = .timeout(10)
        // FULL makes a committed mark survive a power loss, not just a kill.
        // (WAL is switched on once the file is known to be ours: GRDB's own
        // WAL set-up writes to the file, which a foreign file must not see.)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            if readOnly { _ = try queue.read { try Int.fetchOne($0, sql: "PRAGMA schema_version") } }
            return queue
        } catch let error as DatabaseError
            where readOnly
            && [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_FULL].contains(error.resultCode)
        {
            // A WAL database in a read-only folder, or on a full disk, cannot
            // get its shared-memory file; SQLite can still read it when told
            // the file will not change.
            return try DatabaseQueue(path: immutableURI(path), configuration: configuration)
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    private static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }

    private static func prepare(_ queue: DatabaseQueue, path: String, readOnlyReason: String?) throws -> Opened {
        let migrator = MarksSchema.migrator
        // One snapshot, and for a writer one taken under the write lock, so
        // a database another process is creating is seen before or after
        // its schema transaction, never halfway.
        let inspect = { (db: Database) throws -> (Int32, Int) in
            (
                try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                // The migrations table alone is what a database being created
                // by another process has before its schema is committed.
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name != 'grdb_migrations'") ?? 0
            )
        }
        let (applicationID, objectCount) = try readOnlyReason == nil ? queue.write(inspect) : queue.read(inspect)
        if applicationID != MarksSchema.applicationID {
            guard objectCount == 0 else {
                throw MarkStoreError.notAMarksDatabase(path: path, reason: "another program's SQLite database")
            }
            if let readOnlyReason {
                return Opened(queue: try emptyStore(path: path), readOnlyReason: readOnlyReason)
            }
        }
        if try queue.read(migrator.hasBeenSuperseded) {
            throw MarkStoreError.newerSchema(path: path)
        }
        // Damage is refused by every command alike, before anything is
        // written: one that only touched healthy pages would write into it.
        // The marks' own tables are checked now; the whole file (a parse
        // cache of thousands of analyses) before the first write.
        let present = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'").filter(markTables.contains)
        }
        try DamageCheck.run(queue, path: path, tables: present).get()
        if let readOnlyReason {
            guard try queue.read(migrator.hasCompletedMigrations) else {
                throw MarkStoreError.readOnly(path: path, reason: "\(readOnlyReason), and the database needs upgrading")
            }
            return Opened(queue: queue, readOnlyReason: readOnlyReason)
        }
        do {
            // WAL lets readers go on while a mark is written; the mode is
            // kept in the file, so this changes nothing after the first time.
            // An upgrade writes at once: the whole file is checked first.
            let upgrading = try !queue.read(migrator.hasCompletedMigrations)
            if upgrading { try DamageCheck.run(queue, path: path).get() }
            try queue.writeWithoutTransaction { db in
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                    throw MarkStoreError.database(path: path, reason: "cannot switch the database to WAL mode")
                }
            }
            try migrator.migrate(queue)
            if !upgrading { return Opened(queue: queue, readOnlyReason: nil, damageCheck: DamageCheck(path: path)) }
        } catch let error as MarkStoreError {
            throw error
        } catch {
            // Two processes may create the database at once; the one that
            // lost the race finds the work done.
            guard try queue.read(migrator.hasCompletedMigrations) else { throw error }
        }
        return Opened(queue: queue, readOnlyReason: nil)
    }

    /// An in-memory database with the schema and no marks, standing in
    /// for one that does not exist and cannot be created.
    private static func emptyStore(path: String) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue()
            try MarksSchema.migrator.migrate(queue)
            return queue
        } catch let error as DatabaseError {
            throw translate(error, path: path)
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> MarkStoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .notAMarksDatabase(path: path, reason: "not an SQLite database")
        case .SQLITE_CORRUPT:
            return .database(path: path, reason: "the marks database is damaged")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_READONLY:
            return .readOnly(path: path, reason: "the database is read-only")
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR where hasNoRoom(beside: path):
            return .diskFull(path: path)
        default:
            return .database(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }
}

/// Whether the disk holding `path` is full, or the database or its journal
/// has grown to the file size limit (`ulimit -f`): SQLite reports a write
/// that found no room as a plain I/O error.
private func hasNoRoom(beside path: String) -> Bool {
    var info = statvfs()
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    if statvfs(folder, &info) == 0 && info.f_bavail == 0 { return true }
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return false }
    // A write the limit refused leaves its file within one write of the
    // limit; SQLite writes at most a page (64 KiB) or a WAL frame at a time.
    let largestWrite: off_t = 65_536 + 24
    return [path, path + "-wal", path + "-journal"].contains { file in
        var status = stat()
        return stat(file, &status) == 0 && status.st_size + largestWrite > off_t(clamping: limit.rlim_cur)
    }
}

/// Creates an empty file with the given mode, failing if it exists;
/// returns 0 or the errno. A free function because `MarksDatabase.open`
/// would shadow the C `open` inside the enum.
private func createExclusively(_ path: String, mode: mode_t) -> Int32 {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else { return errno }
    close(descriptor)
    return 0
}
